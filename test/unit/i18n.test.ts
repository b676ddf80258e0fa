/** The catalogues stay complete and in step, and every message the code names exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/shared/error-text.ts';
import { t } from '../../src/shared/i18n.ts';
import { fake } from './fake-browser.ts';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;

describe('catalogues', () => {
  const langs = readdirSync(LOCALES);
  const en = load('en');

  it('ships English and German', () => {
    expect(langs.sort()).toEqual(['de', 'en']);
  });

  it.each(langs)('%s has every message, with the same placeholders, and nothing left blank', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const translated = other[key]!;
      expect(translated.message.trim(), key).not.toBe('');
      expect(Object.keys(translated.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of translated.message.match(/\$\w+\$/g) ?? []) {
        expect(Object.keys(translated.placeholders ?? {}), `${lang}/${key}`).toContain(name.slice(1, -1).toLowerCase());
      }
    }
  });

  it('names every key the sources use', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const used = sources(join(import.meta.dirname, '../../src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty(key);
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
