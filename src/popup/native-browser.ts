/**
 * Stands in for webextension-polyfill in the boot script only (build/plugins/boot-script.ts aliases it
 * there). That script must be tiny, and the app loads the polyfill anyway; the APIs it touches
 * (storage.local/session.get and i18n.getMessage/getUILanguage) return promises or values
 * natively in every browser this extension supports: Chrome 116+ (MV3 promises on `chrome`)
 * and Firefox 140+ (`browser`).
 */
import type { Browser } from 'webextension-polyfill';

const native = globalThis as unknown as { browser?: Browser; chrome: Browser };

export default native.browser ?? native.chrome;
