/**
 * The last ticket list of each filter, in storage.session: in memory only, gone when the
 * browser closes (never written to disk), cleared on revoke. Only the fields the list shows
 * are stored (the Ticket type). The popup reads it to paint its first frame before any call;
 * the background keeps it and decides when it is fresh enough to spare a Zoho call.
 */
import type { TicketListing } from '../messages.ts';
import type { Ticket } from '../zoho/ticket.ts';
import { storageItem } from './storage-item.ts';
import { HEAD_SIZE, TICKET_CACHE_KEY, TICKET_TAIL_KEY } from './ticket-cache-layout.ts';

/** Lists by filterKey(), each holding its first HEAD_SIZE tickets: what a first frame shows. */
export type TicketCache = Readonly<Record<string, TicketListing>>;

/** The rest of each list, by filterKey(): read by the background, not by the first frame. */
export type TicketTails = Readonly<Record<string, readonly Ticket[]>>;

export { HEAD_SIZE };

export const ticketCacheItem = storageItem<TicketCache>('session', TICKET_CACHE_KEY, {});
export const ticketTailItem = storageItem<TicketTails>('session', TICKET_TAIL_KEY, {});

export function splitListing(listing: TicketListing): { head: TicketListing; tail: readonly Ticket[] } {
  return { head: { ...listing, tickets: listing.tickets.slice(0, HEAD_SIZE) }, tail: listing.tickets.slice(HEAD_SIZE) };
}

export function joinListing(head: TicketListing, tail: readonly Ticket[] = []): TicketListing {
  return tail.length === 0 ? head : { ...head, tickets: [...head.tickets, ...tail] };
}

/** Lists kept at most; the least recently fetched goes first. */
export const MAX_CACHED_LISTS = 6;

export function withListing(cache: TicketCache, listing: TicketListing): TicketCache {
  const entries = Object.entries({ ...cache, [listing.filterKey]: listing })
    .sort(([, a], [, b]) => b.fetchedAt - a.fetchedAt)
    .slice(0, MAX_CACHED_LISTS);
  return Object.fromEntries(entries);
}

/** The cached list for a filter, if it belongs to the organization in use. */
export function cachedListing(cache: TicketCache, key: string, orgId: string | null): TicketListing | null {
  const listing = cache[key];
  return listing && (orgId === null || listing.orgId === orgId) ? listing : null;
}

export function isFresh(listing: TicketListing, freshnessMs: number, now = Date.now()): boolean {
  return now - listing.fetchedAt < freshnessMs;
}
