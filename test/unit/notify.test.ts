/**
 * Notifications and the toolbar menu: opt-in, found by the badge alarm's own call, grouped, never
 * twice, none on the first look, none while snoozed or quiet; a click opens the ticket in the
 * Zoho Desk tab already open.
 */
import { describe, expect, it, vi } from 'vitest';
import { refreshBadge } from '../../src/background/badge.ts';
import { createMenu, runMenuItem } from '../../src/background/menu.ts';
import { notifyFrom, onNotificationClicked } from '../../src/background/notify.ts';
import { revoke } from '../../src/background/revoke.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { cacheWritten } from '../../src/background/ticket-list.ts';
import { notifyTargetsItem } from '../../src/background/worker-store.ts';
import type { TicketListing } from '../../src/shared/messages.ts';
import { DEFAULT_SETTINGS, inQuietHours } from '../../src/shared/storage/settings.ts';
import { demoTickets, ME, ORGANIZATIONS } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

/** A ticket number as notifications show it: isolated (shared/words/plain-text.ts). */
const isolated = (text: string) => `\u2068${text}\u2069`;
const sandbox = useSandbox();
const deskCalls = () => sandbox.current.state.log.filter((r) => r.server === 'desk').length;
const tickets = demoTickets('http://x', ORGANIZATIONS[0]!, 30);
const notMine = tickets.filter((t) => t.assigneeId !== ME.id && t.statusType === 'Open');
const mine = tickets.filter((t) => t.assigneeId === ME.id && t.statusType === 'Open');
const shown = () => [...fake.notifications.values()].map((n) => n.title);

async function withNotifications(extra: Record<string, unknown> = {}): Promise<void> {
  fake.grantedApis.add('notifications');
  await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), notificationsEnabled: true, ...extra } });
  await signIn('custom');
}

/** The badge alarm fires, with the lists older than the freshness window, as minutes later. */
async function alarm(): Promise<void> {
  await cacheWritten();
  const cache = (fake.session.data['ticketCache'] ?? {}) as Record<string, { fetchedAt: number }>;
  await fake.session.set({
    ticketCache: Object.fromEntries(Object.entries(cache).map(([key, list]) => [key, { ...list, fetchedAt: list.fetchedAt - 60_000 }])),
  });
  await refreshBadge();
}

