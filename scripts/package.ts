/**
 * `npm run package`: store-ready zips in packages/, versioned from package.json.
 * - Chrome Web Store: the production build, without the manifest `key` (the store assigns its
 *   own id; the key only pins the id of unpacked installs);
 * - Firefox add-on: the production Firefox build;
 * - sources: every file git tracks, for the Firefox review of bundled add-ons, with the build
 *   instructions in BUILD.txt.
 * Both builds are checked first (store-check.ts): one with a loopback or http origin, exposed
 * pages, test-only files or a non-Zoho host is refused, and no zip is written.
 * The same sources give the same zips (test/unit/package.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { storeProblems } from './store-check.ts';
import { deterministicZip, filesUnder, zipDirectory } from './zip.ts';

const ROOT = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const BUILD_INSTRUCTIONS = `Desk Tickets for Zoho ${version}: how to build this add-on from these sources

Requirements: Node.js 20.19 or later, npm 10 or later (any OS).

  npm ci
  npm run package

The Firefox add-on is packages/desk-tickets-firefox-${version}.zip; its contents are the
dist-firefox/ folder. It is identical to the one submitted.
`;

/** The two build folders to zip. */
export interface Builds {
  readonly chrome: string;
  readonly firefox: string;
}

/** A build is not fit for a store; thrown before anything is written. */
export class StoreRefusal extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`refusing to package, ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'StoreRefusal';
  }
}

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

/** Every problem of both builds, each named with its build's folder. */
export function buildProblems(builds: Builds): string[] {
  return Object.values(builds).flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    return storeProblems(manifest, filesUnder(dir)).map((problem) => `${relative(ROOT, dir)}/${problem}`);
  });
}

/**
 * Writes the three zips for `builds` into `out` and answers each one's path and size. Throws
 * StoreRefusal, having written nothing, if either build has a problem.
 */
export function writePackages(builds: Builds, out: string): { path: string; bytes: number }[] {
  const problems = buildProblems(builds);
  if (problems.length > 0) throw new StoreRefusal(problems);
  const zips = {
    [`desk-tickets-chrome-${version}.zip`]: zipDirectory(builds.chrome, withoutKey),
    [`desk-tickets-firefox-${version}.zip`]: zipDirectory(builds.firefox),
    [`desk-tickets-sources-${version}.zip`]: sources(),
  };
  mkdirSync(out, { recursive: true });
  return Object.entries(zips).map(([name, data]) => {
    writeFileSync(join(out, name), data);
    return { path: join(out, name), bytes: data.length };
  });
}

function main(): void {
  build('chrome');
  build('firefox');
  try {
    const written = writePackages({ chrome: join(ROOT, 'dist'), firefox: join(ROOT, 'dist-firefox') }, join(ROOT, 'packages'));
    for (const { path, bytes } of written) console.log(`${relative(ROOT, path)}  ${(bytes / 1024).toFixed(1)} KB`);
  } catch (error) {
    if (!(error instanceof StoreRefusal)) throw error;
    console.error(`npm run package: ${error.message}`);
    console.error('The builds take VITE_ZOHO_* from the environment and .env files: use https Zoho origins, or none.');
    process.exitCode = 1;
  }
}

// `npm run package` runs this file; the unit test imports it and zips builds of its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
