/**
 * What the popup's first frame shows: the remembered filter and its cached list for the
 * organization in use. Read by the popup's boot (popup/boot.ts) and by the service worker
 * when it serves the popup's page (background/popup-page.ts).
 */

import type { TicketListing } from '../messages.ts';
import { DEFAULT_FILTER, filterItem, filterKey, type TicketFilter, validFilter } from './filters.ts';
import { organizationIdItem } from './organization-choice.ts';
import { cachedListing, ticketCacheItem } from './ticket-cache.ts';

export interface FirstFrame {
  readonly filter: TicketFilter;
  /** The cached list for that filter and organization, or null: nothing to show yet. */
  readonly listing: TicketListing | null;
}

/** Nothing cached: the app starts from the default filter and asks the background. */
export const EMPTY_FIRST_FRAME: FirstFrame = { filter: DEFAULT_FILTER, listing: null };

/** One read per item, in parallel: storage.session holds the list, storage.local the choices. */
export async function readFirstFrame(): Promise<FirstFrame> {
  const [stored, cache, orgId] = await Promise.all([filterItem.get(), ticketCacheItem.get(), organizationIdItem.get()]);
  const filter = validFilter(stored);
  return { filter, listing: cachedListing(cache, filterKey(filter), orgId) };
}
