/**
 * The manifest each build ships: manifest.json plus the version from package.json, and the
 * host permissions and content security policy made from the configured Zoho origins. The
 * Firefox build reads the same manifest with its own few changes.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import { type BuildConfig, GECKO_ID } from '../src/shared/build-config.ts';
import { allZohoOrigins } from '../src/shared/zoho/data-centers.ts';
import { hostPattern } from '../src/shared/zoho/origins.ts';

/**
 * `installTime`: the origins given through VITE_ZOHO_*_URL, granted at install so the sandbox
 * and tests work without a prompt. Zoho's production hosts are otherwise optional: the user
 * grants the one data center they sign in to.
 */
export type TargetBrowser = 'chrome' | 'firefox';

/**
 * Firefox reads the same manifest with three changes: background scripts instead of a service
 * worker, a gecko id and minimum version, and no Chrome-only keys. 140 (an ESR) is the first
 * that knows data_collection_permissions; storage.session needs 115.
 */
function forFirefox(manifest: Record<string, unknown>): Record<string, unknown> {
  const { key: _key, minimum_chrome_version: _min, background, side_panel: sidePanel, permissions, ...rest } = manifest;
  const worker = (background as { service_worker: string }).service_worker;
  return {
    ...rest,
    // Chrome's side panel is Firefox's sidebar: the same page, opened from the same places.
    permissions: (permissions as string[]).filter((permission) => permission !== 'sidePanel'),
    sidebar_action: {
      default_panel: (sidePanel as { default_path: string }).default_path,
      default_title: '__MSG_actionTitle__',
      open_at_install: false,
    },
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // The add-on sends nothing to its developer: tickets go between the browser and Zoho only.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * Firefox's WebDriver BiDi refuses to navigate a tab to a moz-extension:// page, so the
 * Firefox end-to-end test reaches the popup and settings pages from a sandbox page on
 * 127.0.0.1. Only sandbox builds expose them; the shipped add-on does not.
 */
const FIREFOX_TEST_ACCESS = [{ resources: ['src/popup/index.html', 'src/options/index.html'], matches: ['http://127.0.0.1/*'] }];

export function manifestFor(
  config: BuildConfig,
  installTime: boolean,
  browser: TargetBrowser = 'chrome',
  testAccess = false,
): ManifestV3Export {
  const configured = [...new Set([config.accountsUrl, config.deskUrl])];
  const required = installTime ? configured : [];
  const optional = allZohoOrigins().filter((origin) => !required.includes(origin));
  // connect-src lists every origin the worker may call; nothing else can be fetched, and no
  // script but the extension's own can run (no eval, no remote code).
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "img-src 'self' data:",
    `connect-src 'self' ${[...new Set([...configured, ...optional])].join(' ')}`,
  ].join('; ');
  // A headless browser cannot answer a permission prompt: sandbox builds, which the tests load,
  // hold notifications from install, as they hold their hosts. The shipped builds ask for it
  // when the user turns notifications on (permissions.request), and give it back when off.
  const permissions = testAccess ? [...baseManifest.permissions, ...baseManifest.optional_permissions] : baseManifest.permissions;
  const optionalPermissions = testAccess ? [] : baseManifest.optional_permissions;
  const manifest = {
    ...baseManifest,
    permissions,
    optional_permissions: optionalPermissions,
    version: pkg.version,
    host_permissions: [...new Set(required.map(hostPattern))],
    optional_host_permissions: [...new Set(optional.map(hostPattern))],
    content_security_policy: { extension_pages: csp },
  };
  if (browser !== 'firefox') return manifest as ManifestV3Export;
  return { ...forFirefox(manifest), ...(testAccess ? { web_accessible_resources: FIREFOX_TEST_ACCESS } : {}) } as ManifestV3Export;
}
