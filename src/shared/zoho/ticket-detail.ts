/**
 * One ticket's detail and its conversation, from GET /tickets/{id} and
 * GET /tickets/{id}/threads[/{threadId}] (docs/ZOHO.md, "Threads"). The HTML stays a string
 * here: it is sanitized in the popup, just before display. HTML longer than
 * TEXT_LIMITS.html is cut and marked, so the popup can say so and link to the whole ticket.
 */
import type { DeskSite } from './desk-links.ts';
import { id, isRecord, TEXT_LIMITS, textOf, time, truncate } from './parse.ts';
import { fullName, parseTicket, type Ticket } from './ticket.ts';

export interface TicketDetail extends Ticket {
  /** HTML from Zoho, unsanitized, at most TEXT_LIMITS.html long. */
  readonly description: string;
  /** The description was longer and has been cut. */
  readonly descriptionCut: boolean;
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
  /** The content was longer and has been cut, or was too large to fetch at all. */
  readonly contentCut: boolean;
}

/** Long HTML, cut to the limit, and whether it was cut. */
function html(value: unknown): { readonly value: string | null; readonly cut: boolean } {
  if (typeof value !== 'string') return { value: null, cut: false };
  return { value: truncate(value, TEXT_LIMITS.html), cut: value.length > TEXT_LIMITS.html };
}

export function parseTicketDetail(raw: unknown, site: DeskSite): TicketDetail | null {
  const ticket = parseTicket(raw, site);
  if (!ticket || !isRecord(raw)) return null;
  const description = html(raw['description']);
  return { ...ticket, description: description.value ?? '', descriptionCut: description.cut };
}

export function parseThread(raw: unknown): Thread | null {
  if (!isRecord(raw)) return null;
  const threadId = id(raw['id']);
  if (!threadId) return null;
  const direction = textOf(raw['direction']);
  const content = html(raw['content']);
  return {
    id: threadId,
    author: fullName(raw['author']) || (isRecord(raw['author']) ? (textOf(raw['author']['email']) ?? '') : ''),
    direction: direction === 'in' || direction === 'out' ? direction : '',
    channel: textOf(raw['channel']) ?? '',
    createdTime: time(raw['createdTime']),
    summary: textOf(raw['summary'], TEXT_LIMITS.line) ?? '',
    content: content.value,
    contentType: textOf(raw['contentType']) === 'text/plain' ? 'text/plain' : 'text/html',
    contentCut: content.cut,
  };
}
