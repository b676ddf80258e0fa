/**
 * What a broken or hostile Zoho sends, as the user sees it: never a blank page, the tickets
 * kept, long messages cut with a way to the whole, and no sign-in on a mixed-up redirect.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TICKET_CACHE_KEY } from '../../src/shared/storage/ticket-cache-layout.ts';
import { MAX_DESK_BYTES } from '../../src/shared/zoho/bounded-body.ts';
import { TEXT_LIMITS } from '../../src/shared/zoho/parse.ts';
import { SANDBOX_DESK_URL } from '../sandbox/endpoints.ts';
import { rows, signIn, startSignIn, useHarness } from './harness.ts';

const h = useHarness();
const ABSURD = '99999999999999999';

/** Errors thrown in a page and not caught: a blank popup starts with one. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

async function signedIn(): Promise<Page> {
  const popup = await h.browser.openPopup();
  await signIn(h, popup);
  return popup;
}

const newest = (popup: Page) => popup.getByRole('button', { name: /^#130 / });

describe('never blank, whatever Zoho sends', () => {
  it('lists a ticket whose times are out of range, and opens it, now and from the cache', async () => {
    h.sandbox.state.configure({ ticketPatch: { createdTime: ABSURD, dueDate: ABSURD }, threadPatch: { createdTime: ABSURD } });
    const popup = await signedIn();
    const errors = pageErrors(popup);
    expect(await newest(popup).isVisible()).toBe(true);
    // Opened again, the popup draws its first frame from the cached list that holds it.
    await popup.reload();
    await expect.poll(() => newest(popup).isVisible()).toBe(true);
    await newest(popup).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Conversation' }).isVisible()).toBe(true);
    expect(await popup.locator('.thread').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('opens with a cached list that holds a time no date can hold, drawn without a failure', async () => {
    const popup = await signedIn();
    await h.browser.worker.evaluate(
      async ({ key, absurd }) => {
        const cache = (await chrome.storage.session.get(key))[key] as Record<
          string,
          { tickets: { createdTime: number; dueDate: number }[] }
        >;
        for (const listing of Object.values(cache))
          for (const ticket of listing.tickets) Object.assign(ticket, { createdTime: absurd, dueDate: absurd });
        await chrome.storage.session.set({ [key]: cache });
      },
      { key: TICKET_CACHE_KEY, absurd: Number(ABSURD) },
    );
    const errors = pageErrors(popup);
    await popup.reload();
    await expect.poll(() => newest(popup).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Settings' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps Revoke access on the settings page whatever the token’s expiry says', async () => {
    await signedIn();
    await h.browser.worker.evaluate(async (absurd) => {
      const { token } = await chrome.storage.session.get('token');
      await chrome.storage.session.set({ token: { ...(token as object), expiresAt: absurd } });
    }, Number(ABSURD));
    const settings = await h.browser.openOptions();
    const errors = pageErrors(settings);
    const revoke = settings.getByRole('button', { name: 'Revoke access' });
    await expect.poll(() => revoke.isVisible()).toBe(true);
    await revoke.click();
    await expect.poll(() => settings.getByText('Access revoked').first().isVisible()).toBe(true);
    expect(h.sandbox.state.log.some((r) => r.path === '/oauth/v2/token/revoke')).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('bounded work', () => {
  it('refuses an oversized answer with words, and keeps the tickets', async () => {
    const popup = await signedIn();
    const before = await rows(popup).count();
    h.sandbox.state.configure({
      deskFaults: [{ path: '/api/v1/tickets', status: 200, body: `{"data":["${'x'.repeat(MAX_DESK_BYTES)}"]}` }],
    });
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/too large to read safely/);
    expect(await rows(popup).count()).toBe(before);
  });

  it('shows a message past its cap cut, with the way to read it whole in Zoho Desk', async () => {
    h.sandbox.state.configure({ threadPatch: { content: `<p>${'long words '.repeat(TEXT_LIMITS.html / 10)}</p>` } });
    const popup = await signedIn();
    await newest(popup).click();
    await expect.poll(() => popup.getByText('This message is longer than shown here.').first().isVisible()).toBe(true);
    const whole = popup.getByRole('link', { name: 'Read it whole in Zoho Desk' }).first();
    expect(await whole.getAttribute('href')).toMatch(new RegExp(`^${SANDBOX_DESK_URL}/support/zylker/`));
  });
});

describe('links and redirects', () => {
  it('never leads Open in Zoho Desk off the Desk in use', async () => {
    h.sandbox.state.configure({ ticketPatch: { webUrl: 'https://evil.example/support/zylker' } });
    const popup = await signedIn();
    await newest(popup).click();
    const open = popup.getByRole('link', { name: 'Open in Zoho Desk' });
    await expect.poll(() => open.isVisible()).toBe(true);
    expect(await open.getAttribute('href')).toMatch(new RegExp(`^${SANDBOX_DESK_URL}/support/zylker/ShowHomePage\\.do#Cases/dv/\\d+$`));
  });

  it('refuses a mix-up: a redirect whose iss names another data center exchanges nothing', async () => {
    h.sandbox.state.configure({ redirectIss: 'https://accounts.zoho.eu' });
    const popup = await h.browser.openPopup();
    const zoho = await startSignIn(h, popup);
    await zoho.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/failed a security check/);
    expect(h.sandbox.state.log.filter((r) => r.path === '/oauth/v2/token')).toEqual([]);
  });
});
