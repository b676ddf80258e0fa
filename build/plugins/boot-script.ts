import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import { POPUP_PAGE } from './popup-style-hash.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The popup's boot script (src/popup/boot-script.ts), as the page loads it. */
export const BOOT_SCRIPT = 'src/popup/boot.js';

/**
 * Bundles the popup's boot script on its own, as one classic script, and loads it first
 * in the popup's <head>, async (docs/PERFORMANCE.md). An async classic script runs as
 * soon as it arrives, waiting neither for the stylesheets nor for the parser; the app's module
 * graph runs only after parsing and after every module has been fetched. In it
 * webextension-polyfill resolves to the browser's own promise-based API (native-browser.ts),
 * so it stays a few KB and the polyfill is not loaded twice.
 */
export function bootScript(defines: Record<string, string>, target: string): Plugin {
  return {
    name: 'boot-script',
    apply: 'build',
    async generateBundle() {
      const bundle = await rolldown({
        input: resolve(ROOT, 'src/popup/boot-script.ts'),
        platform: 'browser',
        resolve: { alias: { 'webextension-polyfill': resolve(ROOT, 'src/popup/native-browser.ts') } },
        transform: { define: defines, target },
      });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        this.emitFile({ type: 'asset', fileName: BOOT_SCRIPT, source: output[0].code });
      } finally {
        await bundle.close();
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.path.endsWith(POPUP_PAGE)) return html;
        // First the boot script, then the stylesheet, which blocks the first paint; Vite
        // writes the stylesheet after the app's modules, and the browser fetches in that order.
        const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
        const first = `<script async src="/${BOOT_SCRIPT}"></script>\n    ${stylesheets.join('    ').trim()}`;
        return stylesheets.reduce((page, link) => page.replace(link, ''), html).replace('</title>', `</title>\n    ${first}`);
      },
    },
  };
}
