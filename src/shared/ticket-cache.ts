/**
 * The last ticket list, kept in storage.session: in memory only, gone when the browser closes,
 * and cleared on revoke. It lets a page show what was there before a failure.
 */
import { storageItem } from './storage-item.ts';
import type { TicketListing } from './messages.ts';

export const ticketCacheItem = storageItem<TicketListing | null>('session', 'ticketCache', null);
