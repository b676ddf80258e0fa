/**
 * The store gate (scripts/store-check.ts): what `npm run package` refuses to zip, judged on the
 * real production and sandbox builds (builds.ts) and on changes to them.
 */
import { describe, expect, it } from 'vitest';
import { storeProblems } from '../../scripts/store-check.ts';
import { filesUnder } from '../../scripts/zip.ts';
import { type Manifest, manifestIn, PRODUCTION, SANDBOX } from './builds.ts';

describe('storeProblems', () => {
  const production = () => manifestIn(PRODUCTION.chrome);
  const policy = (manifest: Manifest) => (manifest['content_security_policy'] as { extension_pages: string }).extension_pages;
  const withPolicy = (manifest: Manifest, extra: string): Manifest => ({
    ...manifest,
    content_security_policy: { extension_pages: `${policy(manifest)} ${extra}` },
  });

  it('finds nothing wrong with the production builds', () => {
    expect(storeProblems(manifestIn(PRODUCTION.chrome), filesUnder(PRODUCTION.chrome))).toEqual([]);
    expect(storeProblems(manifestIn(PRODUCTION.firefox), filesUnder(PRODUCTION.firefox))).toEqual([]);
  });

  const csp = 'content_security_policy.extension_pages';
  const variants: [string, (manifest: Manifest) => Manifest, string][] = [
    ['an http Zoho origin in connect-src', (m) => withPolicy(m, 'http://desk.zoho.eu'), `${csp}: http://desk.zoho.eu is plain http`],
    ['the http: scheme in connect-src', (m) => withPolicy(m, 'http:'), `${csp}: http: is plain http`],
    ['localhost without a scheme', (m) => withPolicy(m, 'localhost:4010'), `${csp}: localhost:4010 is a loopback host`],
    ['an https loopback origin', (m) => withPolicy(m, 'https://127.0.0.1:4011'), `${csp}: https://127.0.0.1:4011 is a loopback host`],
    ['IPv6 loopback', (m) => withPolicy(m, 'https://[::1]:4011'), `${csp}: https://[::1]:4011 is a loopback host`],
    [
      'an http optional host',
      (m) => ({ ...m, optional_host_permissions: ['http://desk.zoho.com/*'] }),
      "optional_host_permissions[0]: http://desk.zoho.com/* is not one of Zoho's data centers",
    ],
    [
      'a host outside Zoho',
      (m) => ({ ...m, host_permissions: ['https://desk.example.com/*'] }),
      "host_permissions[0]: https://desk.example.com/* is not one of Zoho's data centers",
    ],
    [
      'every site, through permissions',
      (m) => ({ ...m, permissions: [...(m['permissions'] as string[]), '<all_urls>'] }),
      "permissions[6]: <all_urls> is not one of Zoho's data centers",
    ],
    [
      'pages exposed to web pages',
      (m) => ({ ...m, web_accessible_resources: [{ resources: ['src/popup/index.html'], matches: ['https://desk.zoho.com/*'] }] }),
      "web_accessible_resources: exposes the extension's pages to web pages",
    ],
  ];

  it.each(variants)('refuses %s', (_name, change, expected) => {
    expect(storeProblems(change(production()), filesUnder(PRODUCTION.chrome))).toContain(`manifest.json ${expected}`);
  });

  it('refuses the bench pages', () => {
    expect(storeProblems(production(), [...filesUnder(PRODUCTION.chrome), 'bench/stored.js'])).toEqual([
      'bench/stored.js: a test-only file',
    ]);
  });

  it('names each problem of the real sandbox builds', () => {
    const problems = [SANDBOX.chrome, SANDBOX.firefox].flatMap((dir) => storeProblems(manifestIn(dir), filesUnder(dir)));
    for (const reason of [
      /is plain http$/,
      /is a loopback host$/,
      /is not one of Zoho's data centers$/,
      /web_accessible_resources/,
      /^bench\/.*test-only/,
    ]) {
      expect(
        problems.some((problem) => reason.test(problem)),
        String(reason),
      ).toBe(true);
    }
  });
});

describe('storeProblems, on manifests made up for the case', () => {
  const policy = (extension_pages: string) => ({ content_security_policy: { extension_pages } });

  it('finds a problem wherever in the manifest it sits, and reads odd values without failing', () => {
    const nested = { web_accessible_resources: [{ resources: ['a.html'], matches: ['http://evil.example/*'] }], version: 3, author: null };
    expect(storeProblems(nested, [])).toContain(
      'manifest.json web_accessible_resources[0].matches[0]: http://evil.example/* is plain http',
    );
    expect(storeProblems({ permissions: [{ not: 'a string' }, 42], version_name: null }, [])).toEqual([]);
    expect(storeProblems({}, [])).toEqual([]);
  });

  it('sees the host behind credentials, and takes http only at a source’s start', () => {
    expect(storeProblems(policy("connect-src 'self' https://zoho@127.0.0.1:4011"), [])).toEqual([
      'manifest.json content_security_policy.extension_pages: https://zoho@127.0.0.1:4011 is a loopback host',
    ]);
    expect(storeProblems(policy("connect-src 'self' https://desk.zoho.eu/?next=http:"), [])).toEqual([]);
  });

  it('refuses a host among the optional permissions', () => {
    expect(storeProblems({ optional_permissions: ['notifications', 'https://evil.example/*'] }, [])).toEqual([
      "manifest.json optional_permissions[1]: https://evil.example/* is not one of Zoho's data centers",
    ]);
  });

  it('refuses the bench folder at the build’s top only', () => {
    expect(storeProblems({}, ['bench/blank.html', 'assets/bench/chart.js'])).toEqual(['bench/blank.html: a test-only file']);
  });
});
