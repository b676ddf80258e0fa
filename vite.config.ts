/**
 * Builds the extension: Chrome/Edge into dist/, Firefox (TARGET_BROWSER=firefox) into
 * dist-firefox/, and sandbox builds (`--mode sandbox`) into dist-sandbox/ and
 * dist-firefox-sandbox/. The manifest's version comes from package.json, and its
 * host permissions and content security policy from the VITE_ZOHO_* origins, validated here
 * so that a bad origin fails the build instead of the user's first sign-in.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { GECKO_ID, resolveBuildConfig, type BuildConfig } from './src/shared/build-config.ts';

export { GECKO_ID };
import { allZohoOrigins } from './src/shared/data-centers.ts';
import { styleHashSource, stylesheetLink } from './src/shared/inline-style.ts';
import { hostPattern } from './src/shared/origins.ts';
import { SANDBOX_ENV } from './test/sandbox/endpoints.ts';

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
  const { key: _key, minimum_chrome_version: _min, background, ...rest } = manifest;
  const worker = (background as { service_worker: string }).service_worker;
  return {
    ...rest,
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
const FIREFOX_TEST_ACCESS = [
  { resources: ['src/popup/index.html', 'src/options/index.html'], matches: ['http://127.0.0.1/*'] },
];

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
  const manifest = {
    ...baseManifest,
    version: pkg.version,
    host_permissions: [...new Set(required.map(hostPattern))],
    optional_host_permissions: [...new Set(optional.map(hostPattern))],
    content_security_policy: { extension_pages: csp },
  };
  if (browser !== 'firefox') return manifest as ManifestV3Export;
  return { ...forFirefox(manifest), ...(testAccess ? { web_accessible_resources: FIREFOX_TEST_ACCESS } : {}) } as ManifestV3Export;
}

/** The popup's page as packaged, whose stylesheet the service worker may inline. */
const POPUP_PAGE = 'src/popup/index.html';

/**
 * Chrome's service worker serves the popup's page with the cached tickets in it, and with its
 * stylesheet inline, so that the first frame waits for no other file (background/popup-page.ts,
 * docs/PERFORMANCE.md). The policy allows that stylesheet, and only it, by its hash: any other
 * inline style stays refused.
 */
function popupStyleHash(): Plugin {
  return {
    name: 'popup-style-hash',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[POPUP_PAGE];
        const manifest = bundle['manifest.json'];
        if (page?.type !== 'asset' || manifest?.type !== 'asset') return this.error('popup page or manifest missing from the bundle');
        const href = stylesheetLink(String(page.source))?.href.replace(/^\//, '');
        const stylesheet = href ? bundle[href] : undefined;
        if (stylesheet?.type !== 'asset') return this.error(`the popup's stylesheet ${href} is missing from the bundle`);
        const css = String(stylesheet.source);
        if (/<\/style/i.test(css)) return this.error('the popup stylesheet cannot be inlined: it contains </style');
        const parsed = JSON.parse(String(manifest.source)) as { content_security_policy: { extension_pages: string } };
        const hash = styleHashSource(createHash('sha256').update(css, 'utf8').digest('base64'));
        parsed.content_security_policy.extension_pages += `; style-src 'self' ${hash}`;
        manifest.source = `${JSON.stringify(parsed, null, 2)}\n`;
      },
    },
  };
}

/** The popup's first-frame script (src/popup/first-frame-script.ts), as the page loads it. */
export const FIRST_FRAME_SCRIPT = 'src/popup/first-frame.js';

/**
 * Bundles the popup's first-frame script on its own, as one classic script, and loads it first
 * in the popup's <head>, async (docs/PERFORMANCE.md). An async classic script runs as
 * soon as it arrives, waiting neither for the stylesheets nor for the parser; the app's module
 * graph runs only after parsing and after every module has been fetched. In it
 * webextension-polyfill resolves to the browser's own promise-based API (native-browser.ts),
 * so it stays a few KB and the polyfill is not loaded twice.
 */
function firstFrameScript(defines: Record<string, string>, target: string): Plugin {
  return {
    name: 'first-frame-script',
    apply: 'build',
    async generateBundle() {
      const bundle = await rolldown({
        input: resolve(import.meta.dirname, 'src/popup/first-frame-script.ts'),
        platform: 'browser',
        resolve: { alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/popup/native-browser.ts') } },
        transform: { define: defines, target },
      });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        this.emitFile({ type: 'asset', fileName: FIRST_FRAME_SCRIPT, source: output[0].code });
      } finally {
        await bundle.close();
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.path.endsWith(POPUP_PAGE)) return html;
        // First the first-frame script, then the stylesheet, which blocks the first paint; Vite
        // writes the stylesheet after the app's modules, and the browser fetches in that order.
        const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
        const first = `<script async src="/${FIRST_FRAME_SCRIPT}"></script>\n    ${stylesheets.join('    ').trim()}`;
        return stylesheets.reduce((page, link) => page.replace(link, ''), html).replace('</title>', `</title>\n    ${first}`);
      },
    },
  };
}

