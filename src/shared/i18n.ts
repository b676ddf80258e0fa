/**
 * User-facing words, from public/_locales through i18n.getMessage, so the browser's language
 * picks them (English and German ship). Keys are typed from the English catalogue: a missing
 * key fails the type check, and test/unit/i18n.test.ts keeps the catalogues in step.
 */
import browser from 'webextension-polyfill';
import type catalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // Never blank: a message missing from a catalogue shows its key rather than nothing.
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's UI language, for dates and numbers formatted to match the words. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
