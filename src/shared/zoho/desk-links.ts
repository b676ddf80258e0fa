/**
 * Where "Open in Zoho Desk" may lead. Zoho's `webUrl` is followed only when it is on the Desk
 * origin of the data center in use (https, or the loopback sandbox); otherwise the link is
 * built from that origin and the portal's name, or there is none (docs/ZOHO.md, "Ticket links";
 * docs/SECURITY.md).
 */
import { webLink } from './parse.ts';

/** The Desk site a ticket belongs to: its origin, and the portal name from /organizations. */
export interface DeskSite {
  readonly deskUrl: string;
  readonly portal?: string | null;
}

/** Portal names are short slugs ("zylker"); anything else is not put into a URL. */
export const PORTAL_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

export function ticketLink(webUrl: unknown, ticketId: string, site: DeskSite): string | null {
  const given = webLink(webUrl);
  if (given && new URL(given).origin === new URL(site.deskUrl).origin) return given;
  if (!site.portal || !PORTAL_PATTERN.test(site.portal)) return null;
  return `${new URL(site.deskUrl).origin}/support/${site.portal}/ShowHomePage.do#Cases/dv/${ticketId}`;
}
