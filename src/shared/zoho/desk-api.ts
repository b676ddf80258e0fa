/**
 * The typed Zoho Desk API v1 endpoints, on top of deskGet (desk-fetch.ts). Facts: docs/ZOHO.md,
 * "Desk API v1".
 */

import type { NamedChoice } from '../storage/filters.ts';
import { filterQuery, type TicketFilter } from '../storage/filters.ts';
import { type DeskContext, deskGet } from './desk-fetch.ts';
import { fail } from './errors.ts';
import { type Organization, parseOrganization } from './organization.ts';
import { count, ID_PATTERN, id, isRecord, textOf } from './parse.ts';
import { type ParsedList, parseDataList, parseTicket, type Ticket } from './ticket.ts';
import { parseThread, parseTicketDetail, type Thread, type TicketDetail } from './ticket-detail.ts';

/** The context for calls about one organization: its id on every call, its portal for links. */
export function forOrganization(ctx: DeskContext, org: Organization): DeskContext {
  return { ...ctx, orgId: org.id, portal: org.portal };
}

/** Zoho's documented page size limit is 100 in some sources and 50 in others: 50 is safe. */
export const MAX_PAGE_SIZE = 50;

/** Organizations kept at most: more than any agent belongs to. */
export const MAX_ORGANIZATIONS = 100;

export async function listOrganizations(ctx: DeskContext): Promise<ParsedList<Organization>> {
  return listOrFail(parseDataList(await deskGet(ctx, 'organizations'), parseOrganization, MAX_ORGANIZATIONS), 'organizations');
}

/**
 * An id as it goes into a URL path: digits only, so that nothing (`..`, a slash) can change
 * which path is asked for. Ids are checked where they arrive too (background/request-shapes.ts,
 * parse.ts).
 */
function pathId(value: string): string {
  return ID_PATTERN.test(value) ? value : fail('unexpected', { detail: 'not an id' });
}

export interface TicketQuery {
  readonly from: number;
  readonly limit: number;
  readonly filter?: TicketFilter;
  /** The signed-in agent's id, for the "assigned to me" filter. */
  readonly agentId?: string | null;
}

const clampLimit = (limit: number) => Math.min(Math.max(1, limit), MAX_PAGE_SIZE);
const listOrFail = <T>(parsed: ParsedList<T> | null, what: string): ParsedList<T> =>
  parsed ?? fail('bad_response', { detail: `${what} is not a list` });

export async function listTickets(ctx: DeskContext, query: TicketQuery): Promise<ParsedList<Ticket>> {
  const filter = query.filter ? filterQuery(query.filter, query.agentId ?? null) : { sortBy: '-createdTime' };
  const limit = clampLimit(query.limit);
  const body = await deskGet(ctx, 'tickets', {
    from: query.from,
    limit,
    ...filter,
    include: 'contacts,assignee',
  });
  return listOrFail(
    parseDataList(body, (raw) => parseTicket(raw, ctx), limit),
    'tickets',
  );
}

/** The signed-in agent (GET /myinfo, Desk.basic.READ): its id drives "assigned to me". */
export async function myAgentId(ctx: DeskContext): Promise<string> {
  const body = await deskGet(ctx, 'myinfo');
  return (isRecord(body) ? id(body['id']) : null) ?? fail('bad_response', { detail: 'myinfo has no id' });
}

export async function getTicket(ctx: DeskContext, ticketId: string): Promise<TicketDetail> {
  const body = await deskGet(ctx, `tickets/${pathId(ticketId)}`, { include: 'contacts,assignee' });
  return parseTicketDetail(body, ctx) ?? fail('bad_response', { detail: 'ticket' });
}

/** The conversation, newest first (Zoho's default order for threads). */
export async function listThreads(ctx: DeskContext, ticketId: string, limit: number): Promise<ParsedList<Thread>> {
  const asked = clampLimit(limit);
  const body = await deskGet(ctx, `tickets/${pathId(ticketId)}/threads`, {
    from: 0,
    limit: asked,
    sortBy: '-sendDateTime',
  });
  return listOrFail(parseDataList(body, parseThread, asked), 'threads');
}

/** One thread with its full content: only this call is sure to carry `content`. */
export async function getThread(ctx: DeskContext, ticketId: string, threadId: string): Promise<Thread> {
  const body = await deskGet(ctx, `tickets/${pathId(ticketId)}/threads/${pathId(threadId)}`);
  return parseThread(body) ?? fail('bad_response', { detail: 'thread' });
}

