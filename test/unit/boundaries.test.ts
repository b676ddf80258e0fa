/**
 * Conventions the architecture depends on, checked on the sources (ARCHITECTURE.md, "Who may
 * touch what"): only the background holds the token, and nothing evaluates code or HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
/** Past this a module holds several ideas (docs/ARCHITECTURE.md): split it by what each part answers. */
const MAX_LINES = 250;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('boundaries', () => {
  it('keeps every page and shared module away from the background (and so the token)', () => {
    const outside = sources(SRC).filter((file) => !file.startsWith(join(SRC, 'background')));
    expect(outside.length).toBeGreaterThan(10);
    for (const file of outside) {
      for (const spec of imports(file)) {
        expect(`${relative(ROOT, file)} → ${spec}`).not.toMatch(/→ .*background\//);
      }
    }
  });

  it('keeps Preact, and ui/ where its components live, out of the service worker', () => {
    for (const file of [...sources(join(SRC, 'background')), ...sources(join(SRC, 'shared'))]) {
      for (const spec of imports(file)) expect(`${relative(ROOT, file)} → ${spec}`).not.toMatch(/→ (preact|.*\/ui\/)/);
    }
  });

  it('never evaluates strings as code or HTML, and never logs', () => {
    const forbidden =
      /\beval\(|new Function\(|innerHTML|outerHTML|dangerouslySetInnerHTML|document\.write|insertAdjacentHTML|console\.(log|info|debug|warn|error)/;
    for (const file of sources(SRC)) {
      const offending = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => forbidden.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//'));
      expect({ file: relative(ROOT, file), offending }).toEqual({ file: relative(ROOT, file), offending: [] });
    }
  });

  it('calls browser storage only through the typed storage items', () => {
    for (const file of sources(SRC)) {
      if (file.endsWith('storage-item.ts')) continue;
      const direct = /\b(browser|chrome)\.storage\b/.test(readFileSync(file, 'utf8'));
      expect(`${relative(ROOT, file)} uses storage directly: ${direct}`).toMatch(/: false$/);
    }
  });

  it('declares each storage item once, and the token’s and the sign-in flow’s in the background only', () => {
    const files = sources(SRC).filter((file) => !file.endsWith('storage-item.ts'));
    const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    // Keys named by a constant: `export const TICKET_CACHE_KEY = 'ticketCache'`. A name two files
    // give different values cannot be read.
    const constants = new Map<string, string | null>();
    for (const source of text.values()) {
      for (const [, name, value] of source.matchAll(/\bconst\s+([A-Z_]+)\s*=\s*'([^']+)'/g)) {
        constants.set(name!, constants.has(name!) && constants.get(name!) !== value ? null : value!);
      }
    }
    const declared: { file: string; item: string }[] = [];
    for (const [file, source] of text) {
      for (const [, area, key] of source.matchAll(/\b(?:storageItem|versionedItem)\s*(?:<[^(]*>)?\(\s*([^,]+?)\s*,\s*([^,]+?)\s*,/g)) {
        const name = /^'([^']+)'$/.exec(key!)?.[1] ?? constants.get(key!) ?? undefined;
        // A key the test cannot read (worked out at run time) could be the token's.
        expect(`${relative(ROOT, file)}: ${area} ${key} → ${name ?? 'a key worked out at run time'}`).toMatch(
          /: '(local|session)' \S+ → [\w-]+$/,
        );
        declared.push({ file: relative(ROOT, file), item: `${area!.slice(1, -1)}:${name}` });
      }
    }
    expect(declared.length).toBeGreaterThan(10);
    const items = declared.map(({ item }) => item);
    expect(items.filter((item, index) => items.indexOf(item) !== index)).toEqual([]);
    for (const secret of ['session:token', 'session:authFlow']) {
      expect(declared.filter(({ item }) => item === secret)).toEqual([{ file: 'src/background/worker-store.ts', item: secret }]);
    }
  });

  it('keeps every source file to one idea: at most 250 lines', () => {
    const lines = sources(SRC).map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }));
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.filter((entry) => entry.lines > MAX_LINES)).toEqual([]);
  });
});
