/**
 * `npm run package`: deterministic zips, made for real from production builds (builds.ts), and a
 * refusal of any build made for the sandbox or the tests (scripts/store-check.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StoreRefusal, writePackages } from '../../scripts/package.ts';
import { storeProblems } from '../../scripts/store-check.ts';
import { filesUnder, zipDirectory } from '../../scripts/zip.ts';
import { allZohoOrigins } from '../../src/shared/zoho/data-centers.ts';
import { hostPattern } from '../../src/shared/zoho/origins.ts';
import { type Manifest, manifestIn, PRODUCTION, SANDBOX } from './builds.ts';

const ZOHO_PATTERNS = allZohoOrigins().map(hostPattern);

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'package-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>, time: number): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), time, time);
  }
  return dir;
}

const manifestOfZip = (files: Record<string, Uint8Array>): Manifest =>
  JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
/** Build file names carry content hashes, which differ between the two modes. */
const withoutHash = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '-[hash]$1');

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

describe('npm run package, on the production builds', () => {
  let out: string;
  let zips: Record<string, Record<string, Uint8Array>>;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'packages-'));
    const written = writePackages(PRODUCTION, out);
    zips = Object.fromEntries(written.map(({ path }) => [/desk-tickets-(\w+)-/.exec(path)![1]!, unzipSync(readFileSync(path))]));
    return () => rmSync(out, { recursive: true, force: true });
  });

  it('writes the Chrome, Firefox and sources zips', () => {
    expect(Object.keys(zips).sort()).toEqual(['chrome', 'firefox', 'sources']);
    expect(Object.keys(zips['sources']!)).toEqual(expect.arrayContaining(['BUILD.txt', 'package.json', 'vite.config.ts']));
  });

  it.each(['chrome', 'firefox'] as const)('zips exactly the %s build, with nothing made for the tests in it', (browser) => {
    const files = zips[browser]!;
    expect(Object.keys(files).sort()).toEqual(filesUnder(PRODUCTION[browser]));
    expect(Object.keys(files).filter((file) => file.startsWith('bench/'))).toEqual([]);
    const manifest = manifestOfZip(files);
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/http:/i);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/i);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const hosts = [...(manifest['host_permissions'] as string[]), ...(manifest['optional_host_permissions'] as string[])];
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((host) => !ZOHO_PATTERNS.includes(host))).toEqual([]);
    // The pages of what ships may connect to Zoho's data centers, and nowhere else.
    const policy = (manifest['content_security_policy'] as { extension_pages: string }).extension_pages;
    const connect = policy.split(/;\s*/).filter((part) => part.startsWith('connect-src '));
    expect(connect).toHaveLength(1);
    expect(connect[0]!.split(/\s+/).slice(1).sort()).toEqual(["'self'", ...allZohoOrigins()].sort());
  });

  it('leaves the key out of the Chrome zip only', () => {
    expect(manifestIn(PRODUCTION.chrome)).toHaveProperty('key');
    expect(manifestOfZip(zips['chrome']!)).not.toHaveProperty('key');
    const { key: _key, ...rest } = manifestIn(PRODUCTION.chrome);
    expect(manifestOfZip(zips['chrome']!)).toEqual(rest);
    expect(manifestOfZip(zips['firefox']!)).toEqual(manifestIn(PRODUCTION.firefox));
  });
});

describe('npm run package, on the sandbox builds', () => {
  it('refuses them, naming each problem, and writes no zip', () => {
    const out = join(tempDir(), 'packages');
    let refusal: unknown;
    try {
      writePackages(SANDBOX, out);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StoreRefusal);
    const { problems, message } = refusal as StoreRefusal;
    for (const expected of [
      'test/output/package/chrome-sandbox/manifest.json host_permissions[0]: http://127.0.0.1/* is plain http',
      'test/output/package/chrome-sandbox/manifest.json host_permissions[0]: http://127.0.0.1/* is a loopback host',
      "test/output/package/chrome-sandbox/manifest.json host_permissions[0]: http://127.0.0.1/* is not one of Zoho's data centers",
      'test/output/package/chrome-sandbox/bench/blank.html: a test-only file',
      "test/output/package/firefox-sandbox/manifest.json web_accessible_resources: exposes the extension's pages to web pages",
    ]) {
      expect(problems).toContain(expected);
      expect(message).toContain(expected);
    }
    expect(problems.some((problem) => /extension_pages: http:\/\/127\.0\.0\.1:\d+ is plain http/.test(problem))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it('finds every file the sandbox build adds to the production build', () => {
    const production = new Set(filesUnder(PRODUCTION.chrome).map(withoutHash));
    const added = filesUnder(SANDBOX.chrome).filter((file) => !production.has(withoutHash(file)));
    expect(added).toContain('bench/blank.html');
    const flagged = storeProblems({}, added);
    expect(added.filter((file) => !flagged.includes(`${file}: a test-only file`))).toEqual([]);
  });
});
