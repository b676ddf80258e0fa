/**
 * `npm start`: the extension for real against the local Zoho sandbox, loaded from the sandbox
 * build (dist-sandbox/, which `npm start` builds first). With a display, Chromium opens with
 * the extension loaded and its popup page in a tab, for a newcomer to click through consent,
 * tickets and revoke. Without one, the same walk-through runs headless and writes screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from '../sandbox/endpoints.ts';
import { startSandbox } from '../sandbox/server.ts';
import { acceptOnZoho, type ExtensionBrowser, launchExtension, openZohoConsent } from './browser.ts';
import { words } from './catalogue.ts';

const OUT = resolve(import.meta.dirname, '../output/walkthrough');
const POPUP_SIZE = { width: 400, height: 600 };

async function interactive(browser: ExtensionBrowser, stop: () => Promise<void>): Promise<void> {
  const popup = await browser.openPopup();
  await popup.setViewportSize(POPUP_SIZE);
  console.log('Chromium is open with the extension loaded; its popup is in the first tab.');
  console.log('Pin "Desk Tickets" from the puzzle-piece menu to use the real toolbar popup.');
  console.log('Close the browser or press Ctrl+C to stop.');
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void browser.close().then(stop));
}

async function shoot(page: Page, name: string, shots: string[]): Promise<void> {
  const path = join(OUT, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
}

/** The same screen in the light and the dark theme (the pages follow the system's). */
async function shootBoth(page: Page, name: string, shots: string[]): Promise<void> {
  await shoot(page, `${name}-light`, shots);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, `${name}-dark`, shots);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function walkThrough(browser: ExtensionBrowser): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  const popup = await browser.openPopup();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.getByRole('button', { name: 'Sign in with Zoho' }).waitFor();
  await shoot(popup, 'consent', shots);

  const zoho = await openZohoConsent(browser, popup);
  await zoho.getByRole('button', { name: 'Accept' }).waitFor();
  await shoot(zoho, 'zoho-consent', shots);
  await acceptOnZoho(zoho, popup);
  await popup.getByRole('button', { name: /open$/ }).waitFor();
  await shootBoth(popup, 'tickets', shots);

  // The queue picker: a department, then one of its Zoho Desk views, with their counts.
  await popup.getByRole('button', { name: /^Department and view/ }).click();
  await popup.getByRole('button', { name: 'Billing', exact: true }).click();
  await popup.getByRole('button', { name: /^Refunds and invoices/ }).waitFor();
  await shootBoth(popup, 'queue', shots);
  // Picking a view applies it and closes the picker.
  await popup.getByRole('button', { name: /^My Open Tickets/ }).click();
  await popup.getByRole('button', { name: /My Open Tickets$/ }).waitFor();
  await popup.getByRole('list', { name: 'Tickets' }).getByRole('listitem').first().waitFor();
  await shoot(popup, 'view', shots);
  await popup.getByRole('button', { name: /^Department and view/ }).click();
  await popup.getByRole('button', { name: 'All departments', exact: true }).click();
  await popup.getByRole('button', { name: 'Custom filter', exact: true }).click();

  await popup.getByRole('button', { name: /#129/ }).click();
  await popup.getByText('Please see the screenshot.').waitFor();
  await shootBoth(popup, 'ticket-detail', shots);
  await popup.getByRole('button', { name: 'Back to the list' }).click();

  const settings = await browser.openOptions();
  await settings.getByRole('button', { name: 'Revoke access' }).waitFor();
  await shootBoth(settings, 'settings', shots);
  await settings.getByRole('button', { name: 'Revoke access' }).click();
  await settings.getByText(/Access revoked/).waitFor();
  await shoot(settings, 'revoked', shots);

  await popup.reload();
  await popup.getByRole('button', { name: 'Sign in with Zoho' }).waitFor();
  await shoot(popup, 'consent-again', shots);
  return shots;
}

/**
 * The same extension in another language (docs/LANGUAGES.md): consent, the tickets, a ticket and
 * settings, in a browser started in `lang`, each screen's name prefixed with it.
 */
/** A ticket written in the language, to open: the Japanese one is on hold. */
const TICKET_IN: Record<string, { subject: RegExp; status: 'statusOpen' | 'statusOnHold' }> = {
  ar: { subject: /لا يمكنني تنزيل الفاتورة/, status: 'statusOpen' },
  ja: { subject: /ログインできません/, status: 'statusOnHold' },
};

async function walkThroughIn(lang: string, shots: string[]): Promise<void> {
  const w = words(lang);
  const browser = await launchExtension({ lang });
  try {
    const popup = await browser.openPopup();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByRole('button', { name: w('signIn') }).waitFor();
    await shoot(popup, `${lang}-consent`, shots);
    await acceptOnZoho(await openZohoConsent(browser, popup, lang), popup, lang);
    await popup.locator('p.workload button').first().waitFor();
    await shoot(popup, `${lang}-tickets`, shots);
    const ticket = TICKET_IN[lang] ?? { subject: /#130/, status: 'statusOpen' };
    await popup.getByRole('combobox', { name: w('filterStatus') }).selectOption({ label: w(ticket.status) });
    await popup.getByRole('button', { name: ticket.subject }).first().click();
    await popup.getByRole('button', { name: w('backToList') }).waitFor();
    await popup.getByRole('heading', { name: w('conversation') }).waitFor();
    await shoot(popup, `${lang}-ticket-detail`, shots);
    const settings = await browser.openOptions();
    await settings.getByRole('button', { name: w('revokeAccess') }).waitFor();
    await shoot(settings, `${lang}-settings`, shots);
  } finally {
    await browser.close();
  }
}

const sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
console.log(`Zoho sandbox: Accounts ${sandbox.accountsUrl}, Desk ${sandbox.deskUrl}`);
const hasDisplay = Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
const browser = await launchExtension({ headless: !hasDisplay });

if (hasDisplay) {
  await interactive(browser, async () => {
    await sandbox.close();
    process.exit(0);
  });
} else {
  try {
    console.log('No display: running the walk-through headless (consent, sign-in, tickets, revoke), then in Arabic and Japanese.');
    const shots = await walkThrough(browser);
    await browser.close();
    for (const lang of ['ar', 'ja']) await walkThroughIn(lang, shots);
    console.log('Screenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
