/** Packages are deterministic: the same files give the same bytes, whatever their timestamps. */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipDirectory } from '../support/zip.ts';

const dirs: string[] = [];
function folder(files: Record<string, string>, time: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'zip-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), time, time);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('zipDirectory', () => {
  it('gives the same bytes for the same files, written at other times and in another order', () => {
    const a = zipDirectory(folder({ 'b.txt': 'two', 'a.txt': 'one' }, 1_000_000));
    const b = zipDirectory(folder({ 'a.txt': 'one', 'b.txt': 'two' }, 2_000_000));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual(['a.txt', 'b.txt']);
  });

  it('changes when a file changes', () => {
    const a = zipDirectory(folder({ 'a.txt': 'one' }, 1_000_000));
    const b = zipDirectory(folder({ 'a.txt': 'One' }, 1_000_000));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