/**
 * GET /tickets/search (needs Desk.search.READ): words (`_all`, 3 to 100 characters) or one
 * ticket number, in one department or all.
 */
export async function searchTickets(
  ctx: DeskContext,
  query: string | { ticketNumber: string },
  limit: number,
  departmentId: string | null = null,
): Promise<ParsedList<Ticket>> {
  const asked = clampLimit(limit);
  const what = typeof query === 'string' ? { _all: query.slice(0, 100) } : { ticketNumber: pathId(query.ticketNumber) };
  const body = await deskGet(ctx, 'tickets/search', {
    ...what,
    ...(departmentId ? { departmentId: pathId(departmentId) } : {}),
    from: 0,
    limit: asked,
    sortBy: 'relevance',
  });
  return listOrFail(
    parseDataList(body, (raw) => parseTicket(raw, ctx), asked),
    'search results',
  );
}

/** A department or view as the popup lists it: digit id and name, or null (left out). */
function parseChoice(raw: unknown, nameField: string): NamedChoice | null {
  if (!isRecord(raw)) return null;
  const choiceId = id(raw['id']);
  const name = textOf(raw[nameField]) ?? textOf(raw['name']);
  return choiceId && name ? { id: choiceId, name } : null;
}

/** Departments and views kept at most: more than any agent sees. */
export const MAX_CHOICES = 200;

/** GET /myDepartments: the departments the signed-in agent belongs to (docs/ZOHO.md, "Scopes"). */
export async function listMyDepartments(ctx: DeskContext): Promise<NamedChoice[]> {
  const body = await deskGet(ctx, 'myDepartments', { isEnabled: 'true' });
  return listOrFail(
    parseDataList(body, (raw) => parseChoice(raw, 'name'), MAX_CHOICES),
    'departments',
  ).items;
}

export interface DeskView extends NamedChoice {
  /** An agent's own view, not one of Zoho's system views. */
  readonly custom: boolean;
}

/** GET /views?module=tickets: the ticket views of one department, or those of all. */
export async function listViews(ctx: DeskContext, departmentId: string | null): Promise<DeskView[]> {
  const body = await deskGet(ctx, 'views', { module: 'tickets', ...(departmentId ? { departmentId: pathId(departmentId) } : {}) });
  const parse = (raw: unknown): DeskView | null => {
    const choice = parseChoice(raw, 'displayLabel');
    return choice && isRecord(raw) ? { ...choice, custom: raw['isCustomView'] === true } : null;
  };
  return listOrFail(parseDataList(body, parse, MAX_CHOICES), 'views').items;
}

/** Counts past this are absurd for a queue; an answer above it is not read. */
export const MAX_COUNT = 10_000_000;

/** GET /ticketQueueView/count: how many tickets a view holds, in a department or all. */
export async function viewCount(ctx: DeskContext, viewId: string, departmentId: string | null): Promise<number> {
  const body = await deskGet(ctx, 'ticketQueueView/count', {
    viewId: pathId(viewId),
    departmentId: departmentId ? pathId(departmentId) : 'allDepartment',
  });
  return (isRecord(body) ? count(body['count'], MAX_COUNT) : null) ?? fail('bad_response', { detail: 'view count' });
}

/** The signed-in agent's own queue, as Zoho counts it. */
export interface Workload {
  readonly open: number;
  readonly onHold: number;
  readonly overdue: number;
  readonly dueWithinHour: number;
}

/** GET /agentsTicketsCount for one agent: open, on hold, overdue, due within the hour, in one call. */
export async function agentWorkload(ctx: DeskContext, agentId: string, departmentId: string | null): Promise<Workload> {
  const body = await deskGet(ctx, 'agentsTicketsCount', {
    agentIds: pathId(agentId),
    departmentId: departmentId ? pathId(departmentId) : 'allDepartment',
  });
  const entry =
    isRecord(body) && Array.isArray(body['data']) ? body['data'].find((item) => isRecord(item) && id(item['agentId']) === agentId) : null;
  const read = (field: string) => (isRecord(entry) ? count(entry[field], MAX_COUNT) : null);
  const [open, onHold, overdue, dueWithinHour] = [read('openCount'), read('onholdCount'), read('overDueCount'), read('dueIn1HrCount')];
  if (open === null || onHold === null || overdue === null || dueWithinHour === null)
    return fail('bad_response', { detail: 'agent counts' });
  return { open, onHold, overdue, dueWithinHour };
}
