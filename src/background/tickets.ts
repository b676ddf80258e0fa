/**
 * Tickets for the popup. When Zoho cannot answer, the last tickets stay on screen with the
 * reason (issue 3: "nothing they had is lost").
 */
import { listOrganizations, listTickets, MAX_PAGE_SIZE, myAgentId, type DeskContext } from '../shared/desk-api.ts';
import { filterItem, filterKey, validFilter } from '../shared/filters.ts';
import { fail, toAppError } from '../shared/errors.ts';
import type { TicketListing, TicketView } from '../shared/messages.ts';
import { defaultOrganization, type Organization } from '../shared/organization.ts';
import { organizationIdItem } from '../shared/organization-choice.ts';
import { ticketCacheItem } from '../shared/ticket-cache.ts';
import { withDesk } from './desk-session.ts';
import { agentIdItem, organizationsItem } from './session.ts';

/** A sane cap: past this the user is told to narrow the list in Zoho Desk. */
export const MAX_TICKETS = 1000;

async function organizations(ctx: DeskContext): Promise<Organization[]> {
  const known = await organizationsItem.get();
  if (known) return known;
  const orgs = (await listOrganizations(ctx)).items;
  if (orgs.length === 0) return fail('no_organization');
  await organizationsItem.set(orgs);
  return orgs;
}

/** The signed-in agent's id, asked of Zoho once per session. */
export async function agentId(ctx: DeskContext): Promise<string> {
  const known = await agentIdItem.get();
  if (known) return known;
  const fetched = await myAgentId(ctx);
  await agentIdItem.set(fetched);
  return fetched;
}

/** The organization chosen in the popup, or Zoho's default. */
export async function currentOrganization(ctx: DeskContext): Promise<Organization> {
  return chosen(await organizations(ctx));
}

async function chosen(orgs: readonly Organization[]): Promise<Organization> {
  const id = await organizationIdItem.get();
  return orgs.find((org) => org.id === id) ?? defaultOrganization(orgs) ?? fail('no_organization');
}

async function fetchListing(more: boolean, cache: TicketListing | null): Promise<TicketListing> {
  const filter = validFilter(await filterItem.get());
  const key = filterKey(filter);
  return withDesk(async (ctx) => {
    const org = await currentOrganization(ctx);
    const orgCtx = { ...ctx, orgId: org.id };
    const me = filter.owner === 'me' ? await agentId(orgCtx) : null;
    const previous = more && cache?.orgId === org.id && cache.filterKey === key ? cache.tickets : [];
    const limit = Math.min(MAX_PAGE_SIZE, MAX_TICKETS - previous.length);
    const page = await listTickets(orgCtx, { from: previous.length, limit, filter, agentId: me });
    const seen = new Set(previous.map((t) => t.id));
    const tickets = [...previous, ...page.items.filter((t) => !seen.has(t.id))];
    // Zoho ends a list with HTTP 204 or a short page.
    const full = page.items.length + page.skipped >= limit && limit > 0;
    return {
      tickets,
      skipped: (more ? (cache?.skipped ?? 0) : 0) + page.skipped,
      orgId: org.id,
      orgName: org.name,
      filterKey: key,
      fetchedAt: Date.now(),
      hasMore: full && tickets.length < MAX_TICKETS,
      capped: full && tickets.length >= MAX_TICKETS,
    };
  });
}

export async function ticketView(request: { more?: boolean } = {}): Promise<TicketView> {
  const cache = await ticketCacheItem.get();
  try {
    const listing = await fetchListing(request.more === true, cache);
    await ticketCacheItem.set(listing);
    return { listing, problem: null, organizations: (await organizationsItem.get()) ?? [] };
  } catch (error) {
    // Tickets of another filter are no stand-in for this one.
    const currentKey = filterKey(validFilter(await filterItem.get()));
    if (!cache || cache.filterKey !== currentKey) throw error;
    const problem = toAppError(error);
    // Tickets without a token are what a session that ended leaves behind.
    const shown = problem.code === 'not_signed_in' ? { code: 'session_ended' as const } : problem;
    return { listing: cache, problem: shown, organizations: (await organizationsItem.get()) ?? [] };
  }
}

export async function chooseOrganization(request: { orgId: string }): Promise<TicketView> {
  await organizationIdItem.set(request.orgId);
  await ticketCacheItem.remove();
  return ticketView();
}
