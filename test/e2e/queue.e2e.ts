/**
 * Working the way Zoho Desk agents work, in real Chromium against the sandbox: a department and
 * a view with counts that match their lists, the agent's workload, due times in words, a ticket
 * opened by its number, and words rather than a blank when Zoho wants a scope.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rows, signIn, useHarness } from './harness.ts';

const h = useHarness();
const deskCalls = () => h.sandbox.state.log.filter((r) => r.server === 'desk');

async function signedIn(settings: Record<string, unknown> = {}): Promise<Page> {
  if (Object.keys(settings).length > 0) {
    await h.browser.worker.evaluate((extra) => chrome.storage.local.set({ settings: { badgeMinutes: 0, ...extra } }), settings);
  }
  const popup = await h.browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await signIn(h, popup);
  return popup;
}

const queueButton = (popup: Page) => popup.getByRole('button', { name: /^Department and view:/ });

/** The count a view's choice shows ("My Open Tickets 4" → 4). */
async function countOf(popup: Page, view: string): Promise<number> {
  const choice = popup.getByRole('button', { name: new RegExp(`^${view} \\d+$`) });
  await choice.waitFor();
  return Number(/(\d+)\s*$/.exec(await choice.innerText())?.[1]);
}

describe('departments and views', () => {
  it('picks a department and a view, whose count matches its list, and remembers both', async () => {
    const popup = await signedIn();
    await queueButton(popup).click();
    await popup.getByRole('button', { name: 'Billing', exact: true }).click();
    expect(await popup.getByRole('button', { name: 'Billing', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Billing has its own custom view besides Zoho's system views.
    await popup
      .getByRole('group', { name: 'Your custom views' })
      .getByRole('button', { name: /^Refunds and invoices/ })
      .waitFor();
    const count = await countOf(popup, 'My Open Tickets');
    expect(count).toBeGreaterThan(0);

    await popup.getByRole('button', { name: /^My Open Tickets/ }).click();
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/Billing\s*My Open Tickets/);
    await expect.poll(() => rows(popup).count()).toBe(count);
    const list = deskCalls()
      .filter((r) => r.path === '/api/v1/tickets')
      .at(-1);
    expect(list?.query).toMatchObject({ viewId: expect.stringMatching(/^\d+$/), departmentId: expect.stringMatching(/^\d+$/) });
    expect(list?.query['status']).toBeUndefined();
    // A view holds its own criteria: only the sort stays beside it.
    expect(await popup.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    expect(await popup.getByRole('combobox', { name: 'Sort' }).count()).toBe(1);

    await popup.reload();
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/Billing\s*My Open Tickets/);
    await expect.poll(() => rows(popup).count()).toBe(count);
  });

  it('offers a way back when Zoho no longer knows the view picked before', async () => {
    const popup = await signedIn();
    await h.browser.worker.evaluate(() =>
      chrome.storage.local.set({
        filter: { status: 'open', owner: 'all', sort: 'newest', department: null, view: { id: '999', name: 'Gone view' } },
      }),
    );
    await popup.reload();
    const alert = popup.getByRole('alert').filter({ hasText: 'did not accept the department or view' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Show all departments, with the custom filter' }).click();
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/All departments\s*Custom filter/);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
  });

  it('remembers the department picked in each organization', async () => {
    h.sandbox.state.configure({ organizations: 2 });
    const popup = await signedIn();
    await queueButton(popup).click();
    await popup.getByRole('button', { name: 'Billing', exact: true }).click();
    await popup.getByRole('button', { name: /^My Open Tickets \d+$/ }).click();
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/Billing\s*My Open Tickets/);

    const organization = popup.getByRole('combobox', { name: 'Organization' });
    await organization.selectOption({ label: 'Zylker Japan サポート' });
    // Another organization: its own departments and views, none picked there yet.
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/All departments\s*Custom filter/);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    const lists = () => deskCalls().filter((r) => r.path === '/api/v1/tickets');
    expect(lists().at(-1)?.query['departmentId']).toBeUndefined();

    await organization.selectOption({ label: 'Zylker Support' });
    // Back: its department returns, with the custom filter.
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/Billing\s*Custom filter/);
    await expect.poll(() => lists().at(-1)?.query['departmentId']).toMatch(/^\d+$/);
  });

  it('costs at most two Zoho calls for a view switch, and none for an open with a fresh cache', async () => {
    const popup = await signedIn({ freshnessSeconds: 300 });
    await queueButton(popup).click();
    await popup.getByRole('button', { name: /^Overdue Tickets \d+$/ }).waitFor();
    const before = deskCalls().length;
    await popup.getByRole('button', { name: /^Overdue Tickets/ }).click();
    await expect.poll(() => queueButton(popup).innerText()).toMatch(/Overdue Tickets/);
    await expect
      .poll(async () => {
        const texts = await rows(popup).allInnerTexts();
        return texts.length > 0 && texts.every((text) => text.includes('Overdue by'));
      })
      .toBe(true);
    // The count is fetched beside the list, and may land just after it.
    await expect.poll(() => deskCalls().length - before).toBe(2);
    const paths = deskCalls()
      .slice(before)
      .map((r) => r.path);
    expect(paths.sort()).toEqual(['/api/v1/ticketQueueView/count', '/api/v1/tickets']);

    await popup.close();
    const settled = deskCalls().length;
    const again = await h.browser.openPopup();
    await expect.poll(() => rows(again).count()).toBeGreaterThan(0);
    await again.getByText(/^updated /).waitFor();
    await queueButton(again).click();
    await again.getByRole('button', { name: /^Overdue Tickets \d+$/ }).waitFor();
    expect(deskCalls().length).toBe(settled);
  });

  it('says in words what Zoho refused, keeps the tickets, and asks for Desk.settings.READ only when allowed in settings', async () => {
    h.sandbox.state.configure({ settingsScopesAllRequired: true });
    const popup = await signedIn();
    await queueButton(popup).click();
    await expect.poll(() => popup.getByText(/did not list your departments/).isVisible()).toBe(true);
    expect(await popup.getByText(/did not list your views/).isVisible()).toBe(true);
    expect(await rows(popup).count()).toBeGreaterThan(0);

    const settings = await h.browser.openOptions();
    const [zoho] = await Promise.all([
      h.browser.context.waitForEvent('page'),
      settings.getByRole('button', { name: 'Allow Desk.settings.READ' }).click(),
    ]);
    // Zoho's consent page names the scope that is added.
    await zoho.getByRole('list', { name: 'Requested scopes' }).getByText('Desk.settings.READ').waitFor();
    await zoho.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => settings.getByText('Desk.settings.READ is allowed.').isVisible()).toBe(true);
    const authorizations = h.sandbox.state.log.filter((r) => r.path === '/oauth/v2/auth');
    expect(authorizations.at(-1)?.query['scope']?.split(',')).toEqual(['Desk.tickets.READ', 'Desk.basic.READ', 'Desk.settings.READ']);

    await popup.reload();
    await queueButton(popup).click();
    await popup.getByRole('button', { name: 'Billing', exact: true }).waitFor();
    await popup.getByRole('button', { name: /^My Open Tickets \d+$/ }).waitFor();
  });
});

