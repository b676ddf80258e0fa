/**
 * Builds the extension: Chrome and Edge into dist/, Firefox (TARGET_BROWSER=firefox) into
 * dist-firefox/, and `--mode sandbox` builds against the local Zoho sandbox into their own
 * folders. The manifest and the plugins live in build/; docs/ARCHITECTURE.md tells why each
 * plugin exists.
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, loadEnv } from 'vite';
import { manifestFor, type TargetBrowser } from './build/manifest.ts';
import { benchPages } from './build/plugins/bench-pages.ts';
import { bootScript } from './build/plugins/boot-script.ts';
import { popupStyleHash } from './build/plugins/popup-style-hash.ts';
import { SANDBOX_ENV } from './build/sandbox-env.ts';
import { resolveBuildConfig } from './src/shared/build-config.ts';

const SHARED = /node_modules[\\/]webextension-polyfill|src[\\/](shared|ui)[\\/].*\.ts$/;
// With Preact: the components of src/ui, and the popup's pieces that its later parts (the
// ticket, the consent prompt) share with the list, rather than a small chunk each.
const UI = /node_modules[\\/]preact|src[\\/](ui[\\/].*\.tsx|popup[\\/](markup-vnode|ErrorNoticeLater|use-later)\.tsx?)$/;
/** Shared by the worker and the settings page, or loaded by the popup only when needed. */
const NOT_AT_OPEN =
  /src[\\/](shared[\\/](storage[\\/]settings|zoho[\\/]scopes|words[\\/](error-text|duration|plain-text)|notification-kinds)\.ts|ui[\\/]ErrorNotice\.tsx)$/;

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
      bootScript(defines, target),
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
      // Fewer files for a page to wait for (docs/PERFORMANCE.md): the framework-free modules that
      // more than one entry uses in one chunk, and Preact with the pages' common components in
      // another, which the worker never loads. A module only one entry uses stays in that entry's
      // chunk, and so do those the popup never loads as it opens (NOT_AT_OPEN): every page that
      // loads a chunk loads all of it.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'shared', test: (id: string) => SHARED.test(id) && !NOT_AT_OPEN.test(id), minShareCount: 2, priority: 2 },
              { name: 'ui', test: (id: string) => UI.test(id) && !NOT_AT_OPEN.test(id), minShareCount: 2, priority: 1 },
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
