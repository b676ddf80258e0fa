import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../build/manifest.ts';
import { resolveBuildConfig } from '../../src/shared/build-config.ts';
import { allZohoOrigins } from '../../src/shared/zoho/data-centers.ts';
import { extensionIdFromKey } from '../sandbox/state.ts';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_security_policy: { extension_pages: string };
  key: string;
};

const build = (env: Parameters<typeof resolveBuildConfig>[0]) =>
  manifestFor(resolveBuildConfig(env), Boolean(env.VITE_ZOHO_ACCOUNTS_URL || env.VITE_ZOHO_DESK_URL)) as unknown as Manifest;

describe('manifest', () => {
  it('asks for identity, storage, alarms, idle, the toolbar menu and the side panel only, notifications when turned on, with no content scripts', () => {
    const manifest = build({});
    expect(manifest.permissions).toEqual(['identity', 'storage', 'alarms', 'idle', 'contextMenus', 'sidePanel']);
    expect(manifest['optional_permissions']).toEqual(['notifications']);
    expect(manifest).not.toHaveProperty('content_scripts');
    // No web page can message it (another extension's messages arrive on onMessageExternal,
    // which nothing listens to), and no web page can load one of its pages.
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
  });

  it('asks for no Zoho host at install: every data center is optional', () => {
    const manifest = build({});
    expect(manifest.host_permissions).toEqual([]);
    expect(manifest.optional_host_permissions).toHaveLength(18);
    expect(manifest.optional_host_permissions).toContain('https://accounts.zohocloud.ca/*');
    expect(manifest.content_security_policy.extension_pages).toContain('https://desk.zoho.com.cn');
  });

  it('grants origins given through VITE_ZOHO_* at install, the others stay optional', () => {
    const manifest = build({ VITE_ZOHO_ACCOUNTS_URL: 'https://accounts.zoho.eu' });
    expect(manifest.host_permissions).toEqual(['https://accounts.zoho.eu/*', 'https://desk.zoho.eu/*']);
    expect(manifest.optional_host_permissions).toContain('https://accounts.zoho.com/*');
    expect(manifest.optional_host_permissions).not.toContain('https://desk.zoho.eu/*');
    expect(manifest.optional_host_permissions).toHaveLength(16);
  });

  it('adds the loopback sandbox as a host permission when it is configured', () => {
    const manifest = build({ VITE_ZOHO_ACCOUNTS_URL: 'http://127.0.0.1:4010', VITE_ZOHO_DESK_URL: 'http://127.0.0.1:4011' });
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.content_security_policy.extension_pages).toContain('http://127.0.0.1:4010 http://127.0.0.1:4011');
  });

  it('allows no eval, no inline and no remote script', () => {
    const csp = build({}).content_security_policy.extension_pages;
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('lets its pages connect to Zoho’s data centers only', () => {
    for (const env of [{}, { VITE_ZOHO_ACCOUNTS_URL: 'https://accounts.zoho.eu' }]) {
      const directive = build(env)
        .content_security_policy.extension_pages.split(/;\s*/)
        .filter((part) => part.startsWith('connect-src '));
      expect(directive).toHaveLength(1);
      const [, ...sources] = directive[0]!.split(/\s+/);
      expect(sources.sort()).toEqual(["'self'", ...allZohoOrigins()].sort());
    }
  });

  it('pins the extension id with a public key, so the redirect URI never changes', () => {
    expect(extensionIdFromKey(build({}).key)).toBe('inidjmnhenfbcpmamgcemmfailgpgibe');
  });
});
