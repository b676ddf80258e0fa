/**
 * docs/SECURITY.md maps every threat to the tests that prove its defence: each row must name
 * at least one test, and every test it names must exist under that name in that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWITCH_OFFS } from '../mutation/switch-offs.ts';
import { ROOT, securityRows } from '../support/security-rows.ts';

const rows = securityRows();

describe('docs/SECURITY.md', () => {
  it('has a row for each threat the issue names', () => {
    const text = rows.map(({ row }) => row).join('\n');
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

  it.each(rows.map(({ threat, tests }) => [threat, tests] as const))('names tests that exist: %s', (_threat, tests) => {
    expect(tests.length).toBeGreaterThan(0);
    // A unit test among them: npm run mutate switches the defence off and runs those.
    expect(tests.some(({ file }) => file.startsWith('test/unit/'))).toBe(true);
    for (const { file, name } of tests) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} › ${name}`).toContain(`'${name}'`);
    }
  });

  it('has a switch-off for each row, whose edits each find their text once (test/mutation/switch-offs.ts)', () => {
    for (const { threat } of rows) {
      expect(
        SWITCH_OFFS.filter((off) => threat.startsWith(off.threat)).map((off) => off.threat),
        threat,
      ).toHaveLength(1);
    }
    for (const off of SWITCH_OFFS) {
      expect(rows.filter(({ threat }) => threat.startsWith(off.threat)).length, off.threat).toBe(1);
      expect(off.edits.length, off.threat).toBeGreaterThan(0);
      for (const { file, find, replace } of off.edits) {
        expect(readFileSync(join(ROOT, file), 'utf8').split(find).length - 1, `${off.threat}: ${file}: ${find}`).toBe(1);
        expect(replace, `${off.threat}: ${file}`).not.toBe(find);
      }
    }
  });
});
