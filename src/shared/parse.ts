/**
 * Small readers for untrusted JSON. Zoho fields may be missing or null at any time
 * (zoho-notes.md, "Ticket fields"), so every reader answers a value or null, never throws.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Zoho ids are long numeric strings ("1892000000042032"). A number above 2^53 has already lost
 * digits in JSON.parse, so only safe integers are accepted as numbers.
 */
export function id(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return null;
}

/** Zoho sends times as ISO-8601 strings or as epoch milliseconds; accept both. */
export function time(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** A link the UI may open: http(s) only, so a hostile `javascript:` URL never becomes a link. */
export function webLink(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
