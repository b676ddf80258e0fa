/** Tickets for the popup: the Desk calls, made with the token that only the background holds. */
import { listOrganizations, listTickets, MAX_PAGE_SIZE, type DeskContext } from '../shared/desk-api.ts';
import { AppFailure, fail } from '../shared/errors.ts';
import type { TicketListing } from '../shared/messages.ts';
import { defaultOrganization, type Organization } from '../shared/organization.ts';
import { ticketCacheItem } from '../shared/ticket-cache.ts';
import { clearSession, organizationItem, tokenItem, type TokenRecord } from './session.ts';

export async function currentToken(now = Date.now()): Promise<TokenRecord | null> {
  const token = await tokenItem.get();
  return token && token.expiresAt > now ? token : null;
}

async function organizationFor(ctx: DeskContext): Promise<Organization> {
  const known = await organizationItem.get();
  if (known) return known;
  // Zoho's default organization for now; a picker for several comes later (issue 3).
  const org = defaultOrganization((await listOrganizations(ctx)).items) ?? fail('no_organization');
  await organizationItem.set(org);
  return org;
}

export async function ticketListing(): Promise<TicketListing> {
  const stored = await tokenItem.get();
  if (!stored) return fail('not_signed_in');
  const token = await currentToken();
  if (!token) {
    // Expired: Zoho would answer INVALID_OAUTH, so the call is not even made.
    await clearSession();
    return fail('session_ended');
  }
  const ctx: DeskContext = { deskUrl: token.deskUrl, token: token.accessToken };
  try {
    const org = await organizationFor(ctx);
    const page = await listTickets({ ...ctx, orgId: org.id }, { from: 0, limit: MAX_PAGE_SIZE });
    const listing: TicketListing = {
      tickets: page.items,
      skipped: page.skipped,
      orgName: org.name,
      fetchedAt: Date.now(),
    };
    await ticketCacheItem.set(listing);
    return listing;
  } catch (error) {
    // A token Zoho no longer accepts is useless: forget it, so the popup offers sign-in.
    if (error instanceof AppFailure && error.error.code === 'session_ended') await tokenItem.remove();
    throw error;
  }
}
