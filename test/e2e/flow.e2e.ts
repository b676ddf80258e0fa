/**
 * Staying in the flow, in real Chromium against the sandbox: notifications for what the sandbox
 * plays (read back with chrome.notifications.getAll() in the worker), the side panel's page, and
 * the toolbar menu. Sandbox builds hold the notifications permission from install, because a
 * headless browser cannot answer its prompt (build/manifest.ts); asking for it and giving it
 * back is unit-tested (test/unit/notify.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoTickets, ME, ORGANIZATIONS } from '../sandbox/data.ts';
import { ageCache } from '../support/seed-cache.ts';
import { rows, signIn, useHarness } from './harness.ts';

const h = useHarness();
const notMine = demoTickets('http://x', ORGANIZATIONS[0]!, 30).filter((t) => t.assigneeId !== ME.id && t.statusType === 'Open');

async function signedIn(): Promise<Page> {
  await h.browser.worker.evaluate(() => chrome.storage.local.set({ settings: { badgeMinutes: 5 } }));
  const popup = await h.browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await signIn(h, popup);
  return popup;
}

const notifications = () => h.browser.worker.evaluate(() => chrome.notifications.getAll());
/** How many notifications are on screen. */
const shownCount = async () => Object.keys(await notifications()).length;

/** The badge alarm fires minutes later: the list is older than the freshness window. */
async function alarm(): Promise<void> {
  const before = h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets').length;
  await ageCache(h.browser.worker, 60_000);
  await h.browser.worker.evaluate(() => chrome.alarms.create('badge', { when: Date.now() + 50 }));
  await expect.poll(() => h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets').length).toBeGreaterThan(before);
  // The notifications are made after the list's answer: give them the moment they take.
  await new Promise((done) => setTimeout(done, 300));
}

describe('notifications', () => {
  it('are turned on in settings, learn on the first look, then notify a new ticket of mine, and group a burst', async () => {
    const popup = await signedIn();
    const settings = await h.browser.openOptions();
    await settings.getByRole('button', { name: 'Turn on notifications' }).click();
    await settings.getByText('Notifications are on.').waitFor();
    await popup.close();

    await alarm();
    expect(await notifications()).toEqual({});

    h.sandbox.state.configure({ reassign: { [notMine[0]!.id]: ME.id } });
    await alarm();
    await expect.poll(shownCount).toBe(1);

    h.sandbox.state.configure({
      reassign: Object.fromEntries([notMine[0]!, ...notMine.slice(1, 5)].map((ticket) => [ticket.id, ME.id])),
    });
    await alarm();
    // Four more at once: one notification for them all.
    await expect.poll(shownCount).toBe(2);

    // Revoke closes them all, and forgets where they lead.
    await settings.getByRole('button', { name: 'Revoke access' }).click();
    await expect.poll(shownCount).toBe(0);
    const targets = await h.browser.worker.evaluate(() => chrome.storage.session.get('notifyTargets'));
    expect(targets).toEqual({});
  });

  it('notify a customer reply on a ticket of mine, and none while snoozed', async () => {
    await signedIn();
    await h.browser.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: object };
      await chrome.storage.local.set({ settings: { ...settings, notificationsEnabled: true, notifyBreach: false } });
    });
    await alarm();
    const mine = demoTickets('http://x', ORGANIZATIONS[0]!, 30).find(
      (t) => t.assigneeId === ME.id && t.statusType === 'Open' && t.lastThread.direction === 'out',
    )!;
    h.sandbox.state.configure({ customerReplied: { [mine.id]: Date.now() - 60_000 } });
    await alarm();
    await expect.poll(shownCount).toBe(1);

    const settings = await h.browser.openOptions();
    await settings.getByRole('button', { name: 'Snooze for 1 hour' }).click();
    await settings.getByText(/^Snoozed until /).waitFor();
    h.sandbox.state.configure({ customerReplied: { [mine.id]: Date.now() - 60_000 }, reassign: { [notMine[0]!.id]: ME.id } });
    await alarm();
    expect(await shownCount()).toBe(1);
  });
});

describe('the side panel', () => {
  it('is the popup’s page, full size, listing the tickets, and asks again when shown again', async () => {
    await signedIn();
    const options = await h.browser.worker.evaluate(() => chrome.sidePanel.getOptions({}));
    expect(options).toMatchObject({ path: 'src/popup/index.html?panel', enabled: true });

    const panel = await h.browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(h.browser.url('src/popup/index.html?panel'));
    await expect.poll(() => rows(panel).count()).toBeGreaterThan(0);
    expect(await panel.evaluate(() => document.documentElement.classList.contains('panel'))).toBe(true);
    // As wide and as tall as the panel: no popup-sized box.
    const box = await panel.locator('.tickets-view').boundingBox();
    expect(box?.width).toBe(360);
    expect(box?.height).toBe(900);
    // Its own way to the panel is not offered inside it.
    expect(await panel.getByRole('button', { name: 'Open in the side panel' }).count()).toBe(0);

    const before = h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets').length;
    await ageCache(h.browser.worker, 60_000);
    await panel.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets').length).toBe(before + 1);
  });

  it('opens from the popup’s button, in the side panel itself', async () => {
    const popup = await signedIn();
    const cdp = await h.browser.context.browser()!.newBrowserCDPSession();
    const panels = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string; type: string }[] };
      return targetInfos.filter((target) => target.url.endsWith('src/popup/index.html?panel')).length;
    };
    expect(await panels()).toBe(0);
    // A trusted click: Chrome opens a side panel only in a user gesture.
    await popup.getByRole('button', { name: 'Open in the side panel' }).click();
    await expect.poll(panels).toBe(1);
  });
});

describe('the toolbar menu', () => {
  it('holds its four items on the toolbar icon', async () => {
    await signedIn();
    // contextMenus has no way to list its items; updating one that does not exist fails.
    const exists = (id: string) =>
      h.browser.worker.evaluate(
        (item) =>
          chrome.contextMenus.update(item, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    for (const id of ['refresh', 'panel', 'snooze', 'settings']) expect(await exists(id), id).toBe(true);
    expect(await exists('nothing-else')).toBe(false);
  });
});
