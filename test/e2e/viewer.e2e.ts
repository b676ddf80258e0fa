/** A morning triage from the popup, by mouse and by keyboard alone. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoTickets, HOSTILE_SUBJECT, ME, ORGANIZATIONS } from '../sandbox/data.ts';
import { launchExtension } from '../support/browser.ts';
import { focusedRow, rows, seriousViolations, signIn, ticketRequests, useHarness } from './harness.ts';

const h = useHarness();
const ticketCalls = () => ticketRequests(h);

async function signedIn(): Promise<Page> {
  const popup = await h.browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await signIn(h, popup);
  return popup;
}

describe('filters', () => {
  it('filters by status, owner and sort, and remembers them', async () => {
    const popup = await signedIn();
    expect(ticketCalls()[0]?.query).toMatchObject({ status: 'Open', sortBy: '-createdTime' });

    await popup.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'On hold' });
    await expect.poll(() => ticketCalls().at(-1)?.query['status']).toBe('On Hold');
    await expect.poll(async () => (await rows(popup).allInnerTexts()).every((text) => text.includes('On Hold'))).toBe(true);

    await popup.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Assigned to me' });
    await expect.poll(() => ticketCalls().at(-1)?.query['assignee']).toBe(ME.id);
    await expect.poll(async () => (await rows(popup).allInnerTexts()).every((text) => text.includes('Assigned to Ana Agent'))).toBe(true);

    await popup.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Due date' });
    await expect.poll(() => ticketCalls().at(-1)?.query['sortBy']).toBe('dueDate');

    await popup.reload();
    await expect.poll(() => popup.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('onhold');
    expect(await popup.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('me');
    expect(await popup.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('due');
  });

  it('the quick filter narrows the loaded tickets with no network call', async () => {
    const popup = await signedIn();
    // The list shows before the workload line has asked for its counts: count from after that.
    await popup.getByRole('button', { name: /^\d+ open$/ }).waitFor();
    const calls = h.sandbox.state.log.length;
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('rückerstattung 117');
    await expect.poll(() => rows(popup).count()).toBe(1);
    expect(await rows(popup).first().innerText()).toContain('#117');
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('#12');
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(1);
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('no such ticket');
    await expect.poll(() => popup.getByText('No loaded ticket matches “no such ticket”.').isVisible()).toBe(true);
    expect(h.sandbox.state.log.length).toBe(calls);
  });

  it('shows the due time, priority, channel, assignee and relative time on a row', async () => {
    const popup = await signedIn();
    const first = await rows(popup).first().innerText();
    expect(first).toMatch(/Due in \d+ min/);
    expect(first).toContain('Priority High');
    expect(first).toContain('via Email');
    expect(first).toContain('Assigned to Ana Agent');
    expect(first).toMatch(/ago|last week/);
  });
});

describe('a ticket in the popup', () => {
  it('shows a hostile thread without running or loading anything from it', async () => {
    const popup = await signedIn();
    const requests: string[] = [];
    popup.on('request', (request) => requests.push(request.url()));
    await popup.getByRole('button', { name: /#129/ }).click();
    await expect.poll(() => popup.getByText('Please see the screenshot.').isVisible()).toBe(true);

    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(HOSTILE_SUBJECT);
    expect(await popup.getByText('Image from tracker.example not loaded').isVisible()).toBe(true);
    expect(await popup.locator('article img, article iframe, article form, article script').count()).toBe(0);
    expect(await popup.locator('article [style], article [onerror]').count()).toBe(0);
    const help = popup.getByRole('link', { name: 'the help article' });
    expect(await help.getAttribute('target')).toBe('_blank');
    expect(await help.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await popup.getByText('a bad link').getAttribute('href')).toBeNull();
    expect(requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    expect(h.dialogs).toEqual([]);

    await popup.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
  });

  it('lists the conversation newest first', async () => {
    const popup = await signedIn();
    const ticket = demoTickets('http://x', ORGANIZATIONS[0]!, 30)[0]!;
    await popup.getByRole('button', { name: new RegExp(`#${ticket.ticketNumber}`) }).click();
    const messages = popup.getByRole('region', { name: 'Conversation' }).getByRole('listitem');
    await expect.poll(() => messages.count()).toBeGreaterThan(1);
    const times = await messages.locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe('keyboard', () => {
  it('triages from open to detail and back with the keyboard alone', async () => {
    const popup = await signedIn();
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('quick-filter');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedRow(popup)).toContain('#130');
    await popup.keyboard.press('j');
    expect(await focusedRow(popup)).toContain('#129');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('k');
    expect(await focusedRow(popup)).toContain('#129');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    await expect.poll(() => popup.getByText('Please see the screenshot.').isVisible()).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => focusedRow(popup)).toContain('#129');
    // Focus is visible wherever it goes.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('Esc clears the quick filter, a second Esc leaves it, and j/k work from anywhere in the list view', async () => {
    const popup = await signedIn();
    const focusedId = () => popup.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.id));
    const quick = popup.getByRole('searchbox', { name: 'Filter loaded tickets' });
    await popup.keyboard.press('/');
    await popup.keyboard.type('zzz');
    expect(await rows(popup).count()).toBe(0);
    await popup.keyboard.press('Escape');
    expect(await quick.inputValue()).toBe('');
    expect(await focusedId()).toBe('quick-filter');
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(1);
    await popup.keyboard.press('Escape');
    expect(await focusedId()).toBe('BODY');
    // Nothing has focus, yet j moves to the first ticket, and on.
    await popup.keyboard.press('j');
    expect(await focusedRow(popup)).toContain('#130');
    await popup.keyboard.press('j');
    expect(await focusedRow(popup)).toContain('#129');
    // From a header button too.
    await popup.getByRole('button', { name: 'Settings' }).focus();
    await popup.keyboard.press('ArrowDown');
    expect(await focusedRow(popup)).toContain('#130');
    // Esc on an empty quick filter leaves it at once.
    await popup.keyboard.press('/');
    await popup.keyboard.press('Escape');
    await popup.keyboard.press('k');
    expect(await focusedRow(popup)).toContain('#130');
  });
});

describe('coming back from a ticket', () => {
  it('focuses its row even far down the list', async () => {
    const popup = await signedIn();
    const buttons = popup.getByRole('list', { name: 'Tickets' }).getByRole('button');
    await expect.poll(() => buttons.count()).toBeGreaterThan(20);
    const last = buttons.last();
    const number = (await last.locator('.number').textContent())!;
    await last.click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.querySelector('.number')?.textContent)).toBe(number);
  });
});

describe('the toolbar badge', () => {
  it('counts my open tickets when its alarm fires', async () => {
    await h.browser.worker.evaluate(() => chrome.storage.local.set({ settings: { badgeMinutes: 5 } }));
    await signedIn();
    await h.browser.worker.evaluate(() => chrome.alarms.create('badge', { when: Date.now() + 50 }));
    const mine = demoTickets('http://x', ORGANIZATIONS[0]!, 30).filter((t) => t.assigneeId === ME.id && t.statusType === 'Open');
    await expect.poll(() => h.browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(mine.length));
    expect(await h.browser.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/Open tickets assigned to me/);
  });
});

describe('full search', () => {
  it('asks for Desk.search.READ only when turned on, and drops it when turned off', async () => {
    const popup = await signedIn();
    const authScopes = () => h.sandbox.state.log.filter((r) => r.path === '/oauth/v2/auth').map((r) => r.query['scope']);
    expect(authScopes()).toEqual(['Desk.tickets.READ,Desk.basic.READ']);

    const settings = await h.browser.openOptions();
    // A new authorization: Zoho asks for consent to the one added scope.
    const [zoho] = await Promise.all([
      h.browser.context.waitForEvent('page'),
      settings.getByRole('button', { name: 'Turn on search' }).click(),
    ]);
    expect(await zoho.getByRole('list', { name: 'Requested scopes' }).innerText()).toContain('Desk.search.READ');
    await zoho.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => settings.getByText('Search is on.').isVisible()).toBe(true);
    expect(authScopes().at(-1)).toBe('Desk.tickets.READ,Desk.basic.READ,Desk.search.READ');
    expect(await settings.getByRole('list', { name: 'Granted scopes' }).innerText()).toContain('Desk.search.READ');

    await popup.reload();
    await popup.getByRole('searchbox', { name: 'Filter loaded tickets' }).fill('invoice');
    await popup.getByRole('button', { name: 'Search all of Zoho Desk for “invoice”' }).click();
    await expect.poll(() => popup.getByRole('region', { name: 'Search results for “invoice”' }).isVisible()).toBe(true);
    expect(h.sandbox.state.log.some((r) => r.path === '/api/v1/tickets/search' && r.query['_all'] === 'invoice')).toBe(true);

    await settings.getByRole('button', { name: 'Turn off search' }).click();
    await expect.poll(() => settings.getByText('Search is off: Desk.search.READ is not requested.').isVisible()).toBe(true);
    expect(authScopes().at(-1)).toBe('Desk.tickets.READ,Desk.basic.READ');
    expect(await settings.getByRole('list', { name: 'Granted scopes' }).innerText()).not.toContain('Desk.search.READ');
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations in the popup, a ticket and settings', async () => {
    const consent = await h.browser.openPopup();
    await expect.poll(() => consent.getByRole('button', { name: 'Sign in with Zoho' }).isVisible()).toBe(true);
    expect(await seriousViolations(consent)).toEqual([]);
    const popup = await signedIn();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: /#129/ }).click();
    await expect.poll(() => popup.getByText('Please see the screenshot.').isVisible()).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    const settings = await h.browser.openOptions();
    await expect.poll(() => settings.getByText('Signed in').isVisible()).toBe(true);
    expect(await seriousViolations(settings)).toEqual([]);
  });

  it('is in German for a German browser', async () => {
    const german = await launchExtension({ lang: 'de' });
    try {
      const popup = await german.openPopup();
      await expect.poll(() => popup.getByRole('heading', { name: 'Mit Zoho Desk verbinden' }).isVisible()).toBe(true);
      expect(await popup.getByRole('button', { name: 'Mit Zoho anmelden' }).isVisible()).toBe(true);
    } finally {
      await german.close();
    }
  });
});
