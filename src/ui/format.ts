/**
 * Dates, times and numbers as the browser's language writes them. A time a Date cannot hold
 * makes Intl throw (RangeError); these answer '' for it instead, so no time can blank a page.
 */
import { uiLanguage } from '../shared/i18n.ts';
import { isSaneTime } from '../shared/parse.ts';

let formats: { dateTime: Intl.DateTimeFormat; time: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat } | undefined;

function fmt() {
  const lang = uiLanguage();
  formats ??= {
    dateTime: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
    time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }),
    relative: new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
  };
  return formats;
}

export function formatDateTime(ms: number): string {
  return isSaneTime(ms) ? fmt().dateTime.format(ms) : '';
}

/** HH:MM, for "showing tickets from 10:42". */
export function formatTime(ms: number): string {
  return isSaneTime(ms) ? fmt().time.format(ms) : '';
}

export function isoDateTime(ms: number): string {
  return isSaneTime(ms) ? new Date(ms).toISOString() : '';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "in 2 days", "now": the largest unit that fits, rounded down. */
export function relativeValue(ms: number, now: number): [number, Intl.RelativeTimeFormatUnit] {
  const seconds = (ms - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return [Math.trunc(seconds / size), unit];
  }
  return [0, 'second'];
}

export function formatRelative(ms: number, now = Date.now()): string {
  if (!isSaneTime(ms) || !isSaneTime(now)) return '';
  const [value, unit] = relativeValue(ms, now);
  return fmt().relative.format(value, unit);
}
