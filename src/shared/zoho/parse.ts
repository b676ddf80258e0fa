/**
 * Small readers for untrusted JSON. Zoho fields may be missing or null at any time, and a
 * broken or hostile answer may carry absurd values (docs/ZOHO.md, "Ticket fields";
 * docs/SECURITY.md). Every reader answers a value inside its bounds, or null; none throws.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lengths past which a string from Zoho is cut, in UTF-16 code units. */
export const TEXT_LIMITS = {
  /** Names, statuses, channels, priorities, error codes. */
  short: 200,
  /** Subjects, summaries, Zoho's error messages. */
  line: 1000,
  /** Links. */
  url: 2048,
  /** A ticket's description or one message's HTML: past this it is shown cut, with a link. */
  html: 200_000,
} as const;

/** `value` cut to `max` code units, never inside a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function textOf(value: unknown, max: number = TEXT_LIMITS.short): string | null {
  if (typeof value === 'string') return truncate(value, max);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Zoho ids are digit strings ("1892000000042032"); 30 digits is far past any real one. */
export const ID_PATTERN = /^\d{1,30}$/;

/**
 * An id, as a digit string, or null. A number above 2^53 has already lost digits in
 * JSON.parse, so only safe integers are accepted as numbers. Anything else (`..`, a slash,
 * letters) is refused, so an id can go into a URL path as it is.
 */
export function id(value: unknown): string | null {
  if (typeof value === 'string') return ID_PATTERN.test(value) ? value : null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

/**
 * The times the extension accepts: from 1970 to 2200. Anything outside is a broken or hostile
 * value (`"99999999999999999"` is past what a Date can hold at all) and is read as unknown.
 */
export const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(2200, 0, 1);

export function isSaneTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms <= LATEST_TIME;
}

/** Zoho sends times as ISO-8601 strings or as epoch milliseconds; accept both, in range. */
export function time(value: unknown): number | null {
  let ms: number;
  if (typeof value === 'number') ms = value;
  else if (typeof value !== 'string' || value.length > 64) return null;
  else if (/^\d+$/.test(value)) ms = Number(value);
  else ms = Date.parse(value);
  return isSaneTime(ms) ? ms : null;
}

/** A whole number from 0 to `max`, or null: counts, lifetimes. */
export function count(value: unknown, max: number): number | null {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= max ? n : null;
}

/** A link the UI may open: http(s) only, so a hostile `javascript:` URL never becomes a link. */
export function webLink(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.url) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
