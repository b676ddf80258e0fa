/**
 * Size budgets, measured on a production build (deterministic, so a test; speed is for the
 * benchmark). On failure the table of sizes is printed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleHashSource, stylesheetLink } from '../../src/shared/markup/inline-style.ts';
import { BUDGETS, type EntrySize, measureBudgets } from '../support/bundle-size.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test/output/dist-production');
let sizes: Record<keyof typeof BUDGETS, EntrySize>;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', OUT, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // NODE_ENV as `npm run build` has it: Vitest sets it to 'test', which builds Preact's
    // debugging branches in and measures a bundle that never ships.
    env: { ...process.env, NODE_ENV: 'production', VITE_ZOHO_CLIENT_ID: '', VITE_ZOHO_ACCOUNTS_URL: '', VITE_ZOHO_DESK_URL: '' },
  });
  sizes = measureBudgets(OUT);
}, 60_000);

describe('size budgets (gzip, what each page loads when it opens)', () => {
  it.each(Object.keys(BUDGETS) as (keyof typeof BUDGETS)[])('%s', (name) => {
    const table = Object.entries(sizes)
      .map(
        ([key, size]) =>
          `${key.padEnd(10)} ${(size.gzipBytes / 1024).toFixed(1).padStart(6)} KB of ${BUDGETS[key as keyof typeof BUDGETS].gzipBytes / 1024} KB  (${size.files.join(', ')})`,
      )
      .join('\n');
    expect(sizes[name].files.length, table).toBeGreaterThan(1);
    expect(sizes[name].gzipBytes, `over budget:\n${table}`).toBeLessThanOrEqual(BUDGETS[name].gzipBytes);
  });

  it('counts the app the popup loads right after its first frame, and Preact with it', () => {
    expect(sizes.popup.files).toEqual(expect.arrayContaining([expect.stringMatching(/start-app/), expect.stringMatching(/boot\.js$/)]));
    expect(sizes.popup.files.some((file) => /assets\/ui-/.test(file))).toBe(true);
  });

  it('keeps DOMPurify out of what the popup loads when it opens', () => {
    expect(sizes.popup.files.some((file) => /TicketDetail|sanitize|purify/i.test(file))).toBe(false);
  });
});

describe("the production build's content security policy", () => {
  it('allows inline exactly the popup stylesheet, by its hash, which the worker serves inline', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    const policy = manifest.content_security_policy.extension_pages;
    const page = readFileSync(join(OUT, 'src/popup/index.html'), 'utf8');
    const href = stylesheetLink(page)?.href;
    expect(href).toBeDefined();
    const hash = createHash('sha256')
      .update(readFileSync(join(OUT, href!)))
      .digest('base64');
    expect(policy.split('; ').find((directive) => directive.startsWith('style-src'))).toBe(`style-src 'self' ${styleHashSource(hash)}`);
    expect(policy).not.toMatch(/unsafe-inline/);
  });
});
