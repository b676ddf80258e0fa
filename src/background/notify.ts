/**
 * Notifications, opt-in: a ticket newly assigned to me, a customer reply on one of mine, one of
 * mine about to breach its due time. Found in the list the badge alarm fetches anyway (my open
 * tickets), by comparing it with what was seen last, ids and times only, in storage.session: no
 * call of their own. The first look after a sign-in only learns what is there; a burst is one
 * notification; none is shown twice; none while snoozed or in quiet hours.
 */
import browser from 'webextension-polyfill';
import type { TicketListing } from '../shared/messages.ts';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS, type NotificationKind } from '../shared/notification-kinds.ts';
import { inQuietHours, NOTIFICATIONS_PERMISSION, type Settings, snoozeUntilItem } from '../shared/storage/settings.ts';
import { t } from '../shared/words/i18n.ts';
import { isolated, oneLine } from '../shared/words/plain-text.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { notifySeenItem, notifyTargetsItem, type SeenTickets, tokenItem } from './worker-store.ts';

/** Keys kept of the notifications shown: more than a day of any agent's. */
const SHOWN_KEPT = 500;
/** A group's message names this many tickets. */
const NAMED_IN_GROUP = 3;

export async function notificationsAllowed(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS_PERMISSION).catch(() => false);
}

interface Found {
  readonly kind: NotificationKind;
  readonly ticket: Ticket;
  readonly key: string;
}

/** What is new in `tickets` since `seen`, of the kinds turned on in settings. */
export function newSince(seen: SeenTickets, tickets: readonly Ticket[], settings: Settings, now: number): Found[] {
  const shown = new Set(seen.shown);
  const kinds = NOTIFICATION_KIND_NAMES.filter((kind) => settings[NOTIFICATION_KINDS[kind].setting]);
  return tickets.flatMap((ticket) => {
    const look = { before: seen.tickets[ticket.id], now, breachMinutes: settings.breachMinutes };
    return kinds.flatMap((kind) => {
      const key = NOTIFICATION_KINDS[kind].detect(ticket, look);
      return key === null || shown.has(key) ? [] : [{ kind, ticket, key }];
    });
  });
}

/** One notification per kind: a ticket's own, or a group's ("4 new tickets assigned to you"). */
function notificationFor(kind: NotificationKind, found: readonly Found[], settings: Settings, now: number) {
  const words = NOTIFICATION_KINDS[kind];
  const look = { before: undefined, now, breachMinutes: settings.breachMinutes };
  const [first] = found;
  if (found.length === 1 && first) {
    const { ticket } = first;
    // Without subjects, the title says it all; the system shows an empty message as none.
    const message = settings.notifySubjects ? oneLine(ticket.subject) || t('noSubject') : '';
    return { title: words.one(ticket, look), message, target: ticket.webUrl };
  }
  // One line per ticket, whatever its subject holds: a line break in it must not forge another.
  const named = found
    .slice(0, NAMED_IN_GROUP)
    .map(({ ticket }) => `#${isolated(ticket.number)}${settings.notifySubjects ? ` ${isolated(ticket.subject)}` : ''}`);
  return { title: words.many(found.length, look), message: named.join('\n'), target: null };
}

/**
 * Compares my open tickets, as the badge alarm just fetched them, with what was seen last, and
 * notifies what is new. Learns without notifying on the first look after a sign-in.
 */
export async function notifyFrom(listing: TicketListing | null, settings: Settings, now = Date.now()): Promise<void> {
  if (!listing || !settings.notificationsEnabled || !(await notificationsAllowed())) return;
  const seen = await notifySeenItem.get();
  const tickets = listing.tickets.slice(0, 200);
  const snapshot = Object.fromEntries(tickets.map((ticket) => [ticket.id, { waiting: ticket.customerWaitingSince, due: ticket.dueDate }]));
  if (!seen) {
    await notifySeenItem.set({ tickets: snapshot, shown: [] });
    return;
  }
  const found = newSince(seen, tickets, settings, now);
  const quiet = inQuietHours(settings.quietHours, now) || ((await snoozeUntilItem.get()) ?? 0) > now;
  // Snoozed or quiet: what came meanwhile counts as seen, so the end of the snooze is no flood.
  await notifySeenItem.set({ tickets: snapshot, shown: [...seen.shown, ...found.map((f) => f.key)].slice(-SHOWN_KEPT) });
  if (quiet || found.length === 0) return;
  const targets: Record<string, string | null> = { ...(await notifyTargetsItem.get()) };
  for (const kind of NOTIFICATION_KIND_NAMES) {
    const ofKind = found.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    const { title, message, target } = notificationFor(kind, ofKind, settings, now);
    const id = `desk-${kind}-${now}`;
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
    targets[id] = target;
  }
  await notifyTargetsItem.set(Object.fromEntries(Object.entries(targets).slice(-50)));
}

/**
 * A notification clicked: its ticket in Zoho Desk, in the Zoho Desk tab already open if there is
 * one (found with the host access the sign-in granted, not the `tabs` permission), else a new
 * tab; a group's opens the popup's list instead.
 */
export async function onNotificationClicked(id: string): Promise<void> {
  const targets = await notifyTargetsItem.get();
  if (!(id in targets)) return;
  await browser.notifications.clear(id);
  const target = targets[id];
  if (!target) {
    await browser.action.openPopup?.().catch(() => undefined);
    return;
  }
  const token = await tokenItem.get();
  const deskOrigin = token ? new URL(token.deskUrl).origin : new URL(target).origin;
  const [open] = await browser.tabs.query({ url: `${deskOrigin}/*` }).catch(() => []);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, url: target });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: target });
  }
}
