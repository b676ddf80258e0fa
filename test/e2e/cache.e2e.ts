/** The cached list in the first frame, no call while fresh, one shared request. */
import { describe, expect, it } from 'vitest';
import { BOOT_GLOBAL } from '../../src/popup/boot.ts';
import { stopServiceWorker } from '../support/browser.ts';
import { ageCache, seedCache } from '../support/seed-cache.ts';
import { focusedRow, rows, signIn, ticketRequests, useHarness } from './harness.ts';

const h = useHarness();
const ticketCalls = () => ticketRequests(h).length;

async function signedInThenClosed(): Promise<void> {
  const popup = await h.browser.openPopup();
  await signIn(h, popup);
  await popup.close();
}

describe('the cached list', () => {
  it('is on screen before Zoho answers, then refreshed in the background', async () => {
    await signedInThenClosed();
    await ageCache(h.browser.worker, 60_000);
    h.sandbox.state.configure({ deskLatencyMs: 3000 });
    const calls = ticketCalls();
    const popup = await h.browser.openPopup();
    await expect.poll(() => rows(popup).count(), { timeout: 1500 }).toBeGreaterThan(0);
    // Zoho takes 3 s to answer, so what the user sees within 1.5 s came from the cache; the
    // refresh is under way meanwhile.
    await expect.poll(() => ticketCalls()).toBe(calls + 1);
    expect(await popup.getByText('Updating…').isVisible()).toBe(true);
    await expect.poll(() => popup.getByText(/^updated /).isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('makes no call while it is fresh', async () => {
    await signedInThenClosed();
    const calls = h.sandbox.state.log.filter((r) => r.server === 'desk').length;
    const popup = await h.browser.openPopup();
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    await expect.poll(() => popup.getByText(/^updated /).isVisible()).toBe(true);
    expect(h.sandbox.state.log.filter((r) => r.server === 'desk').length).toBe(calls);
  });

  it('makes exactly one call when it is stale', async () => {
    await signedInThenClosed();
    await ageCache(h.browser.worker, 31_000);
    const calls = ticketCalls();
    const popup = await h.browser.openPopup();
    await expect.poll(() => popup.getByText(/^updated now|^updated \d+ seconds? ago/).isVisible()).toBe(true);
    expect(ticketCalls()).toBe(calls + 1);
  });

  it('is fetched once for the popup and the badge alarm together', async () => {
    await h.browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { badgeMinutes: 5 }, filter: { status: 'open', owner: 'me', sort: 'newest' } }),
    );
    await signedInThenClosed();
    await ageCache(h.browser.worker, 60_000);
    h.sandbox.state.configure({ deskLatencyMs: 1500 });
    const calls = ticketCalls();
    await h.browser.worker.evaluate(() => chrome.alarms.create('badge', { when: Date.now() }));
    const popup = await h.browser.openPopup();
    await expect.poll(() => popup.getByText(/^updated /).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => h.browser.worker.evaluate(() => chrome.action.getBadgeText({}))).not.toBe('');
    expect(ticketCalls()).toBe(calls + 1);
  });
});

describe('the first frame', () => {
  it('shows the cached tickets drawn before the app, which adopts them where they were painted', async () => {
    await signedInThenClosed();
    const popup = await h.browser.context.newPage();
    // Records the first row put into #app, before any of the app's code has run.
    await popup.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const row = document.querySelector('#app button.ticket');
        if (!row) return;
        seen.disconnect();
        Object.assign(window, { firstDrawn: { row, inert: document.querySelector('#app [inert]') !== null } });
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(h.browser.url('src/popup/index.html'));
    await expect.poll(() => popup.getByText(/^updated /).isVisible()).toBe(true);
    const result = await popup.evaluate(async () => {
      const { firstDrawn } = window as unknown as { firstDrawn: { row: Element; inert: boolean } };
      // Where the first ticket's number was when it was first painted (Element Timing).
      const painted = await new Promise<PerformanceEntry & { element: Element | null; intersectionRect: DOMRectReadOnly }>((resolve) =>
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as unknown as { identifier: string }).identifier === 'first-ticket');
          if (entry) resolve(entry as never);
        }).observe({ type: 'element', buffered: true }),
      );
      const row = document.querySelector('#app button.ticket')!;
      const number = row.querySelector('.number')!;
      return {
        drawnInert: firstDrawn.inert,
        sameRow: firstDrawn.row === row,
        paintedIsNumber: painted.element === number,
        moved: Math.abs(number.getBoundingClientRect().top - painted.intersectionRect.top) > 1,
        inertNow: document.querySelector('[inert]') !== null,
      };
    });
    expect(result).toEqual({ drawnInert: true, sameRow: true, paintedIsNumber: true, moved: false, inertNow: false });
    expect(await rows(popup).first().getByRole('button').isEnabled()).toBe(true);
  });
});

