/**
 * The kinds of notification, one row each: the setting that turns it on, its words, and how it
 * is found in my open tickets compared with the last look. Settings, their defaults, the
 * settings page and the background's notifications all derive from this table (docs/ARCHITECTURE.md,
 * "Notifications"); adding a kind is one row here and its words in each catalogue.
 */
import { formatDuration } from './words/duration.ts';
import { formatSpan } from './words/format.ts';
import { type MessageKey, t, tn } from './words/i18n.ts';
import { isolated } from './words/plain-text.ts';
import type { Ticket } from './zoho/ticket.ts';

/** What a kind is shown about a ticket: the last look at it (none: new to me) and the moment. */
export interface Look {
  readonly before: { readonly waiting: number | null; readonly due: number | null } | undefined;
  readonly now: number;
  /** How early a due time warns, in minutes (the setting). */
  readonly breachMinutes: number;
}

interface Kind {
  /** The boolean setting that turns this kind on (its name is stored: never rename it). */
  readonly setting: string;
  /** The setting's checkbox. */
  readonly label: MessageKey;
  /** The key of what `ticket` has that is news, or null; a key is notified once ever. */
  readonly detect: (ticket: Ticket, look: Look) => string | null;
  /** The title of a notification about one ticket. */
  readonly one: (ticket: Ticket, look: Look) => string;
  /** The title of a notification about `count` tickets. */
  readonly many: (count: number, look: Look) => string;
}

export const NOTIFICATION_KINDS = {
  /** A ticket newly assigned to me: one I had not seen. */
  assigned: {
    setting: 'notifyAssigned',
    label: 'notifyAssignedLabel',
    detect: (ticket, { before }) => (before ? null : `assigned:${ticket.id}`),
    one: (ticket) => t('notifyAssignedOne', isolated(ticket.number)),
    many: (count) => tn('notifyAssignedMany', count),
  },
  /** A customer wrote on one of mine since the last look. */
  reply: {
    setting: 'notifyReplies',
    label: 'notifyRepliesLabel',
    detect: (ticket, { before }) => {
      const waiting = ticket.customerWaitingSince;
      return before && waiting !== null && waiting > (before.waiting ?? 0) ? `reply:${ticket.id}:${waiting}` : null;
    },
    one: (ticket) => t('notifyReplyOne', isolated(ticket.number)),
    many: (count) => tn('notifyReplyMany', count),
  },
  /** One of mine is due within the warning. */
  due: {
    setting: 'notifyBreach',
    label: 'notifyBreachLabel',
    detect: (ticket, { now, breachMinutes }) => {
      const due = ticket.dueDate;
      // Once per ticket: Zoho may move a due time as its SLA runs, which is no news.
      return due !== null && due > now && due - now <= breachMinutes * 60_000 ? `due:${ticket.id}` : null;
    },
    one: (ticket, { now }) => t('notifyBreachOne', formatSpan((ticket.dueDate ?? now) - now), isolated(ticket.number)),
    many: (count, { breachMinutes }) => tn('notifyBreachMany', count, formatDuration(breachMinutes * 60)),
  },
} as const satisfies Record<string, Kind>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/** The settings that turn each kind on. */
export type NotificationSetting = (typeof NOTIFICATION_KINDS)[NotificationKind]['setting'];

/** Every kind, in the table's order (the order notifications are shown in). */
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** Each kind's setting, on: a new kind is on by default once notifications are. */
export const NOTIFICATION_DEFAULTS = Object.fromEntries(
  NOTIFICATION_KIND_NAMES.map((kind) => [NOTIFICATION_KINDS[kind].setting, true]),
) as Record<NotificationSetting, boolean>;
