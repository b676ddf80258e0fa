/** A Zoho Desk organization (portal), from GET /api/v1/organizations. */
import { PORTAL_PATTERN } from './desk-links.ts';
import { id, isRecord, textOf } from './parse.ts';

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
  /** The portal's name ("zylker"), which Zoho Desk's ticket links carry; null if unusable. */
  readonly portal: string | null;
}

export function parseOrganization(raw: unknown): Organization | null {
  if (!isRecord(raw)) return null;
  const orgId = id(raw['id']);
  if (!orgId) return null;
  const portal = textOf(raw['portalName']);
  return {
    id: orgId,
    name: textOf(raw['companyName']) || portal || orgId,
    isDefault: raw['isDefault'] === true,
    portal: portal && PORTAL_PATTERN.test(portal) ? portal : null,
  };
}

/** The organization to use until the user picks one: Zoho's default, else the first. */
export function defaultOrganization(orgs: readonly Organization[]): Organization | undefined {
  return orgs.find((org) => org.isDefault) ?? orgs[0];
}

/** The organization in use: the one the user picked, if it is still there, else the default. */
export function pickOrganization(orgs: readonly Organization[], chosenId: string | null): Organization | undefined {
  return orgs.find((org) => org.id === chosenId) ?? defaultOrganization(orgs);
}
