/**
 * The popup's three filters and the words for each choice, framework-free: the filter bar
 * (popup/FilterBar.tsx) offers them and the first-frame snapshot (ui/snapshot.ts) shows the
 * remembered ones.
 */
import type { TicketFilter } from '../shared/filters.ts';
import type { MessageKey } from '../shared/i18n.ts';

export type Choice<K extends keyof TicketFilter> = readonly [TicketFilter[K], MessageKey];

export interface FilterField<K extends keyof TicketFilter> {
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
