/**
 * Debian's Chromium with the sandbox build of the extension (dist-sandbox/) loaded, driven by
 * playwright-core. Used by the end-to-end tests, `npm start` and `npm run bench`. Playwright's
 * own browser download does not work here, so the executable is Debian's (`CHROME_PATH`
 * overrides it).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { words } from './catalogue.ts';

export const DIST = resolve(import.meta.dirname, '../../dist-sandbox');
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  url(path: string): string;
  openPopup(): Promise<Page>;
  /**
   * The real toolbar popup, opened with action.openPopup() (Chrome 127+). Playwright does not
   * list it among the context's pages; a second connection over CDP finds it
   * (docs/ZOHO.md, "Browser facts").
   */
  openToolbarPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The unpacked extension to load; the sandbox build (DIST) by default. */
  dist?: string;
  /** More Chromium switches. */
  args?: string[];
  /**
   * The browser's UI language, which picks the extension's _locales (e.g. 'de', 'ar'). On Linux
   * Chromium takes it from LANGUAGE as well as --lang, and has it only with the locale files of
   * Debian's chromium-l10n: without them `@@ui_locale` stays en_US and `@@bidi_dir` ltr.
   */
  lang?: string;
  /**
   * LANGUAGE, when it should not be `lang`: null leaves it unset. Chromium started with
   * `--lang=ar` alone has Arabic words under an English UI (getUILanguage() says en-US).
   */
  uiLanguage?: string | null;
  colorScheme?: 'light' | 'dark';
}

/**
 * The environment Chromium starts in: LANGUAGE as `options` say, the rest as ours. With none,
 * the locale is C, so that the UI falls back to en-US whatever this machine's own locale is.
 */
function browserEnv(options: LaunchOptions): { env?: Record<string, string | undefined> } {
  if (!options.lang && options.uiLanguage === undefined) return {};
  const { LANGUAGE: _ours, ...env } = process.env;
  const language = options.uiLanguage === undefined ? options.lang : options.uiLanguage;
  if (language) return { env: { ...env, LANGUAGE: language.replace('-', '_') } };
  const { LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = env;
  return { env: { ...rest, LANG: 'C.UTF-8' } };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const headless = options.headless ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'desk-ext-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    // Playwright's `headless` would pick the old mode; the new one runs extensions.
    headless: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${options.dist ?? DIST}`,
      `--load-extension=${options.dist ?? DIST}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      // A port for the second CDP connection that finds the real toolbar popup.
      '--remote-debugging-port=0',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.args ?? []),
    ],
    ...(options.lang ? { locale: options.lang } : {}),
    ...browserEnv(options),
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 900, height: 700 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;
  const connections: Browser[] = [];
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(url(path));
    return page;
  };
  return {
    context,
    extensionId,
    worker,
    url,
    openPopup: () => open('src/popup/index.html'),
    async openToolbarPopup() {
      await worker.evaluate(() => chrome.action.openPopup());
      const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      connections.push(cdp);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const popup = cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url() === url('src/popup/index.html'));
        if (popup) return popup;
        if (Date.now() > deadline) throw new Error('the toolbar popup did not open');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    openOptions: () => open('src/options/index.html'),
    close: async () => {
      await Promise.all(connections.map((connection) => connection.close().catch(() => undefined)));
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events, and waits
 * until it has. With no extension page open, the extension's renderer process then exits too.
 * Playwright's `worker` handle is gone afterwards.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string }[] }) => {
      if (versions.every((version) => version.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await page.close();
}

/** Presses "Sign in with Zoho" (in `lang`) in `popup`; answers Zoho's consent window once it has loaded. */
export async function openZohoConsent(browser: ExtensionBrowser, popup: Page, lang = 'en'): Promise<Page> {
  const [zoho] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.getByRole('button', { name: words(lang)('signIn') }).click(),
  ]);
  await zoho.waitForLoadState();
  return zoho;
}

/** Accepts on Zoho's consent page; answers when the popup lists the tickets. */
export async function acceptOnZoho(zoho: Page, popup: Page, lang = 'en'): Promise<void> {
  await zoho.getByRole('button', { name: 'Accept' }).click();
  await popup.getByRole('list', { name: words(lang)('tickets') }).waitFor();
}
