import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { styleHashSource, stylesheetLink } from '../../src/shared/markup/inline-style.ts';

/** The popup's page as packaged, whose stylesheet the service worker may inline. */
export const POPUP_PAGE = 'src/popup/index.html';

/**
 * Chrome's service worker serves the popup's page with the cached tickets in it, and with its
 * stylesheet inline, so that the first frame waits for no other file (background/popup-page.ts,
 * docs/PERFORMANCE.md). The policy allows that stylesheet, and only it, by its hash: any other
 * inline style stays refused.
 */
export function popupStyleHash(): Plugin {
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
