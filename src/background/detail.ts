/**
 * One ticket in the popup: its detail, and the newest messages of its conversation with
 * their full content. The thread list carries only summaries (docs/ZOHO.md, "Threads"), so
 * the newest few are fetched one by one; older ones show their summary.
 */
import { getThread, getTicket, listThreads, searchTickets } from '../shared/desk-api.ts';
import { AppFailure, fail } from '../shared/errors.ts';
import { filterItem, validFilter } from '../shared/filters.ts';
import type { SearchResult, TicketDetailView } from '../shared/messages.ts';
import { SCOPES } from '../shared/scopes.ts';
import type { Thread } from '../shared/ticket-detail.ts';
import { withOrganization } from './account.ts';
import { tokenItem } from './session.ts';

/**
 * Threads listed per ticket (the list call asks for no more, and no more are kept), and how
 * many of the newest get their full content: at most 2 + THREADS_IN_FULL calls per ticket.
 */
export const THREADS_LISTED = 20;
export const THREADS_IN_FULL = 5;

/** `read`'s answer, or `instead` when the answer is too large to read (bounded-body.ts). */
async function unlessTooLarge<T>(read: Promise<T>, instead: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppFailure && error.error.code === 'too_large') return instead;
    throw error;
  }
}

export async function ticketDetail(request: { id: string }): Promise<TicketDetailView> {
  return withOrganization(async (orgCtx) => {
    // A ticket or a message too large to read is not the end of the detail: the popup shows
    // the list's row, or the message's summary, marked as cut.
    const [ticket, threads] = await Promise.all([
      unlessTooLarge(getTicket(orgCtx, request.id), null),
      listThreads(orgCtx, request.id, THREADS_LISTED),
    ]);
    // One after another: Zoho allows as few as 5 concurrent calls per organization.
    const full: Thread[] = [];
    for (const thread of threads.items.slice(0, THREADS_IN_FULL)) {
      full.push(await unlessTooLarge(getThread(orgCtx, request.id, thread.id), { ...thread, content: null, contentCut: true }));
    }
    return { ticket, threads: [...full, ...threads.items.slice(THREADS_IN_FULL)] };
  });
}

/**
 * Full search, in the department the popup shows (all when none). Refused before any call when
 * the token lacks Desk.search.READ.
 */
export async function search(request: { query: string }): Promise<SearchResult> {
  const token = await tokenItem.get();
  if (token && !token.scopes.includes(SCOPES.searchRead)) return fail('search_not_enabled');
  const query = request.query.trim();
  // Zoho's `_all` needs at least 3 characters.
  if (query.length < 3) return { query, tickets: [] };
  const department = validFilter(await filterItem.get()).department;
  return withOrganization(async (ctx) => ({ query, tickets: (await searchTickets(ctx, query, 50, department?.id ?? null)).items }), {
    token,
  });
}
