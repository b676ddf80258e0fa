/**
 * Debian's Firefox ESR with the sandbox build of the add-on (dist-firefox-sandbox/), driven by
 * puppeteer-core over WebDriver BiDi. BiDi will not navigate a tab to moz-extension:// pages,
 * so a tab first opens a sandbox page on 127.0.0.1 and that page navigates to the extension
 * page, which sandbox builds expose to 127.0.0.1 only (vite.config.ts, FIREFOX_TEST_ACCESS).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/shared/build-config.ts';
import { SANDBOX_DESK_URL } from '../sandbox/endpoints.ts';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox-sandbox');
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
/** Pinned through the extensions.webextensions.uuids pref, so the pages' URLs are known. */
const UUID = '3f1c1a52-7d0e-4c1e-9a55-2b1f6a0c9e11';

export interface FirefoxExtension {
  readonly browser: Browser;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Our environment less faketime's: Firefox ESR hangs at start under libfaketime 0.9.10, before it
 * prints even `--version`, so under `npm run test:any-date` it keeps the real clock while Node,
 * the sandbox and Chromium run on the faked one (docs/TESTING.md).
 */
function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')));
}

export async function launchFirefox(): Promise<FirefoxExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'desk-ext-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    env: withoutFaketime(process.env),
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(DIST_FIREFOX);
  return {
    browser,
    async open(path) {
      const page = await browser.newPage();
      await page.goto(`${SANDBOX_DESK_URL}/support/start`);
      await page.evaluate((url) => {
        location.href = url;
      }, `moz-extension://${UUID}/${path}`);
      await until(page, () => location.protocol === 'moz-extension:' && document.querySelector('#app > *') !== null);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The visible text of a page, for assertions by what a person reads. */
export function textOf(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/**
 * Polls `check` in the page until it answers true. puppeteer's waitForFunction does not
 * settle in Firefox's extension pages over BiDi (seen with Firefox ESR 153), plain evaluate does.
 */
export async function until(page: Page, check: (arg: string) => boolean, arg = '', timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch {
      // The page is navigating: try again.
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first tab whose URL matches, once the browser shows one (Zoho's sign-in window). */
export async function pageMatching(browser: Browser, pattern: RegExp, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await browser.pages()).find((page) => pattern.test(page.url()));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no tab matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
