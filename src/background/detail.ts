/**
 * One ticket in the popup: its detail, and the newest messages of its conversation with
 * their full content. The thread list carries only summaries (zohodesk-oas Thread.json), so
 * the newest few are fetched one by one; older ones show their summary.
 */
import { getThread, getTicket, listThreads, searchTickets } from '../shared/desk-api.ts';
import { fail } from '../shared/errors.ts';
import type { SearchResult, TicketDetailView } from '../shared/messages.ts';
import { SCOPES } from '../shared/scopes.ts';
import { withDesk } from './desk-session.ts';
import { tokenItem } from './session.ts';
import { currentOrganization } from './tickets.ts';

/** Threads listed per ticket, and how many of the newest get their full content. */
const THREADS_LISTED = 20;
const THREADS_IN_FULL = 5;

export async function ticketDetail(request: { id: string }): Promise<TicketDetailView> {
  return withDesk(async (ctx) => {
    const orgCtx = { ...ctx, orgId: (await currentOrganization(ctx)).id };
    const [ticket, threads] = await Promise.all([
      getTicket(orgCtx, request.id),
      listThreads(orgCtx, request.id, THREADS_LISTED),
    ]);
    // One after another: Zoho allows as few as 5 concurrent calls per organization.
    const full = [];
    for (const thread of threads.items.slice(0, THREADS_IN_FULL)) full.push(await getThread(orgCtx, request.id, thread.id));
    return { ticket, threads: [...full, ...threads.items.slice(THREADS_IN_FULL)] };
  });
}

/** Full search. Refused before any call when the token lacks Desk.search.READ. */
export async function search(request: { query: string }): Promise<SearchResult> {
  const token = await tokenItem.get();
  if (token && !token.scopes.includes(SCOPES.searchRead)) return fail('search_not_enabled');
  const query = request.query.trim();
  // Zoho's `_all` needs at least 3 characters.
  if (query.length < 3) return { query, tickets: [] };
  return withDesk(async (ctx) => {
    const orgCtx = { ...ctx, orgId: (await currentOrganization(ctx)).id };
    return { query, tickets: (await searchTickets(orgCtx, query, 50)).items };
  }, token);
}
