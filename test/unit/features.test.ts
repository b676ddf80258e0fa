/** Ticket detail, search with incremental consent, and the badge, against the sandbox. */
import { describe, expect, it } from 'vitest';
import { BADGE_ALARM, refreshBadge, scheduleBadge } from '../../src/background/badge.ts';
import { ticketDetail } from '../../src/background/detail.ts';
import { queueReply } from '../../src/background/queue.ts';
import { search } from '../../src/background/search.ts';
import { setSearch, setSettingsRead } from '../../src/background/search-scope.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { listReply } from '../../src/background/ticket-list.ts';
import { demoTickets, ME, ORGANIZATIONS } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const deskCalls = () => sandbox.current.state.log.filter((r) => r.server === 'desk');
const authScopes = () => sandbox.current.state.log.filter((r) => r.path === '/oauth/v2/auth').map((r) => r.query['scope']);

describe('filters', () => {
  it('asks Zoho for my open tickets with my agent id, fetched once', async () => {
    await signIn('custom');
    await fake.local.set({ filter: { status: 'open', owner: 'me', sort: 'due' } });
    const view = await listReply();
    await listReply();
    const calls = deskCalls().filter((c) => c.path === '/api/v1/tickets');
    expect(calls[0]?.query).toMatchObject({ status: 'Open', assignee: ME.id, sortBy: 'dueDate', include: 'contacts,assignee' });
    expect(deskCalls().filter((c) => c.path === '/api/v1/myinfo')).toHaveLength(1);
    expect(view.listing?.tickets.every((t) => t.assignee === 'Ana Agent' && t.statusType === 'Open')).toBe(true);
  });

  it('does not show the tickets of another filter as the answer to this one', async () => {
    await signIn('custom');
    await listReply();
    await fake.local.set({ filter: { status: 'closed', owner: 'all', sort: 'newest' } });
    sandbox.current.state.configure({ deskDown: true });
    await expect(listReply()).rejects.toMatchObject({ error: { code: 'network' } });
  });
});