describe('keys pressed early', () => {
  it('are kept until the app takes over: "/" and what follows reach the quick filter', async () => {
    await signedInThenClosed();
    const popup = await h.browser.context.newPage();
    // The app's modules are held back, as on a slow computer, until the keys have been pressed.
    const cdp = await h.browser.context.newCDPSession(popup);
    const held: string[] = [];
    cdp.on('Fetch.requestPaused', (event: { requestId: string }) => void held.push(event.requestId));
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*start-app*' }] });
    await popup.goto(h.browser.url('src/popup/index.html'), { waitUntil: 'commit' });
    // The tickets are on screen and the boot script runs, but the app has not taken over.
    await expect.poll(() => held.length).toBe(1);
    await popup.waitForFunction((handshake) => typeof (globalThis as Record<string, unknown>)[handshake] === 'object', BOOT_GLOBAL);
    await popup.keyboard.press('/');
    await popup.keyboard.type('lucy');
    expect(await popup.evaluate(() => document.querySelector('#app .tickets-view[inert]') !== null)).toBe(true);
    for (const requestId of held) await cdp.send('Fetch.continueRequest', { requestId });
    const quick = popup.getByRole('searchbox', { name: 'Filter loaded tickets' });
    await expect.poll(() => quick.inputValue()).toBe('lucy');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('quick-filter');
    await expect
      .poll(async () => {
        const texts = await rows(popup).allInnerTexts();
        return texts.length > 0 && texts.every((text) => text.includes('Lucy Carter'));
      })
      .toBe(true);
  });
});

describe('the popup page from the service worker', () => {
  it('comes with the cached tickets and its styles in it, hostile text as text', async () => {
    await signedInThenClosed();
    const popup = await h.browser.context.newPage();
    const refused: string[] = [];
    popup.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = (await popup.goto(h.browser.url('src/popup/index.html')))!;
    expect(response.fromServiceWorker()).toBe(true);
    const html = await response.text();
    // The first rows are in the page as it arrives: painted with it, before any script runs.
    expect(html).toMatch(/<div id="app"><div class="tickets-view" inert>.*elementtiming="first-ticket">#130</);
    // The sandbox's ticket #129 has a subject made of markup: it arrives escaped.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    await expect.poll(() => popup.getByText(/^updated /).isVisible()).toBe(true);
    expect(await popup.locator('#app img, #app script').count()).toBe(0);
    expect(h.dialogs).toEqual([]);
    // The stylesheet is inline, so the first frame waits for no other file; the policy allows
    // it by its hash, so it applies.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]*header\.bar/);
    expect(await popup.locator('header.bar').evaluate((bar) => getComputedStyle(bar).display)).toBe('flex');
    expect(refused).toEqual([]);
    // The served page is under the extension's policy all the same: any other inline style is
    // refused.
    const otherStyle = await popup.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(255, 0, 0); }';
      document.head.append(style);
      return getComputedStyle(document.body).color;
    });
    expect(otherStyle).not.toBe('rgb(255, 0, 0)');
    // And so is an inline script: markup that got into the page could not run.
    const inlineRan = await popup.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.head.append(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
    });
    expect(inlineRan).toBe(false);
  });

  it('opens with the cached tickets when the worker was stopped (as after 30 s idle)', async () => {
    await signedInThenClosed();
    await stopServiceWorker(h.browser);
    const page = await h.browser.context.newPage();
    const response = (await page.goto(h.browser.url('src/popup/index.html')))!;
    // Chrome starts the worker for the navigation, and it serves the page.
    expect(response.fromServiceWorker()).toBe(true);
    expect(await response.text()).toContain('elementtiming="first-ticket"');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/^updated /).isVisible()).toBe(true);
  });
});

describe('long lists', () => {
  it('shows the whole cached list, not only its first rows, while a stale one refreshes', async () => {
    await signedInThenClosed();
    await seedCache(h.browser.worker, 150, 60_000);
    h.sandbox.state.configure({ deskLatencyMs: 3000 });
    const popup = await h.browser.openPopup();
    // The first frame draws the stored first rows; the view then has all 150 long before Zoho
    // answers the refresh.
    await expect.poll(() => rows(popup).first().getAttribute('aria-setsize'), { timeout: 2000 }).toBe('150');
    expect(await popup.getByText('Updating…').isVisible()).toBe(true);
  });

  it('renders only the rows in view with 5,000 tickets, and stays usable', async () => {
    await signedInThenClosed();
    await seedCache(h.browser.worker, 5000);
    const popup = await h.browser.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    // The first frame has the cached head; the whole list follows from the background.
    await expect.poll(() => rows(popup).first().getAttribute('aria-setsize')).toBe('5000');
    expect(await rows(popup).count()).toBeGreaterThan(5);
    expect(await rows(popup).count()).toBeLessThan(60);

    await popup.locator('.scroll').evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect.poll(() => popup.getByText('Generated ticket 1', { exact: true }).isVisible()).toBe(true);

    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('#4242');
    await expect.poll(() => rows(popup).count()).toBe(1);

    // The keyboard walks past the rendered window.
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('');
    await popup.locator('.scroll').evaluate((element) => (element.scrollTop = 0));
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).press('ArrowDown');
    for (let i = 0; i < 40; i++) await popup.keyboard.press('j');
    await expect.poll(() => focusedRow(popup)).toContain('#4960');

    // Into that ticket and back: the same row has focus, scrolled where it was. The list is
    // mounted anew on the way back, and renders only the rows in view.
    const scrollTop = () => popup.locator('.scroll').evaluate((element) => element.scrollTop);
    const before = await scrollTop();
    expect(before).toBeGreaterThan(0);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Back to the list' }).waitFor();
    await popup.keyboard.press('Escape');
    await expect.poll(() => focusedRow(popup)).toContain('#4960');
    expect(await scrollTop()).toBe(before);
  });
});
