/** The catalogues stay complete and in step, and every message the code names exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { el, isolated } from '../../src/shared/markup/markup.ts';
import { formatDuration } from '../../src/shared/words/duration.ts';
import { errorText } from '../../src/shared/words/error-text.ts';
import { formatRelative, formatSpan } from '../../src/shared/words/format.ts';
import { formatCount, pageLanguage, t, tn, uiLanguage } from '../../src/shared/words/i18n.ts';
import { fake } from './fake-browser.ts';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalogue = Record<string, Entry>;
const load = (folder: string) => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Catalogue;

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
/** The plural messages' bases, each with the forms given; and every other key. */
function split(catalogue: Catalogue) {
  const plurals = new Map<string, string[]>();
  const plain: string[] = [];
  for (const key of Object.keys(catalogue)) {
    const match = PLURAL.exec(key);
    if (match) plurals.set(match[1]!, [...(plurals.get(match[1]!) ?? []), match[2]!].sort());
    else plain.push(key);
  }
  return { plurals, plain: plain.sort() };
}
const used = (message: string) => [...new Set((message.match(/\$\w+\$/g) ?? []).map((name) => name.toLowerCase()))].sort();
/** Words that are names or code, kept as they are in every language: scopes, hosts, PKCE. */
const VERBATIM = /Desk\.\w+\.READ|api-console\.zoho\.com|PKCE/g;

/**
 * Messages that read the same as in English, each checked by its reviewer: words the languages
 * share ("Tickets", "Description", "Status", "China"), or no words at all ("$1 — $2").
 */
const SHARED_WITH_ENGLISH: Record<string, string[]> = {
  de: ['dc_jp', 'dc_cn', 'tickets', 'filterStatus', 'status'],
  fr: [
    'dc_eu',
    'dc_ca',
    'tickets',
    'via',
    'description',
    'conversation',
    'badgeTitle',
    'ticketCount_one',
    'ticketCount_other',
    'notificationsSection',
  ],
  es: ['dc_in', 'dc_au', 'dc_cn', 'tickets', 'badgeTitle', 'ticketCount_one', 'ticketCount_other'],
  pt_BR: ['extShortName', 'dc_cn', 'tickets', 'via', 'filterStatus', 'status', 'badgeTitle', 'ticketCount_one', 'ticketCount_other'],
  ar: ['badgeTitle'],
  ja: ['extShortName'],
  zh_CN: [],
};

/** Counting messages never shown for 0: no note for no ticket skipped or capped; 0 minutes is "Never". */
const NEVER_ZERO = ['skipped', 'capped', 'everyMinutes'];

describe('catalogues', () => {
  const folders = readdirSync(LOCALES).sort();
  const en = load('en');
  const english = split(en);

  it('ships eight languages', () => {
    expect(folders).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN']);
  });

  describe.each(folders)('%s', (folder) => {
    const catalogue = load(folder);
    const tag = folder.replace('_', '-');
    const own = split(catalogue);

    it('names its own language, whose plural rules it follows', () => {
      expect(catalogue['languageTag']?.message).toBe(tag);
      expect(Intl.PluralRules.supportedLocalesOf(tag)).toEqual([tag]);
    });

    it('says its own direction, the one its language is written in', () => {
      // textInfo in Node 20's V8; getTextInfo() in later ones.
      const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction: string }; getTextInfo?: () => { direction: string } };
      const { direction } = locale.getTextInfo?.() ?? locale.textInfo!;
      expect(catalogue['textDirection']?.message).toBe(direction);
    });

    it('has every message English has, and no other', () => {
      expect(own.plain).toEqual(english.plain);
      expect([...own.plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
    });

    it('gives each counting message exactly the plural forms its language has', () => {
      const forms = [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
      for (const [base, given] of own.plurals) expect(given, `${folder}/${base}`).toEqual(forms);
    });

    it('keeps the placeholders: declared as in English, and each used as English uses it', () => {
      for (const [key, entry] of Object.entries(catalogue)) {
        const match = PLURAL.exec(key);
        const source = en[match ? `${match[1]}_other` : key]!;
        const where = `${folder}/${key}: ${entry.message}`;
        expect(entry.message.trim(), where).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}).sort(), where).toEqual(Object.keys(source.placeholders ?? {}).sort());
        for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
          expect(placeholder.content, where).toBe(source.placeholders![name]!.content);
        }
        // A form for a single count may say it in words ("One ticket…", "تذكرتان"); every other
        // uses them all. French and Portuguese "one" is 0 as well as 1: in words only where the
        // code never counts 0.
        const single =
          match?.[2] === 'zero' ||
          match?.[2] === 'two' ||
          (match?.[2] === 'one' && (new Intl.PluralRules(tag).select(0) !== 'one' || NEVER_ZERO.includes(match[1]!)));
        if (!single) {
          expect(used(entry.message), where).toEqual(used(source.message));
        } else {
          for (const name of used(entry.message)) expect(used(source.message), where).toContain(name);
        }
      }
    });

    it('leaves nothing in English but the words its language shares with English', () => {
      // The two that say which language and direction the catalogue is, not words to translate.
      const told = (key: string) => key !== 'languageTag' && key !== 'textDirection';
      const same = Object.keys(catalogue).filter((key) => told(key) && catalogue[key]?.message === en[key]?.message);
      expect(same.sort()).toEqual([...(folder === 'en' ? Object.keys(en).filter(told) : (SHARED_WITH_ENGLISH[folder] ?? []))].sort());
    });

    it('keeps scope names and hosts as they are', () => {
      for (const [key, entry] of Object.entries(en)) {
        const own = catalogue[key] ?? catalogue[key.replace(PLURAL, '$1_other')]!;
        for (const word of entry.message.match(VERBATIM) ?? []) expect(own.message, `${folder}/${key}`).toContain(word);
      }
    });
  });

  it('names every key the sources use', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const code = sources(join(import.meta.dirname, '../../src')).map((file) => readFileSync(file, 'utf8'));
    const keys = code.flatMap((text) => [...text.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!));
    const counting = code.flatMap((text) => [...text.matchAll(/\btn\('(\w+)'/g)].map((m) => `${m[1]!}_other`));
    expect(keys.length).toBeGreaterThan(50);
    expect(counting.length).toBeGreaterThan(5);
    for (const key of [...keys, ...counting]) expect(en, key).toHaveProperty(key);
  });
});

