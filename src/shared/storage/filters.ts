/**
 * The popup's filters, remembered in storage.local (not a secret), and what each means as a
 * Desk query (docs/ZOHO.md, "Desk API v1"): a department, and a Zoho Desk view or the custom
 * filter (status, owner), each sorted.
 */
import { ID_PATTERN, isRecord } from '../zoho/parse.ts';
import { storageItem } from './storage-item.ts';

export type StatusFilter = 'open' | 'onhold' | 'closed' | 'all';
export type OwnerFilter = 'me' | 'unassigned' | 'all';
export type SortOrder = 'newest' | 'due' | 'activity';

/** A department or a view, with the name it had when chosen (shown before Zoho is asked). */
export interface NamedChoice {
  readonly id: string;
  readonly name: string;
}

export interface TicketFilter {
  readonly status: StatusFilter;
  readonly owner: OwnerFilter;
  readonly sort: SortOrder;
  /** Null: every department the agent can see. */
  readonly department?: NamedChoice | null;
  /** A Zoho Desk view; null: the custom filter (status and owner). */
  readonly view?: NamedChoice | null;
}

export const DEFAULT_FILTER: TicketFilter = { status: 'open', owner: 'all', sort: 'newest', department: null, view: null };

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
  const which = filter.view ? `view ${filter.view.id}` : `${filter.status}|${filter.owner}`;
  return `${which}|${filter.sort}${filter.department ? `|department ${filter.department.id}` : ''}`;
}

/** Query parameters for GET /tickets. `agentId` is needed for owner "me". */
export function filterQuery(filter: TicketFilter, agentId: string | null): Record<string, string> {
  const query: Record<string, string> = { sortBy: SORT_VALUES[filter.sort] };
  if (filter.department) query['departmentId'] = filter.department.id;
  // A view holds its own criteria: status and owner are the custom filter's.
  if (filter.view) {
    query['viewId'] = filter.view.id;
    return query;
  }
  if (filter.status !== 'all') query['status'] = STATUS_VALUES[filter.status];
  if (filter.owner === 'unassigned') query['assignee'] = 'Unassigned';
  if (filter.owner === 'me' && agentId) query['assignee'] = agentId;
  return query;
}

/** Names longer than this are cut; Zoho's own limit for a department name is 200. */
const NAME_LIMIT = 200;

/** A stored department or view: a digit id and a name, or null. */
export function validChoice(value: unknown): NamedChoice | null {
  if (!isRecord(value) || typeof value['id'] !== 'string' || !ID_PATTERN.test(value['id']) || typeof value['name'] !== 'string')
    return null;
  return { id: value['id'], name: value['name'].slice(0, NAME_LIMIT) };
}

/** Parses a filter read from storage, falling back field by field to the default. */
export function validFilter(value: Partial<TicketFilter> | null | undefined): TicketFilter {
  const pick = <T extends string>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    status: pick(value?.status, ['open', 'onhold', 'closed', 'all'], DEFAULT_FILTER.status),
    owner: pick(value?.owner, ['me', 'unassigned', 'all'], DEFAULT_FILTER.owner),
    sort: pick(value?.sort, ['newest', 'due', 'activity'], DEFAULT_FILTER.sort),
    department: validChoice(value?.department),
    view: validChoice(value?.view),
  };
}
