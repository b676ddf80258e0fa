/**
 * Dates, times and numbers as the browser's language writes them. A time a Date cannot hold
 * makes Intl throw (RangeError); these answer '' for it instead, so no time can blank a page.
 */

import { isSaneTime } from '../zoho/parse.ts';
import { uiLanguage } from './i18n.ts';

let formatsFor = '';
let formats:
  | {
      dateTime: Intl.DateTimeFormat;
      time: Intl.DateTimeFormat;
      relative: Intl.RelativeTimeFormat;
      spans: Record<'minute' | 'hour' | 'day', Intl.NumberFormat>;
    }
  | undefined;

function fmt() {
  const lang = uiLanguage();
  if (formatsFor !== lang) formats = undefined;
  formatsFor = lang;
  formats ??= {
    dateTime: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
    time: new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }),
    relative: new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
    spans: {
      minute: new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
      hour: new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
      day: new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }),
    },
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

/**
 * A length of time in the language's own short units, "45 min", "2 hr", "3 days": minutes up to
 * an hour, hours up to two days, then days; rounded, and never less than one.
 */
export function formatSpan(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const { spans } = fmt();
  if (minutes < 60) return spans.minute.format(minutes);
  const hours = Math.round(minutes / 60);
  return hours < 48 ? spans.hour.format(hours) : spans.day.format(Math.round(hours / 24));
}
