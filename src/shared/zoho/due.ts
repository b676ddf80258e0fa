/**
 * What a ticket's due times mean now: overdue, a first response due, a customer waiting. Apart
 * from ticket.ts, whose parsers only the background runs, so that the popup does not load them.
 * Zoho's fields behind them: docs/ZOHO.md, "Ticket fields".
 */
import type { Ticket } from './ticket.ts';

/** Overdue: a due date in the past on a ticket that is not closed. */
export function isOverdue(ticket: Pick<Ticket, 'dueDate' | 'statusType'>, now = Date.now()): boolean {
  return ticket.dueDate !== null && ticket.dueDate < now && ticket.statusType !== 'Closed';
}

/** A due date closer than this is shown, and one within SOON_MS is marked urgent. */
export const SHOWN_WITHIN_MS = 24 * 3_600_000;
export const SOON_MS = 3_600_000;

export type UrgencyKind = 'responseOverdue' | 'responseDueSoon' | 'responseDue' | 'overdue' | 'dueSoon' | 'due' | 'waiting';

export interface Urgency {
  readonly kind: UrgencyKind;
  /** The time it is about: the due time, or when the customer wrote. */
  readonly at: number;
  /** How far that is from now, in milliseconds, never negative. */
  readonly distance: number;
}

type DueFields = Pick<Ticket, 'dueDate' | 'responseDueDate' | 'customerWaitingSince' | 'statusType'>;

/**
 * What is urgent about a ticket, most pressing first: a first response due or overdue, the
 * ticket itself overdue (or, with no first response due, due within a day), then a waiting
 * customer. None on a closed ticket.
 */
export function urgencies(ticket: DueFields, now = Date.now()): Urgency[] {
  if (ticket.statusType === 'Closed') return [];
  const found: Urgency[] = [];
  const at = (kind: UrgencyKind, time: number) => found.push({ kind, at: time, distance: Math.abs(time - now) });
  const { dueDate, responseDueDate, customerWaitingSince } = ticket;
  if (responseDueDate !== null) {
    at(responseDueDate < now ? 'responseOverdue' : responseDueDate - now <= SOON_MS ? 'responseDueSoon' : 'responseDue', responseDueDate);
  }
  if (dueDate !== null && dueDate < now) at('overdue', dueDate);
  else if (dueDate !== null && responseDueDate === null && dueDate - now <= SHOWN_WITHIN_MS)
    at(dueDate - now <= SOON_MS ? 'dueSoon' : 'due', dueDate);
  if (customerWaitingSince !== null && customerWaitingSince <= now) at('waiting', customerWaitingSince);
  return found;
}