describe('the badge', () => {
  it('can follow a Zoho Desk view chosen in settings, showing its count', async () => {
    const popup = await signedIn({ badgeMinutes: 5 });
    await queueButton(popup).click();
    const count = await countOf(popup, 'Unassigned Open Tickets');

    const settings = await h.browser.openOptions();
    await settings.getByRole('radio', { name: 'Tickets in a Zoho Desk view' }).check();
    await settings.getByRole('group', { name: 'View the badge counts' }).getByRole('radio', { name: 'Unassigned Open Tickets' }).check();
    await expect
      .poll(() =>
        h.browser.worker.evaluate(
          async () =>
            ((await chrome.storage.local.get('settings'))['settings'] as { badgeView?: { name: string } } | undefined)?.badgeView?.name,
        ),
      )
      .toBe('Unassigned Open Tickets');
    await h.browser.worker.evaluate(() => chrome.alarms.create('badge', { when: Date.now() + 50 }));
    await expect.poll(() => h.browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(count));
    expect(await h.browser.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/Unassigned Open Tickets/);
  });
});

describe('at a glance', () => {
  it('shows the agent’s workload, each count a way to its list', async () => {
    const popup = await signedIn();
    const overdue = popup.getByRole('button', { name: /^\d+ overdue$/ });
    await overdue.waitFor();
    const counts = h.sandbox.state.log.filter((r) => r.path === '/api/v1/agentsTicketsCount');
    expect(counts).toHaveLength(1);
    expect(await popup.getByRole('button', { name: /^\d+ open$/ }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: /^\d+ on hold$/ }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: /^\d+ due within an hour$/ }).isVisible()).toBe(true);

    const open = Number((await popup.getByRole('button', { name: /^\d+ open$/ }).innerText()).split(' ')[0]);
    await popup.getByRole('button', { name: /^\d+ open$/ }).click();
    await expect.poll(() => popup.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('me');
    expect(await popup.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('open');
    // Zoho counts every ticket of the Open type, Escalated ones included, as the list shows them.
    await expect.poll(() => rows(popup).count()).toBe(open);

    await overdue.click();
    await expect.poll(() => popup.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('due');
    await expect.poll(async () => (await rows(popup).first().innerText()).includes('Overdue by')).toBe(true);
  });

  it('says on each row what is urgent, in words and colour, with the exact time on hover', async () => {
    const popup = await signedIn();
    const texts = (await rows(popup).allInnerTexts()).join('\n');
    expect(texts).toMatch(/Response due in \d+ min/);
    expect(texts).toMatch(/Overdue by 2 hr/);
    expect(texts).toMatch(/Customer waiting 3 hr/);
    const overdue = popup.locator('ul.tickets .overdue').first();
    expect(await overdue.getAttribute('title')).toMatch(/\d{4}/);
    const colour = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => getComputedStyle(element).color);
    expect(await colour(overdue)).not.toBe(await colour(popup.locator('ul.tickets .waiting').first()));
  });
});

