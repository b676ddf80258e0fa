/**
 * The user's settings, in storage.local. None of it is a token: the client id is public by
 * nature, and a client secret in a browser extension is readable by anyone who has the
 * extension, so it is stored as the ordinary setting it really is (docs/ZOHO.md, "Client
 * types").
 */

import { builtConfig } from '../build-config.ts';
import { NOTIFICATION_DEFAULTS, type NotificationSetting } from '../notification-kinds.ts';
import type { MessageKey } from '../words/i18n.ts';
import type { NamedChoice, OwnerFilter } from './filters.ts';
import { storageItem } from './storage-item.ts';

/**
 * What the badge may count, in the order settings offer it: its words, and whose open tickets it
 * counts (null: a Zoho view's own count, asked of Zoho). Settings and the badge derive from this.
 */
export const BADGE_COUNTS = {
  mine: { words: 'badgeMine', owner: 'me' },
  unassigned: { words: 'badgeUnassigned', owner: 'unassigned' },
  open: { words: 'badgeAllOpen', owner: 'all' },
  view: { words: 'badgeView', owner: null },
} as const satisfies Record<string, { words: MessageKey; owner: OwnerFilter | null }>;

export type BadgeCount = keyof typeof BADGE_COUNTS;

export interface Settings extends Readonly<Record<NotificationSetting, boolean>> {
  /** Overrides the client id built in. Empty: use the built-in one. */
  readonly clientId: string;
  /** Only for Zoho client types that demand one at the token endpoint. */
  readonly clientSecret: string;
  /** Full search through /tickets/search, which needs the Desk.search.READ scope. */
  readonly searchEnabled: boolean;
  /** Desk.settings.READ for views and departments, where Zoho wants it (docs/ZOHO.md, "Scopes"). */
  readonly settingsReadEnabled: boolean;
  /** Minutes between badge refreshes; 0 turns the badge off. */
  readonly badgeMinutes: number;
  /** Which open tickets the badge counts. */
  readonly badgeCount: BadgeCount;
  /** With `badgeCount` 'view': the Zoho Desk view whose count the badge shows. */
  readonly badgeView: NamedChoice | null;
  /** A cached list younger than this is shown without asking Zoho again (API credits). */
  readonly freshnessSeconds: number;
  /** Notifications (needs the optional `notifications` permission); each kind's own setting comes from notification-kinds.ts. */
  readonly notificationsEnabled: boolean;
  /**
   * Whether a notification shows the ticket's subject: the operating system keeps notifications
   * outside the browser, so by default they name only what happened and the ticket number.
   */
  readonly notifySubjects: boolean;
  /** A ticket of mine due within this many minutes notifies once. */
  readonly breachMinutes: number;
  /** No notification from `from` to `to` (local "HH:MM"; may cross midnight); null: none. */
  readonly quietHours: { readonly from: string; readonly to: string } | null;
}

export const DEFAULT_SETTINGS: Settings = {
  clientId: '',
  clientSecret: '',
  searchEnabled: false,
  settingsReadEnabled: false,
  badgeMinutes: 5,
  badgeCount: 'mine',
  badgeView: null,
  freshnessSeconds: 30,
  notificationsEnabled: false,
  ...NOTIFICATION_DEFAULTS,
  notifySubjects: false,
  breachMinutes: 30,
  quietHours: null,
};

/** Notifications are snoozed until then (epoch ms), across browser restarts; null: not snoozed. */
export const snoozeUntilItem = storageItem<number | null>('local', 'snoozeUntil', null);

/** "Snooze for 1 hour" (settings, the toolbar menu). */
export async function snoozeForAnHour(now = Date.now()): Promise<number> {
  const until = now + 3_600_000;
  await snoozeUntilItem.set(until);
  return until;
}

/** The optional permission notifications need, asked for when they are turned on. */
export const NOTIFICATIONS_PERMISSION: { permissions: ['notifications'] } = { permissions: ['notifications'] };

/** Whether `now` (epoch ms, local time) falls in the quiet hours, which may cross midnight. */
export function inQuietHours(quiet: Settings['quietHours'], now: number): boolean {
  if (!quiet) return false;
  const minutes = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return (h ?? 0) * 60 + (m ?? 0);
  };
  const at = new Date(now);
  const current = at.getHours() * 60 + at.getMinutes();
  const [from, to] = [minutes(quiet.from), minutes(quiet.to)];
  return from <= to ? current >= from && current < to : current >= from || current < to;
}

export const settingsItem = storageItem<Partial<Settings>>('local', 'settings', DEFAULT_SETTINGS);

/** The settings with a default for every field a stored object from an older version lacks. */
export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.get()) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  await settingsItem.set(next);
  return next;
}

export interface EffectiveClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** The client to sign in with: the settings' override, else the one built in. */
export function clientFrom(settings: Settings): EffectiveClient {
  return {
    clientId: settings.clientId.trim() || builtConfig().clientId,
    clientSecret: settings.clientSecret.trim(),
  };
}

export async function effectiveClient(): Promise<EffectiveClient> {
  return clientFrom(await readSettings());
}
