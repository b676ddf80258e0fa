/**
 * The Firefox add-on, built from the same sources, in Debian's Firefox ESR against
 * the sandbox: consent prompt, sign-in, tickets, silent renewal, revoke.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from '../../build/plugins/boot-script.ts';
import { BOOT_GLOBAL } from '../../src/popup/boot.ts';
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from '../sandbox/endpoints.ts';
import { type Sandbox, startSandbox } from '../sandbox/server.ts';
import { firefoxRedirectUri } from '../sandbox/state.ts';
import { type FirefoxExtension, launchFirefox, pageMatching, textOf, until } from '../support/firefox.ts';

let sandbox: Sandbox;
let firefox: FirefoxExtension;

beforeAll(async () => {
  sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  sandbox.state.reset();
  firefox = await launchFirefox();
  // As in the Chromium tests: the badge's refresh after sign-in would take the sandbox's
  // one-shot faults meant for the popup.
  const settings = await firefox.open('src/options/index.html');
  await settings.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({
      settings: { badgeMinutes: 0 },
    }),
  );
  await settings.close();
});
afterEach(async () => {
  await firefox?.close();
});

/**
 * Clicks the button whose text is `name`, with real input events: a permission request
 * needs the user's gesture, which a scripted click() does not carry.
 */
async function press(page: Page, name: string): Promise<void> {
  await until(page, (label) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label), name);
  await page.click(`button::-p-text(${name})`);
}

async function signIn(popup: Page): Promise<void> {
  await press(popup, 'Sign in with Zoho');
  const zoho = await pageMatching(firefox.browser, /\/oauth\/v2\/auth/);
  await until(zoho, () => document.querySelector('button[value="accept"]') !== null);
  await zoho.click('button[value="accept"]');
  await until(popup, () => document.querySelector('ul.tickets li') !== null);
}

describe('Firefox', () => {
  it('shows the consent prompt, signs in with the Firefox redirect URI, lists tickets, revokes', async () => {
    const popup = await firefox.open('src/popup/index.html');
    await until(popup, () => document.body.innerText.includes('Sign in with Zoho'));
    const consent = await textOf(popup);
    expect(consent).toContain('Connect to Zoho Desk');
    expect(consent).toContain('Desk.tickets.READ');

    await signIn(popup);
    const auth = sandbox.state.log.find((r) => r.path === '/oauth/v2/auth');
    expect(auth?.query['redirect_uri']).toBe(firefoxRedirectUri());
    expect(auth?.query['code_challenge_method']).toBe('S256');
    expect(await textOf(popup)).toContain('#130');

    // The boot script, with Firefox's own promise API: run once more on an emptied page
    // (the app adopted its first drawing already), it draws the cached tickets again.
    const again = await firefox.open('src/popup/index.html');
    // The app has taken over its own first drawing before the page is emptied.
    await until(again, () => document.querySelector('#app .tickets-view:not([inert]) ul.tickets li') !== null);
    // And has its answer: a re-render after the page is emptied would fill #app before the script.
    await until(again, () => /^updated /.test(document.querySelector('header.bar .tools')?.textContent?.trim() ?? ''));
    await again.evaluate(
      (path, handshake) => {
        delete (globalThis as Record<string, unknown>)[handshake];
        document.getElementById('app')!.replaceChildren();
        const script = document.createElement('script');
        script.src = `/${path}`;
        document.head.append(script);
      },
      BOOT_SCRIPT,
      BOOT_GLOBAL,
    );
    await until(again, () => document.querySelectorAll('#app .tickets-view[inert] ul.tickets li').length > 0);
    expect(await again.$eval('#app [elementtiming="first-ticket"]', (number) => number.textContent)).toBe('#130');
    await again.close();

    const session = await popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { session: { get(): Promise<Record<string, unknown>> } } } }
      ).browser.storage.session.get(),
    );
    expect(session).toHaveProperty('token');

    const settings = await firefox.open('src/options/index.html');
    await until(settings, () => document.body.innerText.includes('Signed in'));
    // The redirect URI to register, in its read-only field labelled "Redirect URI".
    const shown = await settings.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('input[readonly]');
      return { label: field?.labels?.[0]?.textContent, value: field?.value };
    });
    expect(shown).toEqual({ label: 'Redirect URI', value: firefoxRedirectUri() });
    await press(settings, 'Revoke access');
    await until(settings, () => document.body.innerText.includes('Access revoked'));
    expect(sandbox.state.log.some((r) => r.path === '/oauth/v2/token/revoke')).toBe(true);

    await popup.evaluate(() => location.reload());
    await until(popup, () => document.body.innerText.includes('Sign in with Zoho'));
  });

  it('renews silently by redirect, without Chrome’s non-interactive options (Firefox rejects them)', async () => {
    const popup = await firefox.open('src/popup/index.html');
    await signIn(popup);
    // The token now runs out within 60 s, as an hour-old one would.
    await popup.evaluate(async () => {
      const area = (
        globalThis as unknown as {
          browser: {
            storage: { session: { get(key: string): Promise<Record<string, { expiresAt: number }>>; set(items: object): Promise<void> } };
          };
        }
      ).browser.storage.session;
      const { token } = await area.get('token');
      await area.set({ token: { ...token, expiresAt: Date.now() + 30_000 } });
    });
    await press(popup, 'Refresh');
    // A second authorization, without a window.
    await until(popup, () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Refresh' && !b.disabled));
    await expect.poll(() => sandbox.state.log.filter((r) => r.path === '/oauth/v2/token').length).toBe(2);
    expect(sandbox.state.log.filter((r) => r.path === '/oauth/v2/approve')).toHaveLength(1);
  });

  it('ends the session cleanly when Zoho will not renew', async () => {
    const popup = await firefox.open('src/popup/index.html');
    await signIn(popup);
    sandbox.state.configure({ silentRenewal: 'refuse', deskFaults: [{ status: 401, errorCode: 'INVALID_OAUTH', invalidateToken: true }] });
    await press(popup, 'Refresh');
    await until(popup, () => document.body.innerText.includes('Your Zoho session ended'), '', 30_000);
    expect(await popup.$$eval('ul.tickets li', (items) => items.length)).toBeGreaterThan(0);
  });
});
