/**
 * What a ticket row says, framework-free: the popup's Preact list (TicketList.tsx) and its
 * first-frame snapshot (ui/snapshot.ts) both draw a row from this, so the two cannot
 * disagree on a word, a date or a badge.
 */

import { isOverdue } from '../shared/due.ts';
import { t } from '../shared/i18n.ts';
import type { Ticket } from '../shared/ticket.ts';
import { formatDateTime, formatRelative, isoDateTime } from './format.ts';

/** One span of a row: its class and its text (always text, never markup). */
export interface RowPart {
  readonly class: string;
  readonly text: string;
}

export interface RowModel {
  readonly number: string;
  readonly subject: string;
  /** Badges and facts on the second line, in order; the time comes last. */
  readonly facts: readonly RowPart[];
  readonly time: { readonly iso: string; readonly title: string; readonly text: string } | null;
  readonly owner: readonly RowPart[];
}

export function ticketRow(ticket: Ticket, now: number): RowModel {
  const facts: RowPart[] = [];
  if (isOverdue(ticket, now)) facts.push({ class: 'overdue', text: t('overdue') });
  if (ticket.status) facts.push({ class: 'status', text: ticket.status });
  if (ticket.priority) facts.push({ class: 'priority', text: t('priorityLabel', ticket.priority) });
  if (ticket.requester) facts.push({ class: 'requester', text: ticket.requester });
  const owner: RowPart[] = [{ class: 'assignee', text: ticket.assignee ? t('assignedTo', ticket.assignee) : t('unassigned') }];
  if (ticket.channel) owner.push({ class: 'channel', text: t('via', ticket.channel) });
  return {
    number: `#${ticket.number}`,
    subject: ticket.subject || t('noSubject'),
    facts,
    time:
      ticket.createdTime === null
        ? null
        : {
            iso: isoDateTime(ticket.createdTime),
            title: formatDateTime(ticket.createdTime),
            text: formatRelative(ticket.createdTime, now),
          },
    owner,
  };
}

/** The Element Timing identifier of the first row's number, which `npm run bench` waits for. */
export const FIRST_TICKET_TIMING = 'first-ticket';

/** Lists longer than this are windowed: only the rows in view are rendered. */
export const WINDOW_FROM = 200;
/** A windowed row's height in pixels (popup.css, .windowed button.ticket). */
export const ROW_HEIGHT = 84;
