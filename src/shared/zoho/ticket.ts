/**
 * The ticket as the extension knows it: only the fields the list shows, validated at the
 * boundary (ARCHITECTURE.md, "A ticket's way to the screen").
 */
import { type DeskSite, ticketLink } from './desk-links.ts';
import { id, isRecord, type JsonRecord, TEXT_LIMITS, textOf, time, truncate } from './parse.ts';

export interface Ticket {
  readonly id: string;
  /** Zoho's human-facing number ("101"), or the id when Zoho sent none. */
  readonly number: string;
  readonly subject: string;
  readonly status: string;
  /** Open, On Hold or Closed: the type behind a possibly custom status. */
  readonly statusType: string;
  readonly priority: string;
  readonly channel: string;
  readonly requester: string;
  /** Full name of the assignee, or '' when unassigned or not included. */
  readonly assignee: string;
  /** Epoch milliseconds, or null when Zoho sent none. */
  readonly createdTime: number | null;
  readonly dueDate: number | null;
  /** When the first response is due, while none has been sent (Zoho's SLA). */
  readonly responseDueDate: number | null;
  /** Since when the customer has waited: their message is the last one. Null otherwise. */
  readonly customerWaitingSince: number | null;
  readonly departmentId: string | null;
  readonly webUrl: string | null;
}

export interface ParsedList<T> {
  readonly items: T[];
  /** Entries that were not usable (no id, not an object) and were left out. */
  readonly skipped: number;
}

/** Ticket numbers are short ("101"); a longer one is cut. */
const NUMBER_LIMIT = 30;

export function fullName(person: unknown): string {
  if (!isRecord(person)) return '';
  const name = [textOf(person['firstName']), textOf(person['lastName'])]
    .filter((part): part is string => !!part && part.trim() !== '')
    .join(' ');
  return truncate(name, TEXT_LIMITS.short) || textOf(person['name']) || '';
}

function requesterOf(raw: JsonRecord): string {
  const contact = raw['contact'];
  if (isRecord(contact)) {
    const name = fullName(contact);
    if (name) return name;
    const email = textOf(contact['email']);
    if (email) return email;
  }
  return textOf(raw['email']) ?? '';
}

/** `site`: the Desk origin in use, which "Open in Zoho Desk" must stay on (desk-links.ts). */
export function parseTicket(raw: unknown, site: DeskSite): Ticket | null {
  if (!isRecord(raw)) return null;
  const ticketId = id(raw['id']);
  if (!ticketId) return null;
  return {
    id: ticketId,
    number: textOf(raw['ticketNumber'], NUMBER_LIMIT) || ticketId,
    subject: textOf(raw['subject'], TEXT_LIMITS.line) ?? '',
    status: textOf(raw['status']) ?? '',
    statusType: textOf(raw['statusType']) ?? '',
    priority: textOf(raw['priority']) ?? '',
    channel: textOf(raw['channel']) ?? '',
    requester: requesterOf(raw),
    assignee: fullName(raw['assignee']),
    createdTime: time(raw['createdTime']),
    dueDate: time(raw['dueDate']),
    responseDueDate: time(raw['responseDueDate']),
    customerWaitingSince: customerWaitingSince(raw),
    departmentId: id(raw['departmentId']),
    webUrl: ticketLink(raw['webUrl'], ticketId, site),
  };
}

/**
 * A customer waits when the last message came from them (`lastThread.direction` is `in`), since
 * their last response (`customerResponseTime`): both are on the list's items (docs/ZOHO.md,
 * "Ticket fields").
 */
function customerWaitingSince(raw: JsonRecord): number | null {
  const last = raw['lastThread'];
  return isRecord(last) && last['direction'] === 'in' ? time(raw['customerResponseTime']) : null;
}

/**
 * Reads a `{data: [...]}` answer. `null` is the body of an HTTP 204, which Zoho sends for an
 * empty page. Returns null when the shape is not a list at all. Only the first `limit` entries
 * are read: an answer longer than what was asked for is not kept whole.
 */
export function parseDataList<T>(body: unknown, parseItem: (raw: unknown) => T | null, limit: number): ParsedList<T> | null {
  // Zoho's contract allows `data: null` on several lists (docs/ZOHO.md): an empty list too.
  if (body === null || (isRecord(body) && body['data'] === null)) return { items: [], skipped: 0 };
  if (!isRecord(body) || !Array.isArray(body['data'])) return null;
  const items: T[] = [];
  let skipped = 0;
  for (const raw of (body['data'] as unknown[]).slice(0, Math.max(0, limit))) {
    const item = parseItem(raw);
    if (item) items.push(item);
    else skipped += 1;
  }
  return { items, skipped };
}
