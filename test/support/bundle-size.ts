/**
 * What each entry point loads when it opens, and its gzip size: the page's scripts, module
 * preloads and stylesheets, every JavaScript file they import statically, and what a page's
 * module entry imports dynamically as it starts (the popup's entry loads the app that way,
 * right after the first frame). Dynamic imports made later, on demand (the ticket detail),
 * are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  readonly entry: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

const STATIC_IMPORT = /\bimport\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g;

function resolveFrom(dist: string, from: string, spec: string): string {
  return spec.startsWith('/') ? join(dist, spec) : resolve(dirname(from), spec);
}

function collect(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) collect(dist, resolveFrom(dist, file, match[1]!), seen);
}

export function entrySize(dist: string, entry: string): EntrySize {
  const start = join(dist, entry);
  const seen = new Set<string>();
  if (entry.endsWith('.html')) {
    seen.add(start);
    const html = readFileSync(start, 'utf8');
    for (const match of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)) {
      collect(dist, resolveFrom(dist, start, match[1]!), seen);
    }
    for (const match of html.matchAll(/<script type="module"[^>]*\bsrc="([^"]+)"/g)) {
      const script = resolveFrom(dist, start, match[1]!);
      for (const load of readFileSync(script, 'utf8').matchAll(DYNAMIC_IMPORT)) collect(dist, resolveFrom(dist, script, load[1]!), seen);
    }
  } else {
    collect(dist, start, seen);
  }
  const files = [...seen];
  const contents = files.map((file) => readFileSync(file));
  return {
    entry,
    files: files.map((file) => file.slice(dist.length + 1)),
    bytes: contents.reduce((sum, buffer) => sum + buffer.length, 0),
    gzipBytes: contents.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
  };
}

/** The three budgets (docs/PERFORMANCE.md), in gzip bytes. Raise one only with the reason written here. */
export const BUDGETS = {
  popup: { entry: 'src/popup/index.html', gzipBytes: 25 * 1024 },
  background: { entry: 'service-worker-loader.js', gzipBytes: 30 * 1024 },
  settings: { entry: 'src/options/index.html', gzipBytes: 35 * 1024 },
} as const;

export function measureBudgets(dist: string): Record<keyof typeof BUDGETS, EntrySize> {
  return {
    popup: entrySize(dist, BUDGETS.popup.entry),
    background: entrySize(dist, BUDGETS.background.entry),
    settings: entrySize(dist, BUDGETS.settings.entry),
  };
}
