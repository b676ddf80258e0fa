/**
 * The popup's filters, remembered in storage.local (not a secret), and what each means as a
 * Desk query (docs/ZOHO.md, "Desk API v1").
 */
import { storageItem } from './storage-item.ts';

export type StatusFilter = 'open' | 'onhold' | 'closed' | 'all';
export type OwnerFilter = 'me' | 'unassigned' | 'all';
export type SortOrder = 'newest' | 'due' | 'activity';

export interface TicketFilter {
  readonly status: StatusFilter;
  readonly owner: OwnerFilter;
  readonly sort: SortOrder;
}

export const DEFAULT_FILTER: TicketFilter = { status: 'open', owner: 'all', sort: 'newest' };

export const filterItem = storageItem<TicketFilter>('local', 'filter', DEFAULT_FILTER);

/**
 * Zoho's default statuses carry the names of the three status types. The spec gives no enum
 * for `status`, and custom statuses exist (Escalated is an Open-type one), so the sandbox and
 * this client both treat the value as the status type.
 */
const STATUS_VALUES: Record<Exclude<StatusFilter, 'all'>, string> = {
  open: 'Open',
  onhold: 'On Hold',
  closed: 'Closed',
};

/** sortBy values; a leading `-` sorts descending. Due dates come soonest first. */
const SORT_VALUES: Record<SortOrder, string> = {
  newest: '-createdTime',
  due: 'dueDate',
  activity: '-recentThread',
};

/** A stable key for a filter, to tell whose tickets a cache holds. */
export function filterKey(filter: TicketFilter): string {
  return `${filter.status}|${filter.owner}|${filter.sort}`;
}

/** Query parameters for GET /tickets. `agentId` is needed for owner "me". */
export function filterQuery(filter: TicketFilter, agentId: string | null): Record<string, string> {
  const query: Record<string, string> = { sortBy: SORT_VALUES[filter.sort] };
  if (filter.status !== 'all') query['status'] = STATUS_VALUES[filter.status];
  if (filter.owner === 'unassigned') query['assignee'] = 'Unassigned';
  if (filter.owner === 'me' && agentId) query['assignee'] = agentId;
  return query;
}

/** Parses a filter read from storage, falling back field by field to the default. */
export function validFilter(value: Partial<TicketFilter> | null | undefined): TicketFilter {
  const pick = <T extends string>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    status: pick(value?.status, ['open', 'onhold', 'closed', 'all'], DEFAULT_FILTER.status),
    owner: pick(value?.owner, ['me', 'unassigned', 'all'], DEFAULT_FILTER.owner),
    sort: pick(value?.sort, ['newest', 'due', 'activity'], DEFAULT_FILTER.sort),
  };
}
