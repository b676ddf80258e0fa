/**
 * The popup's quick filter: narrows the loaded tickets as the user types, by number, subject
 * or requester, without a network call. Case- and accent-insensitive, every word must match.
 */
import type { Ticket } from './ticket.ts';

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function matchesQuery(ticket: Ticket, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`#${ticket.number} ${ticket.subject} ${ticket.requester}`);
  return words.every((word) => haystack.includes(word));
}

export function quickFilter(tickets: readonly Ticket[], query: string): readonly Ticket[] {
  return query.trim() === '' ? tickets : tickets.filter((ticket) => matchesQuery(ticket, query));
}
