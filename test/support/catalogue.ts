/**
 * The extension's words in a language, as i18n.getMessage finds them (docs/LANGUAGES.md): the
 * browser's language ('pt-BR' → pt_BR), its parent (pt), then default_locale (en). The unit
 * tests' fake browser answers with it, and the end-to-end tests find elements by the words a
 * user of that language reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES = join(import.meta.dirname, '../../public/_locales');
const catalogues = new Map<string, Record<string, CatalogueEntry>>();

function catalogue(folder: string): Record<string, CatalogueEntry> {
  const path = join(LOCALES, folder, 'messages.json');
  if (!catalogues.has(folder)) {
    catalogues.set(folder, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, CatalogueEntry>) : {});
  }
  return catalogues.get(folder) ?? {};
}

export function getMessage(lang: string, key: string, substitutions: string[] = []): string {
  // The browser's, from its UI language: a language with no catalogue here (he) is rtl too.
  if (key === '@@bidi_dir') return /^(ar|he|fa|ur)\b/.test(lang) ? 'rtl' : 'ltr';
  if (key === '@@ui_locale') return lang.replace('-', '_');
  const entry = [lang.replace('-', '_'), lang.split('-')[0] ?? lang, 'en'].map((folder) => catalogue(folder)[key]).find(Boolean);
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** `words('ar')('signIn')`: a message in a language, its placeholders filled. */
export const words =
  (lang: string) =>
  (key: string, ...substitutions: (string | number)[]): string => {
    const said = getMessage(lang, key, substitutions.map(String));
    if (!said) throw new Error(`no message ${key}`);
    return said;
  };