describe('notifications', () => {
  it('are off by default, and need the browser’s permission when on', async () => {
    await signIn('custom');
    await alarm();
    sandbox.current.state.configure({ reassign: { [notMine[0]!.id]: ME.id } });
    await alarm();
    expect(shown()).toEqual([]);
    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), notificationsEnabled: true } });
    sandbox.current.state.configure({ reassign: { [notMine[0]!.id]: ME.id, [notMine[1]!.id]: ME.id } });
    await alarm();
    expect(shown()).toEqual([]);
  });

  it('notify nothing when only the clock has moved on', async () => {
    await withNotifications();
    await alarm();
    // Two minutes later, on the sandbox's clock and ours: nobody wrote, nothing was assigned.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 60_000 });
    try {
      await alarm();
      expect(shown()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('learn on the first look after a sign-in, then name a ticket newly assigned to me, once', async () => {
    await withNotifications();
    await alarm();
    expect(shown()).toEqual([]);
    const ticket = notMine[0]!;
    sandbox.current.state.configure({ reassign: { [ticket.id]: ME.id } });
    await alarm();
    expect(shown()).toEqual([`Assigned to you: #${isolated(ticket.ticketNumber)}`]);
    await alarm();
    expect(shown()).toHaveLength(1);
  });

  it('group a burst into one', async () => {
    await withNotifications();
    await alarm();
    sandbox.current.state.configure({ reassign: Object.fromEntries(notMine.slice(0, 4).map((t) => [t.id, ME.id])) });
    await alarm();
    expect(shown()).toEqual(['4 new tickets assigned to you']);
    expect([...fake.notifications.values()][0]?.message.split('\n')).toHaveLength(3);
  });

  it('carry no subject unless subjects are turned on: the system keeps them', async () => {
    fake.grantedApis.add('notifications');
    const settings = { ...DEFAULT_SETTINGS, notificationsEnabled: true };
    expect(settings.notifySubjects).toBe(false);
    const ticket = (at: number) => ({
      id: String(600 + at),
      number: String(800 + at),
      subject: `Secret plan ${at}`,
      customerWaitingSince: null,
      dueDate: null,
      webUrl: null,
    });
    const listing = (list: object[]) => ({ tickets: list }) as unknown as TicketListing;
    await notifyFrom(listing([]), settings);
    await notifyFrom(listing([ticket(0)]), settings);
    await notifyFrom(listing([ticket(0), ticket(1), ticket(2), ticket(3)]), settings);
    const shownNow = [...fake.notifications.values()];
    expect(shownNow).toHaveLength(2);
    expect(JSON.stringify(shownNow)).not.toContain('Secret plan');
    expect(shownNow[0]).toEqual({ title: `Assigned to you: #${isolated('800')}`, message: '' });
    expect(shownNow[1]!.message.split('\n')).toEqual(['801', '802', '803'].map((n) => `#${isolated(n)}`));
    await notifyFrom(listing([ticket(0), ticket(1), ticket(2), ticket(3), ticket(4)]), { ...settings, notifySubjects: true });
    expect([...fake.notifications.values()].at(-1)?.message).toBe('Secret plan 4');
  });

  it('keep each subject on its own line, its text in its order, in a group and alone', async () => {
    fake.grantedApis.add('notifications');
    const settings = { ...DEFAULT_SETTINGS, notificationsEnabled: true, notifySubjects: true };
    const hostile = 'Refund \u202Eevil\n#9999 Forged line\u2028#8888 Another';
    const ticketsWith = (count: number) =>
      Array.from({ length: count }, (_, at) => ({
        id: String(500 + at),
        number: String(700 + at),
        subject: hostile,
        customerWaitingSince: null,
        dueDate: null,
        webUrl: null,
      }));
    const listing = (list: object[]) => ({ tickets: list }) as unknown as TicketListing;
    await notifyFrom(listing([]), settings);
    await notifyFrom(listing(ticketsWith(4)), settings);
    const [group] = [...fake.notifications.values()];
    const lines = group!.message.split('\n');
    expect(lines).toHaveLength(3);
    for (const [at, line] of lines.entries()) {
      expect(line).toBe(`#${isolated(String(700 + at))} ${isolated('Refund evil #9999 Forged line #8888 Another')}`);
    }
    expect(group!.message).not.toMatch(/[\u202A-\u202E\u2028\u2029\r]/);
    fake.notifications.clear();
    await notifyFrom(listing([...ticketsWith(4), { ...ticketsWith(5)[4]!, id: '999' }]), settings);
    const [alone] = [...fake.notifications.values()];
    expect(alone!.message).toBe('Refund evil #9999 Forged line #8888 Another');
  });

  it('name a customer reply on a ticket of mine, and a ticket of mine about to breach its due time', async () => {
    await withNotifications({ notifyBreach: false });
    await alarm();
    const ticket = mine.find((t) => t['lastThread'] && (t['lastThread'] as { direction: string }).direction === 'out')!;
    sandbox.current.state.configure({ customerReplied: { [ticket.id]: Date.now() - 60_000 } });
    await alarm();
    expect(shown()).toEqual([`Customer replied: #${isolated(ticket.ticketNumber)}`]);

    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), notifyBreach: true, breachMinutes: 60 } });
    await alarm();
    // The demo's tickets of mine due in 45 minutes.
    expect(shown().at(-1)).toMatch(/^(Due in \d+ min: #\u2068\d+\u2069|\d+ of your tickets are due within 1 hour)$/);
    const count = shown().length;
    await alarm();
    expect(shown()).toHaveLength(count);
  });

  it('cost no Zoho call of their own when the badge counts my tickets', async () => {
    await signIn('custom');
    await alarm();
    const without = deskCalls();
    await alarm();
    const perAlarm = deskCalls() - without;
    fake.grantedApis.add('notifications');
    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), notificationsEnabled: true } });
    const before = deskCalls();
    await alarm();
    expect(deskCalls() - before).toBe(perAlarm);
    expect(perAlarm).toBe(1);
  });

  it('stay silent while snoozed or in quiet hours, and do not flood afterwards', async () => {
    await withNotifications();
    await alarm();
    await runMenuItem('snooze', 1);
    expect(fake.local.data['snoozeUntil']).toBeGreaterThan(Date.now() + 59 * 60_000);
    sandbox.current.state.configure({ reassign: { [notMine[0]!.id]: ME.id } });
    await alarm();
    expect(shown()).toEqual([]);
    await fake.local.remove('snoozeUntil');
    await alarm();
    expect(shown()).toEqual([]);

    const night = new Date(2026, 11, 1, 23, 30).getTime();
    expect(inQuietHours({ from: '22:00', to: '07:00' }, night)).toBe(true);
    expect(inQuietHours({ from: '22:00', to: '07:00' }, new Date(2026, 11, 1, 12).getTime())).toBe(false);
    expect(inQuietHours({ from: '12:00', to: '13:00' }, new Date(2026, 11, 1, 12, 30).getTime())).toBe(true);
  });

  it('start learning again after a sign-out: the next account is not flooded', async () => {
    await withNotifications();
    await alarm();
    await revoke();
    await signIn('custom');
    sandbox.current.state.configure({ reassign: Object.fromEntries(notMine.slice(0, 3).map((t) => [t.id, ME.id])) });
    await alarm();
    expect(shown()).toEqual([]);
  });

  it('are all closed, with where they lead, on revoke and when another account signs in', async () => {
    for (const leave of [() => revoke(), () => signIn('custom')]) {
      await withNotifications();
      await alarm();
      sandbox.current.state.configure({ reassign: { [notMine[0]!.id]: ME.id } });
      await alarm();
      expect(fake.notifications.size).toBe(1);
      expect(Object.keys(await notifyTargetsItem.get())).toHaveLength(1);
      await leave();
      expect(fake.notifications.size).toBe(0);
      expect(await notifyTargetsItem.get()).toEqual({});
      // A click on one the system still lists leads nowhere.
      await onNotificationClicked('desk-assigned-1');
      expect(fake.tabs).toEqual([]);
      await revoke();
      sandbox.current.state.configure({ reassign: {} });
    }
  });

  it('open their ticket in the Zoho Desk tab already open, else in a new one', async () => {
    await withNotifications();
    await alarm();
    const ticket = notMine[0]!;
    sandbox.current.state.configure({ reassign: { [ticket.id]: ME.id } });
    await alarm();
    const [id] = [...fake.notifications.keys()];
    const target = (await notifyTargetsItem.get())[id!];
    expect(target).toContain(ticket.id);

    fake.tabs.push({ id: 7, windowId: 3, url: `${sandbox.current.deskUrl}/support/zylker/ShowHomePage.do`, active: false });
    await onNotificationClicked(id!);
    expect(fake.tabs).toEqual([{ id: 7, windowId: 3, url: target, active: true }]);
    expect(fake.focusedWindows).toEqual([3]);
    expect(fake.notifications.has(id!)).toBe(false);

    fake.tabs.length = 0;
    await notifyTargetsItem.set({ again: target! });
    await onNotificationClicked('again');
    expect(fake.tabs.map((tab) => tab.url)).toEqual([target]);
  });
});

describe('the toolbar menu', () => {
  it('holds Refresh now, Open side panel, Snooze and Settings, on the icon only, and each acts', async () => {
    await createMenu();
    expect([...fake.menu.entries()].map(([id, item]) => [id, item.title, item.contexts])).toEqual([
      ['refresh', 'Refresh now', ['action']],
      ['panel', 'Open side panel', ['action']],
      ['snooze', 'Snooze notifications for 1 hour', ['action']],
      ['settings', 'Settings', ['action']],
    ]);
    await signIn('custom');
    const before = deskCalls();
    await runMenuItem('refresh', 1);
    expect(deskCalls()).toBeGreaterThan(before);
    await runMenuItem('settings', 1);
    expect(fake.openedOptions).toBe(1);
  });
});
