/**
 * A small Zoho Desk API v1 client: one `deskGet` that adds the headers, handles 204, reads at
 * most MAX_DESK_BYTES and maps Zoho's `{errorCode, message}` answers to typed failures, and
 * typed endpoints on top. Facts: docs/ZOHO.md, "Desk API v1".
 */
import { jsonOf, MAX_DESK_BYTES, MAX_ERROR_BYTES, readBounded } from './bounded-body.ts';
import type { DeskSite } from './desk-links.ts';
import { AppFailure, fail } from './errors.ts';
import type { NamedChoice } from './filters.ts';
import { filterQuery, type TicketFilter } from './filters.ts';
import { type Organization, parseOrganization } from './organization.ts';
import { count, ID_PATTERN, id, isRecord, TEXT_LIMITS, textOf } from './parse.ts';
import { retryAfterMs, retryDecision } from './retry.ts';
import { type ParsedList, parseDataList, parseTicket, type Ticket } from './ticket.ts';
import { parseThread, parseTicketDetail, type Thread, type TicketDetail } from './ticket-detail.ts';

export interface DeskContext extends DeskSite {
  /** The Desk origin of the user's data center, e.g. https://desk.zoho.eu. */
  readonly deskUrl: string;
  readonly token: string;
  /** Required on every call but /organizations. */
  readonly orgId?: string;
  readonly fetch?: typeof fetch;
  /** Defaults to DESK_TIMEOUT_MS. */
  readonly timeoutMs?: number;
}

/** The context for calls about one organization: its id on every call, its portal for links. */
export function forOrganization(ctx: DeskContext, org: Organization): DeskContext {
  return { ...ctx, orgId: org.id, portal: org.portal };
}

/** No answer within this time counts as a network failure: the popup says "offline". */
export const DESK_TIMEOUT_MS = 10_000;

/** Zoho's documented page size limit is 100 in some sources and 50 in others: 50 is safe. */
export const MAX_PAGE_SIZE = 50;

/**
 * Maps a Desk error answer to a failure. `body` is the parsed JSON, or undefined;
 * `retryAfter` the Retry-After header, which Zoho may or may not send with a 429.
 */
export function deskFailure(status: number, body: unknown, retryAfter: string | null = null): never {
  const errorCode = isRecord(body) ? textOf(body['errorCode']) : null;
  const zohoMessage = (isRecord(body) ? textOf(body['message'], TEXT_LIMITS.line) : null) ?? undefined;
  const extra = zohoMessage ? { zohoMessage } : {};
  const wait = retryAfterMs(retryAfter);
  const rateExtra = wait === null ? extra : { ...extra, retryAfterMs: wait };
  switch (errorCode) {
    case 'INVALID_OAUTH':
    case 'UNAUTHORIZED':
      return fail('session_ended', { detail: errorCode, ...extra });
    case 'TOO_MANY_REQUESTS':
      return fail('rate_limited', { detail: errorCode, ...rateExtra });
    case 'INTERNAL_SERVER_ERROR':
      return fail('server_error', { detail: errorCode, ...extra });
    case null:
      break;
    default:
      return fail('desk_error', { detail: errorCode, ...extra });
  }
  if (status === 401) return fail('session_ended', { detail: `HTTP ${status}` });
  if (status === 429) return fail('rate_limited', { detail: `HTTP ${status}`, ...(wait === null ? {} : { retryAfterMs: wait }) });
  if (status >= 500) return fail('server_error', { detail: `HTTP ${status}` });
  return fail('desk_error', { detail: `HTTP ${status}` });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GET a Desk API path. Answers the parsed JSON body, or null for HTTP 204 (Zoho's empty page).
 * A 429 is tried again as Zoho asks (Retry-After) or with backoff, 3 tries in all; a 5xx once
 * (retry.ts). Each call retries on its own, so one failure never repeats its neighbours.
 */
export async function deskGet(ctx: DeskContext, path: string, query: Record<string, string | number> = {}): Promise<unknown> {
  for (let tries = 1; ; tries++) {
    try {
      return await deskGetOnce(ctx, path, query);
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      const decision = retryDecision(error.error.code, tries, error.error.retryAfterMs ?? null);
      if (!decision.retry) throw error;
      await sleep(decision.waitMs);
    }
  }
}

async function deskGetOnce(ctx: DeskContext, path: string, query: Record<string, string | number> = {}): Promise<unknown> {
  const url = new URL(`/api/v1/${path}`, ctx.deskUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = { Authorization: `Zoho-oauthtoken ${ctx.token}` };
  if (ctx.orgId) headers['orgId'] = ctx.orgId;

  let response: Response;
  try {
    response = await (ctx.fetch ?? fetch)(url, {
      headers,
      signal: AbortSignal.timeout(ctx.timeoutMs ?? DESK_TIMEOUT_MS),
      // The token is the only credential: never send cookies of a Zoho web session along.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return fail('network');
  }
  if (response.status === 204) return null;

  // An error's status says enough on its own: a body too large to read does not hide it.
  const raw = response.ok ? await readBounded(response, MAX_DESK_BYTES) : await readBounded(response, MAX_ERROR_BYTES).catch(() => '');
  const body = jsonOf(raw);
  if (body === undefined && raw !== '' && response.ok) return fail('bad_response', { detail: 'not JSON' });
  const retryAfter = response.headers.get('retry-after');
  if (!response.ok) return deskFailure(response.status, body, retryAfter);
  if (isRecord(body) && textOf(body['errorCode'])) return deskFailure(response.status, body, retryAfter);
  return body;
}

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
