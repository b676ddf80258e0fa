/**
 * The tickets, one button each: it opens the ticket's detail in the popup. ↑/↓ and j/k move
 * between rows. All Zoho text renders as text.
 */
import type { JSX } from 'preact';
import { t } from '../shared/i18n.ts';
import { isOverdue, type Ticket } from '../shared/ticket.ts';
import { formatDateTime, formatRelative, isoDateTime } from '../ui/format.ts';

function Row({ ticket, now }: { ticket: Ticket; now: number }) {
  const overdue = isOverdue(ticket, now);
  return (
    <>
      <span class="line1">
        <span class="number">#{ticket.number}</span>
        <span class="subject" title={ticket.subject}>
          {ticket.subject || t('noSubject')}
        </span>
      </span>
      <span class="line2">
        {overdue && <span class="overdue">{t('overdue')}</span>}
        {ticket.status && <span class="status">{ticket.status}</span>}
        {ticket.priority && <span class="priority">{t('priorityLabel', ticket.priority)}</span>}
        {ticket.requester && <span class="requester">{ticket.requester}</span>}
        {ticket.createdTime !== null && (
          <time dateTime={isoDateTime(ticket.createdTime)} title={formatDateTime(ticket.createdTime)}>
            {formatRelative(ticket.createdTime, now)}
          </time>
        )}
      </span>
      <span class="line3">
        <span class="assignee">{ticket.assignee ? t('assignedTo', ticket.assignee) : t('unassigned')}</span>
        {ticket.channel && <span class="channel">{t('via', ticket.channel)}</span>}
      </span>
    </>
  );
}

const NEXT_KEYS = new Set(['ArrowDown', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'k']);

/** Moves focus between the rows' buttons. */
function onListKey(event: JSX.TargetedKeyboardEvent<HTMLUListElement>): void {
  const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
  if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.ticket')];
  const index = rows.indexOf(document.activeElement as HTMLButtonElement);
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

interface Props {
  tickets: readonly Ticket[];
  label: string;
  onOpen: (ticket: Ticket) => void;
}

export function TicketList({ tickets, label, onOpen }: Props) {
  const now = Date.now();
  return (
    <ul class="tickets" aria-label={label} onKeyDown={onListKey}>
      {tickets.map((ticket) => (
        <li key={ticket.id}>
          <button type="button" class="ticket" data-ticket-id={ticket.id} onClick={() => onOpen(ticket)}>
            <Row ticket={ticket} now={now} />
          </button>
        </li>
      ))}
    </ul>
  );
}
