/**
 * The ticket as the extension knows it: only the fields the list shows, validated at the
 * boundary (ARCHITECTURE.md, "A ticket's way to the screen").
 */
import { id, isRecord, text, time, webLink, type JsonRecord } from './parse.ts';

export interface Ticket {
  readonly id: string;
  /** Zoho's human-facing number ("101"), or the id when Zoho sent none. */
  readonly number: string;
  readonly subject: string;
  readonly status: string;
  readonly requester: string;
  /** Epoch milliseconds, or null when Zoho sent none. */
  readonly createdTime: number | null;
  readonly webUrl: string | null;
}

export interface ParsedList<T> {
  readonly items: T[];
  /** Entries that were not usable (no id, not an object) and were left out. */
  readonly skipped: number;
}

function fullName(person: JsonRecord): string {
  return [text(person['firstName']), text(person['lastName'])]
    .filter((part): part is string => !!part && part.trim() !== '')
    .join(' ');
}

function requesterOf(raw: JsonRecord): string {
  const contact = raw['contact'];
  if (isRecord(contact)) {
    const name = fullName(contact);
    if (name) return name;
    const email = text(contact['email']);
    if (email) return email;
  }
  return text(raw['email']) ?? '';
}

export function parseTicket(raw: unknown): Ticket | null {
  if (!isRecord(raw)) return null;
  const ticketId = id(raw['id']);
  if (!ticketId) return null;
  return {
    id: ticketId,
    number: text(raw['ticketNumber']) ?? ticketId,
    subject: text(raw['subject']) ?? '',
    status: text(raw['status']) ?? '',
    requester: requesterOf(raw),
    createdTime: time(raw['createdTime']),
    webUrl: webLink(raw['webUrl']),
  };
}

/**
 * Reads a `{data: [...]}` answer. `null` is the body of an HTTP 204, which Zoho sends for an
 * empty page. Returns null when the shape is not a list at all.
 */
export function parseDataList<T>(body: unknown, parseItem: (raw: unknown) => T | null): ParsedList<T> | null {
  if (body === null) return { items: [], skipped: 0 };
  if (!isRecord(body) || !Array.isArray(body['data'])) return null;
  const items: T[] = [];
  let skipped = 0;
  for (const raw of body['data']) {
    const item = parseItem(raw);
    if (item) items.push(item);
    else skipped += 1;
  }
  return { items, skipped };
}
