/**
 * Tickets for the popup and the badge. A list younger than the freshness window is answered
 * from the cache without a Zoho call; callers asking for the same list while it is being
 * fetched share one request; when Zoho cannot answer, the last tickets stay on screen with the
 * reason: nothing the user had is lost.
 */

import type { TicketListing, TicketsReply } from '../shared/messages.ts';
import { filterItem, filterKey, type TicketFilter, validChoice, validFilter } from '../shared/storage/filters.ts';
import type { FirstFrame } from '../shared/storage/first-frame.ts';
import { departmentByOrganizationItem, organizationIdItem } from '../shared/storage/organization-choice.ts';
import { readSettings } from '../shared/storage/settings.ts';
import {
  cachedListing,
  isFresh,
  joinListing,
  splitListing,
  ticketCacheItem,
  ticketTailItem,
  withListing,
} from '../shared/storage/ticket-cache.ts';
import { listTickets, MAX_PAGE_SIZE } from '../shared/zoho/desk-api.ts';
import { toAppError } from '../shared/zoho/errors.ts';
import { agentId, type KnownAccount, withOrganization } from './account.ts';
import { accountGeneration, sameAccountGuard } from './account-generation.ts';
import { sharedInFlight } from './in-flight.ts';
import { recountView } from './queue.ts';
import { dropTicketCache, organizationsItem, ticketCache, tokenItem } from './worker-store.ts';

/** A sane cap: past this the user is told to narrow the list in Zoho Desk. */
export const MAX_TICKETS = 1000;

async function fetchListing(filter: TicketFilter, previous: TicketListing | null, known: KnownAccount): Promise<TicketListing> {
  const key = filterKey(filter);
  return withOrganization(async (orgCtx, org) => {
    // The agent's id is known for every session, not only for "assigned to me": a silent
    // renewal compares it to tell whether Zoho renewed for the same person (same-account.ts).
    // Asked beside the list when the filter does not need it, so it costs no wait.
    const me = filter.owner === 'me' ? await agentId(orgCtx) : null;
    if (me === null) void agentId(orgCtx).catch(() => undefined);
    const before = previous?.orgId === org.id ? previous.tickets : [];
    const limit = Math.min(MAX_PAGE_SIZE, MAX_TICKETS - before.length);
    // Entries skipped as unreadable still took their places in Zoho's paging.
    const from = before.length + (before.length > 0 ? (previous?.skipped ?? 0) : 0);
    // A view's first page comes with its count, so that the picker's count matches the list.
    const { view, department } = filter;
    if (view && before.length === 0) void recountView(orgCtx, org.id, view, department?.id ?? null).catch(() => undefined);
    const page = await listTickets(orgCtx, { from, limit, filter, agentId: me });
    const seen = new Set(before.map((t) => t.id));
    const tickets = [...before, ...page.items.filter((t) => !seen.has(t.id))];
    // Zoho ends a list with HTTP 204 or a short page.
    const full = page.items.length + page.skipped >= limit && limit > 0;
    return {
      tickets,
      skipped: (previous?.skipped ?? 0) + page.skipped,
      orgId: org.id,
      orgName: org.name,
      filterKey: key,
      fetchedAt: Date.now(),
      hasMore: full && tickets.length < MAX_TICKETS,
      capped: full && tickets.length >= MAX_TICKETS,
    };
  }, known);
}

/**
 * Requests in flight, by what they fetch: the popup, the badge and the worker serving the
 * popup's page share one. It is written to the cache once, for the account it was started for,
 * and stays shared until that write is done: a caller arriving meanwhile joins it rather than
 * find the old list in the cache and ask Zoho again.
 */
const flights = sharedInFlight<TicketListing>();

/** Once the ticket cache's writes queued so far are done. */
export function cacheWritten(): Promise<void> {
  return ticketCache.written();
}

function remember(listing: TicketListing, sameAccount: () => boolean): Promise<void> {
  return ticketCache.write(sameAccount, async () => {
    const [heads, tails] = await Promise.all([ticketCacheItem.get(), ticketTailItem.get()]);
    // A revoke while the cache was being read: the lists must not come back after it.
    if (!sameAccount()) return;
    const { head, tail } = splitListing(listing);
    const nextHeads = withListing(heads, head);
    const nextTails = Object.fromEntries(Object.keys(nextHeads).map((key) => [key, key === listing.filterKey ? tail : (tails[key] ?? [])]));
    try {
      await Promise.all([ticketCacheItem.set(nextHeads), ticketTailItem.set(nextTails)]);
    } catch {
      // storage.session is full. A head must never pair with another fetch's tail, and the
      // token must keep its room: keep this list alone, and failing that, no list; the next
      // open asks Zoho again.
      if (!sameAccount()) return;
      await Promise.all([ticketCacheItem.set({ [listing.filterKey]: head }), ticketTailItem.set({ [listing.filterKey]: tail })]).catch(
        dropTicketCache,
      );
    }
  });
}

export interface ListRequest {
  /** Append the next page. */
  readonly more?: boolean;
  /** Ask Zoho even if the cached list is fresh (the Refresh button). */
  readonly force?: boolean;
  /**
   * The popup's first request: a stale cached list is answered at once, marked `refreshing`,
   * while its refresh runs; the popup then asks again and joins that refresh.
   */
  readonly cachedFirst?: boolean;
}

