/**
 * Deterministic zips: files in sorted order, one fixed timestamp, fixed compression, so the
 * same sources always give the same bytes (store reviewers can rebuild and compare).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

/** 1980-01-01, the earliest time a zip can record: no build clock leaks into the archive. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** `files`: archive path → contents. */
export function deterministicZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, bytes] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)))
    entries[path] = [bytes, { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries);
}

export function zipDirectory(dir: string, transform: (path: string, data: Uint8Array) => Uint8Array = (_p, d) => d): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const path of filesUnder(dir)) files[path] = transform(path, readFileSync(join(dir, path)));
  return deterministicZip(files);
}
