/**
 * docs/SECURITY.md maps every threat to the tests that prove its defence: each row must name
 * at least one test, and every test it names must exist under that name in that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const rows = readFileSync(join(ROOT, 'docs/SECURITY.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| threat') && !line.startsWith('| ---'));

/** The tests a row's last cell names: `file` › name; › name (same file); `file` › name. */
function namedTests(cell: string): { file: string; name: string }[] {
  const tests: { file: string; name: string }[] = [];
  let file = '';
  for (const part of cell.split(/;\s*/)) {
    const match = /^(?:`([^`]+)`\s*)?›\s*(.+)$/.exec(part.trim());
    if (!match) continue;
    file = match[1] ?? file;
    tests.push({ file, name: match[2]!.trim() });
  }
  return tests;
}

describe('docs/SECURITY.md', () => {
  it('has a row for each threat the issue names', () => {
    const text = rows.join('\n');
    for (const threat of [
      /web page/,
      /another extension/i,
      /content script/,
      /on disk/,
      /forged/,
      /replayed/,
      /mix-up/i,
      /PKCE/,
      /refresh token/,
      /HTML in a subject/,
      /Script, event handlers/,
      /Tracking/,
      /Dangerous links/,
      /content security policy/,
      /after revoke/,
      /Sandbox code in a release/,
      /Rate limits/,
      /timeouts/,
      /oversized/,
      /Junk/,
      /Someone else at the same browser/,
    ]) {
      expect(text).toMatch(threat);
    }
  });

  it.each(rows.map((row) => [row.split('|')[1]!.trim(), row] as const))('names tests that exist: %s', (_threat, row) => {
    const cell = row.split('|').at(-2)!;
    const tests = namedTests(cell);
    expect(tests.length).toBeGreaterThan(0);
    for (const { file, name } of tests) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} › ${name}`).toContain(`'${name}'`);
    }
  });
});