describe('a ticket by its number', () => {
  it('opens from the quick filter, found through search when it is not loaded', async () => {
    h.sandbox.state.configure({ ticketCount: 120 });
    const popup = await signedIn({ searchEnabled: true });
    const quick = popup.getByRole('searchbox', { name: 'Filter loaded tickets' });
    // The newest 50 are loaded (#220 down to #171); #105 is not.
    await quick.fill('#105');
    await quick.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).innerText()).toMatch(/\(105\)$/);
    const searches = h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets/search');
    expect(searches.map((r) => r.query['ticketNumber'])).toEqual(['105']);

    await popup.keyboard.press('Escape');
    await quick.fill('205');
    await popup.getByRole('button', { name: 'Open ticket #205' }).click();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).innerText()).toMatch(/\(205\)$/);
    expect(h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets/search')).toHaveLength(1);
  });

  it('says what is needed when full search is off', async () => {
    h.sandbox.state.configure({ ticketCount: 120 });
    const popup = await signedIn();
    const quick = popup.getByRole('searchbox', { name: 'Filter loaded tickets' });
    await quick.fill('#105');
    await quick.press('Enter');
    await expect.poll(() => popup.getByRole('alert').filter({ hasText: 'Ticket #105 is not in this list' }).isVisible()).toBe(true);
    expect(h.sandbox.state.log.filter((r) => r.path === '/api/v1/tickets/search')).toHaveLength(0);
  });
});
