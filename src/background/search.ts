/**
 * Finding tickets through Zoho's search (Desk.search.READ, asked for only once the user turns
 * full search on): by words, and by ticket number. Refused before any call when the token lacks
 * the scope.
 */

import type { SearchResult } from '../shared/messages.ts';
import { filterItem, validFilter } from '../shared/storage/filters.ts';
import { searchTickets } from '../shared/zoho/desk-api.ts';
import { fail } from '../shared/zoho/errors.ts';
import { SCOPES } from '../shared/zoho/scopes.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { withOrganization } from './account.ts';
import { type TokenRecord, tokenItem } from './worker-store.ts';

/** The token, once it is known to allow search; no token is withDesk's to refuse. */
async function searchToken(): Promise<TokenRecord | null> {
  const token = await tokenItem.get();
  if (token && !token.scopes.includes(SCOPES.searchRead)) return fail('search_not_enabled');
  return token;
}

/** Full search, in the department the popup shows (all when none). */
export async function search(request: { query: string }): Promise<SearchResult> {
  const token = await searchToken();
  const query = request.query.trim();
  // Zoho's `_all` needs at least 3 characters.
  if (query.length < 3) return { query, tickets: [] };
  const department = validFilter(await filterItem.get()).department;
  return withOrganization(async (ctx) => ({ query, tickets: (await searchTickets(ctx, query, 50, department?.id ?? null)).items }), {
    token,
  });
}

/**
 * The ticket with this number, or null. In every department, not only the one shown: a number
 * names one ticket of the organization, and "no such ticket" for one in the next department
 * would mislead.
 */
export async function findTicket(request: { number: string }): Promise<Ticket | null> {
  const token = await searchToken();
  return withOrganization(
    async (ctx) => {
      const found = await searchTickets(ctx, { ticketNumber: request.number }, 1);
      return found.items.find((ticket) => ticket.number === request.number) ?? null;
    },
    { token },
  );
}