describe('ticket detail', () => {
  it('brings the description and the newest threads with their content', async () => {
    await signIn('custom');
    const hostile = demoTickets('http://x', ORGANIZATIONS[0]!, 30)[1]!;
    const view = await ticketDetail({ id: hostile.id });
    expect(view.ticket?.subject).toBe('<img src=x onerror=alert(1)>');
    expect(view.ticket?.description).toContain('&lt;img');
    expect(view.threads.length).toBeGreaterThan(0);
    expect(view.threads[0]?.content).toContain('<script>');
    const times = view.threads.map((t) => t.createdTime ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('search', () => {
  it('is refused without Desk.search.READ, before any call', async () => {
    await signIn('custom');
    const before = deskCalls().length;
    await expect(search({ query: 'invoice' })).rejects.toMatchObject({ error: { code: 'search_not_enabled' } });
    expect(deskCalls().length).toBe(before);
    expect(authScopes()).toEqual(['Desk.tickets.READ,Desk.basic.READ']);
  });

  it('turning it on asks Zoho for exactly one more scope; turning it off drops it again', async () => {
    await signIn('custom');
    const first = fake.session.data['token'] as { accessToken: string };
    const on = await setSearch({ enabled: true });
    expect(on.connection?.scopes).toEqual(['Desk.tickets.READ', 'Desk.basic.READ', 'Desk.search.READ']);
    expect(authScopes().at(-1)).toBe('Desk.tickets.READ,Desk.basic.READ,Desk.search.READ');
    const results = await search({ query: 'invoice' });
    expect(results.tickets.length).toBeGreaterThan(0);
    expect(results.tickets.every((t) => /invoice/i.test(t.subject))).toBe(true);
    // In the department the popup shows.
    const billing = { id: '6000000000006911', name: 'Billing' };
    await fake.local.set({ filter: { status: 'open', owner: 'all', sort: 'newest', department: billing } });
    const inBilling = await search({ query: 'invoice' });
    expect(deskCalls().at(-1)?.query).toMatchObject({ _all: 'invoice', departmentId: billing.id });
    expect(inBilling.tickets.every((t) => t.departmentId === billing.id)).toBe(true);

    const searching = fake.session.data['token'] as { accessToken: string };
    expect(searching.accessToken).not.toBe(first.accessToken);
    const off = await setSearch({ enabled: false });
    expect(off.connection?.scopes).toEqual(['Desk.tickets.READ', 'Desk.basic.READ']);
    expect(authScopes().at(-1)).toBe('Desk.tickets.READ,Desk.basic.READ');
    // The broader token is revoked at Zoho.
    expect(sandbox.current.state.tokens.get(searching.accessToken)?.revoked).toBe(true);
    expect(fake.local.data['settings']).toMatchObject({ searchEnabled: false });
  });

  it('stays off when the user cancels the new authorization', async () => {
    await signIn('custom');
    fake.webAuthFlow = async () => {
      throw new Error('The user did not approve access.');
    };
    await expect(setSearch({ enabled: true })).rejects.toMatchObject({ error: { code: 'sign_in_cancelled' } });
    expect(fake.local.data['settings']).toMatchObject({ searchEnabled: false });
  });
});

describe('views and departments where Zoho wants Desk.settings.READ', () => {
  it('asks for it only once allowed, and gives it back when stopped', async () => {
    sandbox.current.state.configure({ settingsScopesAllRequired: true });
    await signIn('custom');
    expect((await queueReply({})).viewsProblem).toMatchObject({ detail: 'SCOPE_MISMATCH' });
    const first = fake.session.data['token'] as { accessToken: string };
    const on = await setSettingsRead({ enabled: true });
    expect(on.settingsReadEnabled).toBe(true);
    expect(authScopes().at(-1)).toBe('Desk.tickets.READ,Desk.basic.READ,Desk.settings.READ');
    const queue = await queueReply({});
    expect(queue.viewsProblem).toBeNull();
    expect(queue.views?.length).toBeGreaterThan(0);

    const allowed = fake.session.data['token'] as { accessToken: string };
    expect(allowed.accessToken).not.toBe(first.accessToken);
    const off = await setSettingsRead({ enabled: false });
    expect(off.connection?.scopes).toEqual(['Desk.tickets.READ', 'Desk.basic.READ']);
    expect(sandbox.current.state.tokens.get(allowed.accessToken)?.revoked).toBe(true);
  });
});

describe('badge', () => {
  it('counts my open tickets with one list call', async () => {
    await signIn('custom');
    const before = deskCalls().filter((c) => c.path === '/api/v1/tickets').length;
    await refreshBadge();
    const mine = demoTickets('http://x', ORGANIZATIONS[0]!, 30).filter((t) => t.assigneeId === ME.id && t.statusType === 'Open');
    expect(fake.badge.text).toBe(String(mine.length));
    expect(fake.badge.title).toMatch(/Open tickets assigned to me/);
    expect(deskCalls().filter((c) => c.path === '/api/v1/tickets').length - before).toBe(1);
  });

  it('counts what each choice in settings names, and mine for a choice it does not know', async () => {
    await signIn('custom');
    const all = demoTickets('http://x', ORGANIZATIONS[0]!, 30).filter((t) => t.statusType === 'Open');
    const expected: Record<string, [number, RegExp]> = {
      mine: [all.filter((t) => t.assigneeId === ME.id).length, /assigned to me/],
      unassigned: [all.filter((t) => !t.assigneeId).length, /Unassigned/i],
      open: [all.length, /All open/i],
      'from a later version': [all.filter((t) => t.assigneeId === ME.id).length, /assigned to me/],
    };
    for (const [badgeCount, [count, title]] of Object.entries(expected)) {
      await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), badgeCount } });
      await refreshBadge();
      expect([badgeCount, fake.badge.text], badgeCount).toEqual([badgeCount, String(count)]);
      expect(fake.badge.title, badgeCount).toMatch(title);
    }
  });

  it('can follow a Zoho Desk view: its count, in one call', async () => {
    await signIn('custom');
    const view = (await queueReply({})).views!.find((candidate) => candidate.name === 'Unassigned Open Tickets')!;
    await fake.local.set({
      settings: { ...(fake.local.data['settings'] as object), badgeCount: 'view', badgeView: { id: view.id, name: view.name } },
    });
    const before = deskCalls().length;
    await refreshBadge();
    expect(
      deskCalls()
        .slice(before)
        .map((c) => [c.path, c.query['viewId']]),
    ).toEqual([['/api/v1/ticketQueueView/count', view.id]]);
    expect(fake.badge.text).toBe(String(view.count));
    expect(fake.badge.title).toContain('Unassigned Open Tickets');
  });

  it('does nothing while the user is idle or locked', async () => {
    await signIn('custom');
    const before = deskCalls().length;
    fake.idleState = 'locked';
    await refreshBadge();
    expect(deskCalls().length).toBe(before);
    expect(fake.badge.text).toBe('');
  });

  it('shows "!" with the reason when the refresh fails or the session ended', async () => {
    await signIn('custom');
    sandbox.current.state.configure({ deskDown: true });
    await refreshBadge();
    expect(fake.badge).toMatchObject({ text: '!', title: expect.stringMatching(/^The last refresh failed: Zoho could not be reached/) });

    sandbox.current.state.configure({ deskDown: false, silentRenewal: 'refuse' });
    await listReply().catch(() => undefined);
    for (const token of sandbox.current.state.tokens.values()) token.revoked = true;
    await refreshBadge();
    expect(fake.badge).toMatchObject({ text: '!', title: 'Your Zoho session ended: open to sign in again.' });
  });

  it('follows the interval in settings, and can be turned off', async () => {
    await scheduleBadge();
    expect(fake.alarms.get(BADGE_ALARM)).toEqual({ periodInMinutes: 5, delayInMinutes: 5 });
    await fake.local.set({ settings: { badgeMinutes: 0 } });
    await scheduleBadge();
    expect(fake.alarms.has(BADGE_ALARM)).toBe(false);
  });
});
