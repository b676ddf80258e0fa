/**
 * Where the ticket cache lives in storage.session and how it is split (ticket-cache.ts). Apart,
 * with no imports, so that the benchmark and the tests that seed the cache through the service
 * worker use the same layout without loading webextension-polyfill, which refuses to load
 * outside an extension.
 */

/** The first rows of each cached list: what a first frame reads. */
export const TICKET_CACHE_KEY = 'ticketCache';
/** The rest of each cached list: read by the background only. */
export const TICKET_TAIL_KEY = 'ticketCacheTail';

/**
 * Enough rows to fill the popup several times over. Keeping the rest under another key keeps
 * the first frame's read small: a 5,000-ticket list is about 4.5 MB to clone.
 */
export const HEAD_SIZE = 60;
