/**
 * User-facing words, from public/_locales through i18n.getMessage, so the browser's language
 * picks them (docs/LANGUAGES.md). Keys are typed from the English catalogue: a missing key fails
 * the type check, and test/unit/i18n.test.ts keeps the catalogues in step.
 */
import browser from 'webextension-polyfill';
import type catalogue from '../../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;
/** A message that counts: one key per plural form the language has, `<key>_one`, `<key>_other`… */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

const get = (key: string, substitutions: (string | number)[]) => browser.i18n.getMessage(key, substitutions.map(String));

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // Never blank: a message missing from a catalogue shows its key rather than nothing.
  return get(key, substitutions) || key;
}

/**
 * The language the words are in, for dates, numbers and plurals to match them: the browser's
 * own tag when the catalogue is its language (so 'fr-CA' keeps its region), else the catalogue's
 * (a browser in a language with no catalogue gets English words, and English dates with them).
 */
export function uiLanguage(): string {
  return language().tag;
}

interface Language {
  readonly browserTag: string;
  /** The words' language: the browser's tag, or the catalogue's when they differ. */
  readonly tag: string;
  /** The words' direction, as their catalogue says it. */
  readonly dir: 'ltr' | 'rtl';
  counts?: Intl.NumberFormat;
  rules?: Intl.PluralRules;
}

/**
 * Worked out again only when the browser's language is not the one last seen: every date asks.
 * The catalogue cannot change while the browser's language stays.
 */
let resolved: Language = { browserTag: '', tag: 'en', dir: 'ltr' };

function language(): Language {
  let browserTag = '';
  try {
    browserTag = browser.i18n.getUILanguage();
  } catch {}
  if (resolved.browserTag !== browserTag || browserTag === '') {
    const words = get('languageTag', []) || 'en';
    const same = browserTag.toLowerCase().startsWith(words.split('-', 1).join().toLowerCase());
    const dir = get('textDirection', []) === 'rtl' ? 'rtl' : 'ltr';
    resolved = { browserTag, tag: same ? browserTag : words, dir };
  }
  return resolved;
}

/** The language's number format and plural rules, made when first needed. */
function numbering() {
  const current = language();
  current.counts ??= new Intl.NumberFormat(current.tag);
  current.rules ??= new Intl.PluralRules(current.tag);
  return { counts: current.counts, rules: current.rules };
}

/** A count in the language's digits and grouping: "1,234", "1.234", "1 234". */
export function formatCount(value: number): string {
  return numbering().counts.format(value);
}

/**
 * A message about `count` things, in the form the language uses for that count (Arabic has six,
 * Japanese one), with the count as $1 in the language's digits. A form the catalogue lacks, as
 * when the browser's plural rules are newer than it, falls back to `_other`.
 */
export function tn(key: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  const subs = [formatCount(count), ...substitutions];
  return get(`${key}_${numbering().rules.select(count)}`, subs) || t(`${key}_other` as MessageKey, ...subs);
}

/**
 * The page's language and direction: those of the words. Not the browser's `@@bidi_dir`, which
 * follows its UI language: Chromium started with `--lang=ar` shows Arabic words with an English
 * UI (docs/LANGUAGES.md). Set before the page draws.
 */
export function pageLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const { tag, dir } = language();
  return { lang: tag, dir };
}

/** Set only where it differs: a changed `dir` restyles the whole page, the first frame too. */
export function markLanguage(root: HTMLElement): void {
  const { lang, dir } = pageLanguage();
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== dir) root.dir = dir;
}