/**
 * Reference pages for `npm run bench`, emitted only in sandbox builds (the shipped extension
 * does not carry them): a blank extension page (same origin, no script), the floor every figure
 * is divided by; and the least any page that shows stored data can do: one async script that
 * reads storage.session and adds a line.
 */
function benchPages(enabled: boolean): Plugin {
  return {
    name: 'bench-pages',
    generateBundle() {
      if (!enabled) return;
      const page = (title: string, body: string) =>
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>${body}</html>\n`;
      this.emitFile({ type: 'asset', fileName: 'bench/blank.html', source: page('blank', '<p elementtiming="blank">.</p>') });
      this.emitFile({
        type: 'asset',
        fileName: 'bench/stored.html',
        source: page('stored', '<script async src="stored.js"></script><body></body>'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'bench/stored.js',
        source:
          "chrome.storage.session.get('ticketCache').then(() => {\n" +
          "  const line = document.createElement('p');\n" +
          "  line.setAttribute('elementtiming', 'stored');\n" +
          "  line.textContent = '.';\n" +
          '  document.documentElement.append(line);\n' +
          '});\n',
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  // `--mode sandbox` builds against the local Zoho sandbox (test/sandbox), for npm start and
  // the end-to-end tests. Variables set in the environment still win.
  const env = { ...(mode === 'sandbox' ? SANDBOX_ENV : {}), ...loadEnv(mode, process.cwd(), 'VITE_ZOHO_') };
  for (const [name, value] of Object.entries(env)) process.env[name] ??= value;
  const config = resolveBuildConfig(env);
  const installTime = Boolean(env.VITE_ZOHO_ACCOUNTS_URL || env.VITE_ZOHO_DESK_URL);
  // TARGET_BROWSER=firefox builds the Firefox add-on from the same sources.
  const browser: TargetBrowser = process.env['TARGET_BROWSER'] === 'firefox' ? 'firefox' : 'chrome';
  const defines = {
    'import.meta.env.TARGET_BROWSER': JSON.stringify(browser),
    'import.meta.env.VITE_ZOHO_CLIENT_ID': JSON.stringify(config.clientId),
    'import.meta.env.VITE_ZOHO_ACCOUNTS_URL': JSON.stringify(config.accountsUrl),
    'import.meta.env.VITE_ZOHO_DESK_URL': JSON.stringify(config.deskUrl),
  };
  const target = browser === 'firefox' ? 'firefox128' : 'chrome116';
  return {
    plugins: [
      preact(),
      firstFrameScript(defines, target),
      crx({ manifest: manifestFor(config, installTime, browser, mode === 'sandbox'), browser }),
      benchPages(mode === 'sandbox' && browser === 'chrome'),
      ...(browser === 'chrome' ? [popupStyleHash()] : []),
    ],
    define: defines,
    build: {
      // Sandbox builds (loopback origins, test-only pages) get folders of their own, so dist/
      // and dist-firefox/ only ever hold what `npm run build` makes, the builds that ship.
      outDir: `${browser === 'firefox' ? 'dist-firefox' : 'dist'}${mode === 'sandbox' ? '-sandbox' : ''}`,
      target,
      emptyOutDir: true,
      // No source maps in the shipped extension; bundles stay readable for store review.
      sourcemap: false,
      // Fewer files for a page to wait for (docs/PERFORMANCE.md): the shared modules that more than one
      // entry uses in one chunk, and Preact with the pages' common parts in another. A module
      // only one entry uses stays in that entry's chunk.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'shared', test: /node_modules[\\/]webextension-polyfill|src[\\/]shared[\\/]/, minShareCount: 2 },
              { name: 'ui', test: /node_modules[\\/]preact|src[\\/]ui[\\/]/, minShareCount: 2 },
            ],
          },
        },
      },
      // Chrome and Firefox both support modulepreload; the polyfill would be one more file.
      modulePreload: { polyfill: false },
    },
    // Lets the test suite run `vite build` without stray output from a dev server.
    server: { strictPort: true },
  };
});
