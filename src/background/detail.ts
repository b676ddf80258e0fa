/**
 * One ticket in the popup: its detail, and the newest messages of its conversation with
 * their full content. The thread list carries only summaries (docs/ZOHO.md, "Threads"), so
 * the newest few are fetched one by one; older ones show their summary.
 */

import type { TicketDetailReply } from '../shared/messages.ts';
import { getThread, getTicket, listThreads } from '../shared/zoho/desk-api.ts';
import { AppFailure } from '../shared/zoho/errors.ts';
import type { Thread } from '../shared/zoho/ticket-detail.ts';
import { withOrganization } from './account.ts';

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

export async function ticketDetail(request: { id: string }): Promise<TicketDetailReply> {
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
