/**
 * The last ticket list of each filter, in storage.session: in memory only, gone when the
 * browser closes (never written to disk), cleared on revoke. Only the fields the list shows
 * are stored (the Ticket type). The popup reads it to paint its first frame before any call;
 * the background keeps it and decides when it is fresh enough to spare a Zoho call.
 */
import type { TicketListing } from './messages.ts';
import { storageItem } from './storage-item.ts';

/** Lists by filterKey(). */
export type TicketCache = Readonly<Record<string, TicketListing>>;

export const ticketCacheItem = storageItem<TicketCache>('session', 'ticketCache', {});

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
