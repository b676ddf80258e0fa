/**
 * `npm run package`: store-ready zips in packages/, versioned from package.json.
 * - Chrome Web Store: the production build, without the manifest `key` (the store assigns its
 *   own id; the key only pins the id of unpacked installs);
 * - Firefox add-on: the production Firefox build;
 * - sources: every file git tracks, for the Firefox review of bundled add-ons, with the build
 *   instructions in BUILD.txt.
 * The same sources give the same zips (test/unit/package.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deterministicZip, zipDirectory } from './zip.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'packages');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const BUILD_INSTRUCTIONS = `Desk Tickets for Zoho ${version}: how to build this add-on from these sources

Requirements: Node.js 20.19 or later, npm 10 or later (any OS).

  npm ci
  npm run package

The Firefox add-on is packages/desk-tickets-firefox-${version}.zip; its contents are the
dist-firefox/ folder. It is identical to the one submitted.
`;

function build(browser: 'chrome' | 'firefox'): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TARGET_BROWSER: browser },
  });
}

function withoutKey(path: string, data: Uint8Array): Uint8Array {
  if (path !== 'manifest.json') return data;
  const { key: _key, ...manifest } = JSON.parse(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
}

function sources(): Uint8Array {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const files: Record<string, Uint8Array> = { 'BUILD.txt': Buffer.from(BUILD_INSTRUCTIONS) };
  for (const path of tracked) files[path] = readFileSync(join(ROOT, path));
  return deterministicZip(files);
}

mkdirSync(OUT, { recursive: true });
build('chrome');
build('firefox');
const written = {
  [`desk-tickets-chrome-${version}.zip`]: zipDirectory(join(ROOT, 'dist'), withoutKey),
  [`desk-tickets-firefox-${version}.zip`]: zipDirectory(join(ROOT, 'dist-firefox')),
  [`desk-tickets-sources-${version}.zip`]: sources(),
};
for (const [name, data] of Object.entries(written)) {
  writeFileSync(join(OUT, name), data);
  console.log(`${join('packages', name)}  ${(data.length / 1024).toFixed(1)} KB`);
}
