/** The signed-in view: the tickets, each opening in Zoho Desk. All Zoho text renders as text. */
import type { Ticket } from '../shared/ticket.ts';
import { formatDateTime, isoDateTime } from '../ui/format.ts';

function TicketBody({ ticket }: { ticket: Ticket }) {
  return (
    <>
      <span class="line1">
        <span class="number">#{ticket.number}</span>
        <span class="subject" title={ticket.subject}>
          {ticket.subject || '(no subject)'}
        </span>
      </span>
      <span class="line2">
        {ticket.status && <span class="status">{ticket.status}</span>}
        {ticket.requester && <span class="requester">{ticket.requester}</span>}
        {ticket.createdTime !== null && (
          <time dateTime={isoDateTime(ticket.createdTime)}>{formatDateTime(ticket.createdTime)}</time>
        )}
      </span>
    </>
  );
}

export function TicketList({ tickets }: { tickets: readonly Ticket[] }) {
  if (tickets.length === 0) {
    return (
      <p class="empty muted" role="status">
        No tickets here. New tickets will show up when Zoho Desk has them.
      </p>
    );
  }
  return (
    <ul class="tickets" aria-label="Tickets">
      {tickets.map((ticket) => (
        <li key={ticket.id}>
          {ticket.webUrl ? (
            // webUrl was checked to be http(s) when parsed; it opens Zoho Desk in a new tab.
            <a class="ticket" href={ticket.webUrl} target="_blank" rel="noopener noreferrer">
              <TicketBody ticket={ticket} />
            </a>
          ) : (
            <div class="ticket">
              <TicketBody ticket={ticket} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