/**
 * Everything a list needs from storage, read in one round: each storage call is a trip to the
 * browser process, and the popup's cold open waits for every one of them (docs/PERFORMANCE.md). The rest
 * of the cached list (its tail) is not among them: it can be megabytes, and only an answer
 * from the cache needs it (`cachedList`).
 */
async function listState(filter: TicketFilter | null) {
  // A list answered a moment ago may still be on its way into the cache.
  await cacheWritten();
  const sameAccount = sameAccountGuard();
  const [stored, cache, settings, orgId, token, orgs] = await Promise.all([
    filter ?? filterItem.get(),
    ticketCacheItem.get(),
    readSettings(),
    organizationIdItem.get(),
    tokenItem.get(),
    organizationsItem.get(),
  ]);
  const chosenFilter = filter ?? validFilter(stored);
  const key = filterKey(chosenFilter);
  const head = cachedListing(cache, key, orgId);
  const fresh = head !== null && isFresh(head, settings.freshnessSeconds * 1000);
  return { filter: chosenFilter, key, head, fresh, known: { token, orgs, orgId, sameAccount } };
}

type ListState = Awaited<ReturnType<typeof listState>>;

/** The cached list whole: its first rows and the rest. */
async function cachedList(state: ListState): Promise<TicketListing | null> {
  return state.head && joinListing(state.head, (await ticketTailItem.get())[state.key]);
}

/** The list's fetch, shared by everyone who asks for the same list in the same session. */
function listFetch(state: ListState, previous: TicketListing | null): Promise<TicketListing> {
  const { orgId } = state.known;
  // The session is in the key: a caller after a sign-in must not join the last account's fetch.
  const flight = `${accountGeneration()}|${orgId ?? 'default'}|${state.key}${previous ? `|from ${previous.tickets.length}` : ''}`;
  const sameAccount = sameAccountGuard();
  return flights(
    flight,
    () => fetchListing(state.filter, previous, state.known),
    (listing) => remember(listing, sameAccount),
  );
}

/** The list for `filter` (null: the one remembered from the popup). */
export async function listReplyFor(filter: TicketFilter | null, request: ListRequest = {}): Promise<TicketsReply> {
  const state = await listState(filter);
  // A silent renewal may have signed in another account since `state` was read, and forgotten
  // the last one's data (same-account.ts): then nothing read before may be shown.
  const sameAccount = state.known.sameAccount;
  // Organizations are asked of Zoho on a session's first list; then they are in storage.
  const organizationsNow = async () => (sameAccount() ? state.known.orgs : null) ?? (await organizationsItem.get()) ?? [];
  const fromCache = state.head !== null && state.known.token !== null && !request.more && !request.force;
  if (fromCache && (state.fresh || request.cachedFirst)) {
    // Stale-while-revalidate: answered from the cache now; the refresh's errors reach the
    // request that joins it.
    if (!state.fresh) void listFetch(state, null).catch(() => undefined);
    const view = { listing: await cachedList(state), problem: null, organizations: await organizationsNow() };
    return state.fresh ? view : { ...view, refreshing: true };
  }
  try {
    // Answered while it is written (shared): a write that fails (storage.session full) costs
    // only the cache, and the next open asks Zoho again.
    const listing = await listFetch(state, request.more ? await cachedList(state) : null);
    return { listing, problem: null, organizations: await organizationsNow() };
  } catch (error) {
    const cached = sameAccount() ? await cachedList(state) : null;
    // Tickets of another filter, or of another account, are no stand-in for this one.
    if (!cached) throw error;
    const problem = toAppError(error);
    // Tickets without a token are what a session that ended leaves behind.
    const shown = problem.code === 'not_signed_in' ? { code: 'session_ended' as const } : problem;
    return { listing: cached, problem: shown, organizations: await organizationsNow() };
  }
}

/**
 * The remembered list's fetch, started if its cache is missing or stale and the user is signed
 * in; nothing cached is read whole. The worker calls it as it serves the popup's page, whose own
 * request then joins the fetch (popup-page.ts). Answers the fetched list when nothing was
 * cached (the page can then be served with it), else null.
 */
export async function startRememberedList(): Promise<FirstFrame | null> {
  const state = await listState(null);
  if (!state.known.token || state.fresh) return null;
  const listing = await listFetch(state, null);
  return state.head === null && state.known.sameAccount() ? { filter: state.filter, listing } : null;
}

export function listReply(request: ListRequest = {}): Promise<TicketsReply> {
  return listReplyFor(null, request);
}

export async function chooseOrganization(request: { orgId: string }): Promise<TicketsReply> {
  await organizationIdItem.set(request.orgId);
  // Departments and views are an organization's own: the one picked there last comes back.
  const [filter, departments] = await Promise.all([filterItem.get(), departmentByOrganizationItem.get()]);
  await filterItem.set({ ...validFilter(filter), department: validChoice(departments[request.orgId]), view: null });
  // After any list of the organization before that is still on its way into the cache.
  await ticketCache.write(() => true, dropTicketCache);
  return listReply();
}
