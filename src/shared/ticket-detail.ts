/**
 * One ticket's detail and its conversation, from GET /tickets/{id} and
 * GET /tickets/{id}/threads[/{threadId}] (zohodesk-oas v1.0/Ticket.json, Thread.json). The
 * HTML stays a string here: it is sanitized in the popup, just before display.
 */
import { id, isRecord, text, time } from './parse.ts';
import { fullName, parseTicket, type Ticket } from './ticket.ts';

export interface TicketDetail extends Ticket {
  /** HTML from Zoho, unsanitized. */
  readonly description: string;
}

export interface Thread {
  readonly id: string;
  readonly author: string;
  readonly direction: 'in' | 'out' | '';
  readonly channel: string;
  readonly createdTime: number | null;
  /** Plain-text summary from the thread list. */
  readonly summary: string;
  /** HTML or text from the single-thread call, when it was fetched. */
  readonly content: string | null;
  readonly contentType: 'text/html' | 'text/plain';
}

export function parseTicketDetail(raw: unknown): TicketDetail | null {
  const ticket = parseTicket(raw);
  if (!ticket || !isRecord(raw)) return null;
  return { ...ticket, description: text(raw['description']) ?? '' };
}

export function parseThread(raw: unknown): Thread | null {
  if (!isRecord(raw)) return null;
  const threadId = id(raw['id']);
  if (!threadId) return null;
  const direction = text(raw['direction']);
  return {
    id: threadId,
    author: fullName(raw['author']) || (isRecord(raw['author']) ? (text(raw['author']['email']) ?? '') : ''),
    direction: direction === 'in' || direction === 'out' ? direction : '',
    channel: text(raw['channel']) ?? '',
    createdTime: time(raw['createdTime']),
    summary: text(raw['summary']) ?? '',
    content: text(raw['content']),
    contentType: text(raw['contentType']) === 'text/plain' ? 'text/plain' : 'text/html',
  };
}
