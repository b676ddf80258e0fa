/**
 * Lengths of time that settings offer and notifications name, in the language's own words. Not in
 * format.ts: the popup never shows one, and so does not load it (vite.config.ts, NOT_AT_OPEN).
 */
import { uiLanguage } from './i18n.ts';

/** A setting's length of time in the language's own words: "30 seconds", "5 minutes", "2 hours". */
export function formatDuration(seconds: number): string {
  const [value, unit] =
    seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
