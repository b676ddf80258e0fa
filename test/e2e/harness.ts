/**
 * What every end-to-end test needs: the sandbox on the ports the sandbox build points to, a
 * fresh Chromium profile with the built extension for each test, and the user's moves.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { assertWithinContract } from '../contract/contract.ts';
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from '../sandbox/endpoints.ts';
import { type Sandbox, startSandbox } from '../sandbox/server.ts';
import { acceptOnZoho, type ExtensionBrowser, type LaunchOptions, launchExtension, openZohoConsent } from '../support/browser.ts';

export interface Harness {
  readonly sandbox: Sandbox;
  readonly browser: ExtensionBrowser;
  /** Dialogs (alert, confirm) any page opened: hostile ticket text must never open one. */
  readonly dialogs: string[];
}

/** `launch`: how each test's browser starts (its language, say). */
export function useHarness(launch: LaunchOptions = {}): Harness {
  const h = { dialogs: [] as string[] } as { sandbox: Sandbox; browser: ExtensionBrowser; dialogs: string[] };
  beforeAll(async () => {
    h.sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
  });
  afterAll(async () => {
    await h.sandbox?.close();
  });
  beforeEach(async () => {
    h.sandbox.state.reset();
    h.dialogs.length = 0;
    h.browser = await launchExtension(launch);
    h.browser.context.on('page', (page) => page.on('dialog', (dialog) => void h.dialogs.push(dialog.message())));
    // The badge refreshes right after sign-in, in parallel with the popup: its calls would take
    // the sandbox's one-shot faults meant for the popup. Tests of the badge turn it back on.
    await h.browser.worker.evaluate(() => chrome.storage.local.set({ settings: { badgeMinutes: 0 } }));
  });
  afterEach(async () => {
    await h.browser?.close();
    // Every request the extension sent and every answer the sandbox gave, held to Zoho's contract.
    assertWithinContract(h.sandbox.state);
  });
  return h;
}

/** The popup's ticket rows, as a user finds them. */
export const rows = (popup: Page) => popup.getByRole('list', { name: 'Tickets' }).getByRole('listitem');

/**
 * The text of the ticket row that has focus, or '' when focus is anywhere else. Not the
 * focused element's text: while focus is on the page itself, that is every row's text.
 */
export const focusedRow = (popup: Page) =>
  popup.evaluate(() => (document.activeElement?.matches('button.ticket') ? (document.activeElement.textContent ?? '') : ''));

/** The ticket list requests the sandbox's Desk has answered, oldest first. */
export const ticketRequests = (h: Harness) => h.sandbox.state.log.filter((request) => request.path === '/api/v1/tickets');

/** Presses "Sign in with Zoho" and answers Zoho's consent window; returns that window. */
export function startSignIn(h: Harness, popup: Page): Promise<Page> {
  return openZohoConsent(h.browser, popup);
}

/** The whole sign-in as a user does it; answers when the ticket list is on screen. */
export async function signIn(h: Harness, popup: Page): Promise<void> {
  await acceptOnZoho(await startSignIn(h, popup), popup);
}

/** Runs axe-core in a page and answers its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; the
  // extension itself never loads it.
  await page.evaluate(source);
  const results = await page.evaluate(() =>
    (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Everything in the extension's storage areas, read from its service worker. */
export async function storageDump(h: Harness): Promise<Record<'local' | 'session' | 'sync', Record<string, unknown>>> {
  return h.browser.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
}
