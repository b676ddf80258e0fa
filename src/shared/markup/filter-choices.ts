/**
 * The popup's filters and the words for each choice, framework-free: the filter bar
 * (popup/FilterBar.tsx) offers them and the first-frame snapshot (shared/markup/snapshot.ts) shows the
 * remembered ones, so the two draw the same controls.
 */
import type { TicketFilter } from '../storage/filters.ts';
import { type MessageKey, t } from '../words/i18n.ts';
import { el, type Markup } from './markup.ts';

/** The filters chosen from a fixed list; department and view come from Zoho (the queue picker). */
export type FixedKey = 'status' | 'owner' | 'sort';

export type Choice<K extends FixedKey> = readonly [TicketFilter[K], MessageKey];

export interface FilterField<K extends FixedKey> {
  readonly name: K;
  readonly label: MessageKey;
  readonly choices: readonly Choice<K>[];
}

export const FILTER_FIELDS: readonly [FilterField<'status'>, FilterField<'owner'>, FilterField<'sort'>] = [
  {
    name: 'status',
    label: 'filterStatus',
    choices: [
      ['open', 'statusOpen'],
      ['onhold', 'statusOnHold'],
      ['closed', 'statusClosed'],
      ['all', 'statusAll'],
    ],
  },
  {
    name: 'owner',
    label: 'filterOwner',
    choices: [
      ['me', 'ownerMe'],
      ['unassigned', 'ownerUnassigned'],
      ['all', 'ownerAll'],
    ],
  },
  {
    name: 'sort',
    label: 'filterSort',
    choices: [
      ['newest', 'sortNewest'],
      ['due', 'sortDue'],
      ['activity', 'sortActivity'],
    ],
  },
];

/** The id of the queue picker's panel, which its button controls. */
export const QUEUE_PANEL_ID = 'queue-panel';

/** The fields shown for a filter: a Zoho Desk view has its own status and owner, so only sort. */
export function shownFields(filter: TicketFilter): readonly FilterField<FixedKey>[] {
  const [status, owner, sort] = FILTER_FIELDS;
  return filter.view ? [sort] : [status, owner, sort];
}

/**
 * The queue picker's button, naming the department and the view in use: one description for
 * the filter bar (popup/FilterBar.tsx) and the first frame (shared/markup/snapshot.ts).
 */
export function queueButton(filter: TicketFilter, expanded: boolean): Markup {
  return el(
    'button',
    { type: 'button', class: 'queue', 'aria-expanded': String(expanded), 'aria-controls': QUEUE_PANEL_ID },
    el('span', { class: 'sr-only' }, `${t('queueButton')} `),
    el('span', { class: 'queue-department', dir: 'auto' }, filter.department?.name ?? t('allDepartments')),
    el('span', { class: 'queue-view', dir: 'auto' }, filter.view?.name ?? t('customFilter')),
  );
}
