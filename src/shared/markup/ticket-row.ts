/**
 * A ticket row, framework-free: what it says (ticketRow) and its markup (rowMarkup). The
 * popup's Preact list (TicketList.tsx) and its first-frame snapshot (shared/markup/snapshot.ts) both draw
 * a row from rowMarkup, so the two cannot disagree on a word, a date, a badge or an element.
 */

import { formatDateTime, formatRelative, formatSpan, isoDateTime } from '../words/format.ts';
import { type MessageKey, t } from '../words/i18n.ts';
import { type UrgencyKind, urgencies } from '../zoho/due.ts';
import type { Ticket } from '../zoho/ticket.ts';
import { el, isolated, type Markup } from './markup.ts';

/**
 * One span of a row: its class and its text (always text, never markup), Zoho's own words
 * isolated in their own direction (shared/markup/markup.ts, isolated).
 */
export interface RowPart {
  readonly class: string;
  readonly text: string | readonly (Markup | string)[];
  /** Shown on hover: the exact time behind words like "in 45 min". */
  readonly title?: string;
}

/** The words and the colour (class) of each kind of urgency. */
const URGENCY: Record<UrgencyKind, { key: MessageKey; class: string }> = {
  responseOverdue: { key: 'responseOverdueBy', class: 'overdue' },
  responseDueSoon: { key: 'responseDueIn', class: 'due-soon' },
  responseDue: { key: 'responseDueIn', class: 'due' },
  overdue: { key: 'overdueBy', class: 'overdue' },
  dueSoon: { key: 'dueIn', class: 'due-soon' },
  due: { key: 'dueIn', class: 'due' },
  waiting: { key: 'customerWaiting', class: 'waiting' },
};

/** The urgent facts of a ticket in words, each with its exact time on hover. */
export function urgencyParts(ticket: Ticket, now: number): RowPart[] {
  return urgencies(ticket, now).map((urgency) => {
    const { key, class: name } = URGENCY[urgency.kind];
    return { class: name, text: t(key, formatSpan(urgency.distance)), title: formatDateTime(urgency.at) };
  });
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
  facts.push(...urgencyParts(ticket, now));
  if (ticket.status) facts.push({ class: 'status', text: [el('bdi', {}, ticket.status)] });
  if (ticket.priority) facts.push({ class: 'priority', text: isolated('priorityLabel', ticket.priority) });
  if (ticket.requester) facts.push({ class: 'requester', text: [el('bdi', {}, ticket.requester)] });
  const owner: RowPart[] = [{ class: 'assignee', text: ticket.assignee ? isolated('assignedTo', ticket.assignee) : t('unassigned') }];
  if (ticket.channel) owner.push({ class: 'channel', text: isolated('via', ticket.channel) });
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
/**
 * A windowed row's height in em (popup.css, .windowed button.ticket): 84 px at the usual text
 * size, and as much larger as the browser's text is.
 */
export const ROW_EMS = 6;

const parts = (list: readonly RowPart[]) =>
  list.map((part) => el('span', part.title ? { class: part.class, title: part.title } : { class: part.class }, ...[part.text].flat()));

/** The inside of a row's button: three lines of text. `first`: the list's first row. */
export function rowMarkup(ticket: Ticket, now: number, first: boolean): Markup[] {
  const row = ticketRow(ticket, now);
  // Element Timing marks when the first ticket is painted (npm run bench).
  const timing = first ? { elementtiming: FIRST_TICKET_TIMING } : {};
  return [
    el(
      'span',
      { class: 'line1' },
      // A ticket number reads left to right in every language; a subject in its own direction,
      // its lines aligned to the row's start (an inline <bdi>; dir on the block would align it
      // to its own start).
      el('span', { class: 'number', dir: 'ltr', ...timing }, row.number),
      el('span', { class: 'subject', title: row.subject }, el('bdi', {}, row.subject)),
    ),
    el(
      'span',
      { class: 'line2' },
      ...parts(row.facts),
      row.time && el('time', { datetime: row.time.iso, title: row.time.title }, row.time.text),
    ),
    el('span', { class: 'line3' }, ...parts(row.owner)),
  ];
}

/** The attributes of a row's list item and button, for the ticket at `index` of `size`. */
export function rowAttributes(ticket: Ticket, index: number, size: number) {
  return {
    item: { 'aria-setsize': String(size), 'aria-posinset': String(index + 1) },
    button: { type: 'button', class: 'ticket', 'data-ticket-id': ticket.id, 'data-index': String(index) },
  } as const;
}
