/**
 * The popup's quick filter: narrows the loaded tickets as the user types, by number, subject
 * or requester, without a network call. Case- and accent-insensitive, every word must match.
 */
import type { Ticket } from './zoho/ticket.ts';

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Folded text per ticket, computed once: typing stays smooth with thousands of tickets. */
const folded = new WeakMap<Ticket, string>();

function haystack(ticket: Ticket): string {
  let text = folded.get(ticket);
  if (text === undefined) {
    text = fold(`#${ticket.number} ${ticket.subject} ${ticket.requester}`);
    folded.set(ticket, text);
  }
  return text;
}

function words(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function quickFilter(tickets: readonly Ticket[], query: string): readonly Ticket[] {
  const wanted = words(query);
  if (wanted.length === 0) return tickets;
  return tickets.filter((ticket) => wanted.every((word) => haystack(ticket).includes(word)));
}

/** Ticket numbers the quick filter takes as "open this ticket": `#12345` or `12345`. */
const TICKET_NUMBER = /^#?(\d{1,12})$/;

/** The ticket number typed in the quick filter, or null when it is words. */
export function typedTicketNumber(query: string): string | null {
  return TICKET_NUMBER.exec(query.trim())?.[1] ?? null;
}