describe('t', () => {
  it('fills placeholders, in the browser’s language', () => {
    expect(t('offlineNote', '10:42')).toBe('Offline: showing tickets from 10:42.');
    fake.uiLanguage = 'de';
    expect(t('offlineNote', '10:42')).toBe('Offline: Tickets von 10:42 werden angezeigt.');
    expect(errorText({ code: 'session_ended' }).message).toBe('Ihre Zoho-Sitzung ist beendet. Melden Sie sich erneut an.');
  });
});

describe('tn', () => {
  it('picks the plural form the language uses for the count, with the count in its digits', () => {
    expect([1, 2, 1234].map((n) => tn('ticketCount', n))).toEqual(['1 ticket', '2 tickets', '1,234 tickets']);
    fake.uiLanguage = 'de';
    expect([1, 1234].map((n) => tn('ticketCount', n))).toEqual(['1 Ticket', '1.234 Tickets']);
  });

  it('uses all six of Arabic’s forms', () => {
    fake.uiLanguage = 'ar';
    const ar = load('ar');
    const counts = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 };
    const seen = Object.entries(counts).map(([form, n]) => {
      const said = tn('ticketCount', n);
      expect(said, form).toBe(ar[`ticketCount_${form}`]!.message.replace('$P1$', formatCount(n)));
      return said;
    });
    expect(new Set(seen).size).toBe(6);
  });

  it('falls back to the form for other counts when the catalogue lacks the one the rules pick', () => {
    fake.uiLanguage = 'ar';
    fake.missingMessages.add('ticketCount_few');
    expect(tn('ticketCount', 3)).toBe(load('ar')['ticketCount_other']!.message.replace('$P1$', formatCount(3)));
    expect(tn('ticketCount', 11)).toBe(load('ar')['ticketCount_many']!.message.replace('$P1$', formatCount(11)));
  });

  it('has one form in Japanese and Chinese', () => {
    fake.uiLanguage = 'ja';
    expect(tn('ticketCount', 1)).toBe(load('ja')['ticketCount_other']!.message.replace('$P1$', '1'));
    fake.uiLanguage = 'zh-CN';
    expect(tn('ticketCount', 3)).toBe(load('zh_CN')['ticketCount_other']!.message.replace('$P1$', '3'));
  });
});

describe('the page’s language', () => {
  it('is right to left in Arabic, with dates, times and numbers in Arabic', () => {
    fake.uiLanguage = 'ar';
    expect(pageLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    const now = Date.UTC(2026, 11, 1, 12);
    expect(formatRelative(now - 3 * 3600_000, now)).toBe(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'hour'));
    expect(formatSpan(45 * 60_000)).toBe(new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(45));
    expect(formatDuration(120 * 60)).toBe(new Intl.NumberFormat('ar', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(2));
  });

  it('keeps the browser’s region when the words are in its language', () => {
    fake.uiLanguage = 'fr-CA';
    expect(pageLanguage()).toEqual({ lang: 'fr-CA', dir: 'ltr' });
    expect(t('refresh')).toBe(load('fr')['refresh']!.message);
    fake.uiLanguage = 'pt-BR';
    expect(uiLanguage()).toBe('pt-BR');
  });

  it('is right to left wherever the words are Arabic, whatever the browser’s UI language', () => {
    // Chromium started with --lang=ar alone: its UI says en-US, its catalogue is Arabic.
    fake.uiLanguage = 'en-US';
    fake.wordsLanguage = 'ar';
    expect(pageLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(formatCount(1234)).toBe(new Intl.NumberFormat('ar').format(1234));
  });

  it('is left to right for English words under an Arabic UI', () => {
    // A UI language no other test uses: the words' language is worked out once per UI language.
    fake.uiLanguage = 'ar-EG';
    fake.wordsLanguage = 'en';
    expect(pageLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('follows the English words, left to right, in a language with no catalogue', () => {
    fake.uiLanguage = 'he';
    expect(pageLanguage()).toEqual({ lang: 'en', dir: 'ltr' });
    expect(t('refresh')).toBe('Refresh');
    expect(tn('ticketCount', 2)).toBe('2 tickets');
  });
});

describe('isolated', () => {
  it('puts each value of a message in a <bdi> of its own, the words around it as text', () => {
    expect(isolated('assignedTo', 'أحمد علي')).toEqual(['Assigned to ', el('bdi', {}, 'أحمد علي')]);
    fake.uiLanguage = 'ar';
    const parts = isolated('hostAccessNote', 'accounts.zoho.sa', 'desk.zoho.sa');
    expect(parts.filter((part) => typeof part !== 'string')).toEqual([el('bdi', {}, 'accounts.zoho.sa'), el('bdi', {}, 'desk.zoho.sa')]);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.children.join(''))).join('')).toBe(
      t('hostAccessNote', 'accounts.zoho.sa', 'desk.zoho.sa'),
    );
  });

  it('keeps a value as it is, whatever it holds', () => {
    const odd = 'x\ue000y <b>';
    expect(isolated('via', odd)).toEqual(['via ', el('bdi', {}, odd)]);
  });
});
