/**
 * The production and sandbox builds the packaging and store-gate tests read, made once before
 * any unit test runs (vitest's globalSetup), in test/output/package/. The other tests that
 * build make their own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Builds } from '../../scripts/package.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test/output/package');
export const PRODUCTION: Builds = { chrome: join(OUT, 'chrome'), firefox: join(OUT, 'firefox') };
export const SANDBOX: Builds = { chrome: join(OUT, 'chrome-sandbox'), firefox: join(OUT, 'firefox-sandbox') };

export type Manifest = Record<string, unknown>;
export const manifestIn = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/**
 * A production build with the default configuration, whatever VITE_ZOHO_* the caller has set;
 * a sandbox build with the sandbox's origins, as `npm run build:sandbox` makes it.
 */
function build(browser: 'chrome' | 'firefox', mode: 'production' | 'sandbox', outDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', TARGET_BROWSER: browser };
  for (const name of ['VITE_ZOHO_CLIENT_ID', 'VITE_ZOHO_ACCOUNTS_URL', 'VITE_ZOHO_DESK_URL']) {
    if (mode === 'production') env[name] = '';
    else delete env[name];
  }
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', outDir, '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit', env },
  );
}

/**
 * vitest's globalSetup: the four builds, before the tests that read them start. PACKAGE_BUILDS=none
 * skips them, for a run of tests that read none (test/mutation/switch-off.ts).
 */
export default function setup(): void {
  if (process.env['PACKAGE_BUILDS'] === 'none') return;
  build('chrome', 'production', PRODUCTION.chrome);
  build('firefox', 'production', PRODUCTION.firefox);
  build('chrome', 'sandbox', SANDBOX.chrome);
  build('firefox', 'sandbox', SANDBOX.firefox);
}
