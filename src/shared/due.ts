/**
 * What a ticket's due date means now. Apart from ticket.ts, whose parsers only the background
 * runs, so that the popup does not load them.
 */
import type { Ticket } from './ticket.ts';

/** Overdue: a due date in the past on a ticket that is not closed. */
export function isOverdue(ticket: Pick<Ticket, 'dueDate' | 'statusType'>, now = Date.now()): boolean {
  return ticket.dueDate !== null && ticket.dueDate < now && ticket.statusType !== 'Closed';
}
