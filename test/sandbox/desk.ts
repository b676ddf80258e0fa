/**
 * Zoho Desk API v1, as docs/ZOHO.md describes it: token and orgId headers, scope checks,
 * `{errorCode, message}` errors, paging with `from`/`limit`, and HTTP 204 for an empty page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DEMO_VIEWS,
  type DemoTicket,
  demoDepartments,
  demoThreads,
  demoTickets,
  departmentItem,
  detailOf,
  listItem,
  ME,
  myInfo,
  ORGANIZATIONS,
  organizationItem,
  searchItem,
  viewItem,
  viewsFor,
} from './data.ts';
import { delay, page, sendHtml, sendJson } from './http.ts';
import type { SandboxState } from './state.ts';

/** GET /tickets filters: department, view, status (by status type), assignee, sortBy (docs/ZOHO.md, "Desk API v1"). */
function filtered(tickets: DemoTicket[], query: URLSearchParams, now: number): DemoTicket[] {
  let out = tickets;
  const departmentId = query.get('departmentId');
  if (departmentId) out = out.filter((t) => t.departmentId === departmentId);
  const view = DEMO_VIEWS.find((candidate) => candidate.id === query.get('viewId'));
  if (view) out = out.filter((t) => view.holds(t, now));
  const status = query.get('status');
  if (status) {
    const wanted = status.split(',').map((v) => v.trim().toLowerCase());
    out = out.filter((t) => wanted.includes(t.statusType.toLowerCase()));
  }
  const assignee = query.get('assignee');
  if (assignee) {
    const wanted = assignee.split(',');
    out = out.filter((t) => (t.assigneeId === null ? wanted.includes('Unassigned') : wanted.includes(t.assigneeId)));
  }
  const sortBy = query.get('sortBy') ?? 'createdTime';
  const descending = sortBy.startsWith('-');
  const field = sortBy.replace(/^-/, '');
  const key = (t: DemoTicket): number =>
    field === 'dueDate'
      ? t.dueDate === null
        ? Number.MAX_SAFE_INTEGER
        : Date.parse(t.dueDate)
      : field === 'recentThread'
        ? t.lastActivity
        : typeof t.createdTime === 'number'
          ? t.createdTime
          : Date.parse(t.createdTime);
  return [...out].sort((a, b) => (descending ? key(b) - key(a) : key(a) - key(b)));
}

function origin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

export async function deskHandler(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (url.pathname.startsWith('/support/')) {
    // What a ticket's webUrl opens: Zoho Desk's agent interface, here a stand-in page.
    sendHtml(res, 200, page('Zoho Desk (sandbox)', '<h1>Zoho Desk (sandbox)</h1><p>Ticket view</p>'));
    return true;
  }
  if (!url.pathname.startsWith('/api/v1/')) return false;
  state.log.push({
    server: 'desk',
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    form: {},
    authorization: req.headers.authorization ?? null,
    orgId: (req.headers['orgid'] as string | undefined) ?? null,
    at: Date.now(),
  });
  if (state.options.deskLatencyMs > 0) await delay(state.options.deskLatencyMs);
  if (state.options.deskDown) {
    req.socket.destroy();
    return true;
  }
  const faultAt = state.options.deskFaults.findIndex((candidate) => candidate.path === undefined || candidate.path === url.pathname);
  const fault = faultAt < 0 ? undefined : state.options.deskFaults.splice(faultAt, 1)[0];
  if (fault) {
    if (fault.invalidateToken) {
      const sent = state.tokens.get((req.headers.authorization ?? '').split(' ')[1] ?? '');
      if (sent) sent.revoked = true;
    }
    res.writeHead(fault.status, {
      'content-type': 'application/json;charset=UTF-8',
      ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
      ...(fault.location === undefined ? {} : { location: fault.location }),
    });
    res.end(fault.body ?? JSON.stringify({ errorCode: fault.errorCode, message: `Sandbox fault: ${fault.errorCode}` }));
    return true;
  }

  // Every answer from here on is Zoho's own, and recorded: the tests hold it to Zoho's contract.
  const played = state.options.ticketPatch !== null || state.options.threadPatch !== null || state.options.ignoreLimit;
  const query = Object.fromEntries(url.searchParams);
  const answer = (status: number, body?: unknown) => {
    state.answers.push({ path: url.pathname, query, status, body, played });
    if (body === undefined) {
      res.writeHead(status);
      res.end();
    } else {
      sendJson(res, status, body);
    }
  };
  const deskError = (status: number, errorCode: string, message: string) => answer(status, { errorCode, message });

  const [scheme, tokenValue] = (req.headers.authorization ?? '').split(' ');
  const token = scheme === 'Zoho-oauthtoken' ? state.tokens.get(tokenValue ?? '') : undefined;
  if (!token || token.revoked || token.expiresAt <= Date.now()) {
    deskError(401, 'INVALID_OAUTH', 'The OAuth Token you provided is invalid.');
    return true;
  }
  /** Whether the token holds every scope of one of `sets` (scopes that work as alternatives: docs/ZOHO.md, "Scopes"). */
  const needs = (...sets: string[][]) => {
    if (sets.some((set) => set.every((scope) => token.scopes.includes(scope)))) return true;
    deskError(401, 'SCOPE_MISMATCH', 'The OAuth token does not have the scope for this request.');
    return false;
  };
  // /views and /myDepartments: Zoho's guide takes either scope; its OpenAPI file lists both.
  const settingsScopes = state.options.settingsScopesAllRequired
    ? [['Desk.settings.READ', 'Desk.basic.READ']]
    : [['Desk.basic.READ'], ['Desk.settings.READ']];
  const orgs = ORGANIZATIONS.slice(0, Math.max(1, state.options.organizations));

  if (url.pathname === '/api/v1/organizations') {
    if (needs(['Desk.basic.READ'])) answer(200, { data: orgs.map(organizationItem) });
    return true;
  }
  const org = orgs.find((candidate) => candidate.id === req.headers['orgid']);
  if (url.pathname === '/api/v1/myinfo') {
    const id = state.options.agentIdOverride ?? ME.id;
    if (needs(['Desk.basic.READ'])) answer(200, myInfo(id, org ?? orgs[0]!));
    return true;
  }
  if (!org) {
    deskError(400, 'INVALID_DATA', 'The orgId header is missing or unknown.');
    return true;
  }
  const now = Date.now();
  const departments = demoDepartments(org);
  const departmentId = url.searchParams.get('departmentId');
  if (departmentId && departmentId !== 'allDepartment' && !departments.some((d) => d.id === departmentId)) {
    deskError(422, 'INVALID_DATA', 'The departmentId is not a department of this organization.');
    return true;
  }
  if (url.pathname === '/api/v1/myDepartments') {
    if (needs(...settingsScopes)) answer(200, { data: departments.filter((d) => d.mine).map(departmentItem) });
    return true;
  }
  if (url.pathname === '/api/v1/views') {
    if (!needs(...settingsScopes)) return true;
    if (url.searchParams.get('module') !== 'tickets') {
      deskError(422, 'INVALID_DATA', 'module is required.');
      return true;
    }
    answer(200, { data: viewsFor(org, departmentId).map(viewItem) });
    return true;
  }
  if (!needs(['Desk.tickets.READ'])) return true;
  const { reassign, customerReplied } = state.options;
  // What happened in Zoho Desk since (a test plays it): tickets reassigned, customers who wrote.
  const demo = demoTickets(origin(req), org, state.options.ticketCount).map((ticket) => {
    const assigneeId = ticket.id in reassign ? (reassign[ticket.id] ?? null) : ticket.assigneeId;
    const assignee =
      assigneeId === ME.id
        ? { id: ME.id, firstName: ME.firstName, lastName: ME.lastName, email: ME.emailId, photoURL: null }
        : ticket.assignee;
    const replied = customerReplied[ticket.id];
    return {
      ...ticket,
      assigneeId,
      assignee: assigneeId === null ? null : assignee,
      ...(replied === undefined
        ? {}
        : { customerResponseTime: new Date(replied).toISOString(), lastThread: { ...ticket.lastThread, direction: 'in' as const } }),
    };
  });
  const { ticketPatch, threadPatch } = state.options;
  const tickets = ticketPatch && demo[0] ? [{ ...demo[0], ...ticketPatch } as DemoTicket, ...demo.slice(1)] : demo;
  const inDepartment = (list: DemoTicket[]) =>
    departmentId && departmentId !== 'allDepartment' ? list.filter((t) => t.departmentId === departmentId) : list;

  if (url.pathname === '/api/v1/ticketQueueView/count') {
    const view = DEMO_VIEWS.find((candidate) => candidate.id === url.searchParams.get('viewId'));
    if (!view || !departmentId) {
      deskError(422, 'INVALID_DATA', 'viewId and departmentId are required.');
      return true;
    }
    // Zoho's own example gives the count as a string.
    answer(200, { count: String(inDepartment(tickets).filter((t) => view.holds(t, now)).length) });
    return true;
  }
  if (url.pathname === '/api/v1/agentsTicketsCount') {
    const agentIds = (url.searchParams.get('agentIds') ?? '').split(',').filter(Boolean);
    if (agentIds.length === 0) {
      deskError(422, 'INVALID_DATA', 'agentIds is required.');
      return true;
    }
    const counts = agentIds.map((agentId) => {
      const open = inDepartment(tickets).filter((t) => t.assigneeId === agentId && t.statusType !== 'Closed');
      const due = (t: DemoTicket) => (t.dueDate === null ? null : Date.parse(t.dueDate));
      return {
        agentId,
        openCount: String(open.filter((t) => t.statusType === 'Open').length),
        onholdCount: String(open.filter((t) => t.statusType === 'On Hold').length),
        overDueCount: String(open.filter((t) => (due(t) ?? Infinity) < now).length),
        dueIn1HrCount: String(open.filter((t) => (due(t) ?? -Infinity) >= now && (due(t) ?? Infinity) < now + 3_600_000).length),
        channel: null,
        isOnline: true,
      };
    });
    answer(200, { data: counts });
    return true;
  }

  const threadsOf = (ticket: DemoTicket) => {
    const threads = demoThreads(ticket);
    // Answering whatever `limit` asked: a conversation of 300 messages.
    const all = state.options.ignoreLimit
      ? Array.from({ length: 300 }, (_, n) => ({ ...threads[0]!, id: `${ticket.id}8${String(n).padStart(3, '0')}` }))
      : threads;
    return all.map((thread) => ({ ...thread, ...threadPatch }));
  };

  const includes = (url.searchParams.get('include') ?? '').split(',');
  const answerPage = (list: DemoTicket[], shape: (ticket: DemoTicket) => Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const from = Number(url.searchParams.get('from') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    if (!Number.isInteger(from) || from < 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
      deskError(422, 'INVALID_DATA', 'from or limit is out of range.');
      return;
    }
    const slice = state.options.ignoreLimit ? list.slice(from) : list.slice(from, from + limit);
    if (slice.length === 0) answer(204);
    else answer(200, { data: slice.map(shape), ...extra });
  };

  if (url.pathname === '/api/v1/tickets') {
    const viewId = url.searchParams.get('viewId');
    if (viewId && !DEMO_VIEWS.some((view) => view.id === viewId)) {
      deskError(422, 'INVALID_DATA', 'The viewId is not a view of this organization.');
      return true;
    }
    answerPage(filtered(tickets, url.searchParams, now), (t) => listItem(t, includes));
    return true;
  }
  if (url.pathname === '/api/v1/tickets/search') {
    if (!needs(['Desk.tickets.READ', 'Desk.search.READ'])) return true;
    const words = (url.searchParams.get('_all') ?? '').toLowerCase();
    const numbers = (url.searchParams.get('ticketNumber') ?? '').split(',').filter(Boolean);
    const found = inDepartment(tickets).filter((t) =>
      numbers.length > 0 ? numbers.includes(t.ticketNumber) : `${t.subject ?? ''} ${t['email'] ?? ''}`.toLowerCase().includes(words),
    );
    answerPage(found, (t) => searchItem(t, org), { count: found.length });
    return true;
  }
  const parts = /^\/api\/v1\/tickets\/([^/]+)(?:\/threads(?:\/([^/]+))?)?$/.exec(url.pathname);
  const ticket = parts && tickets.find((candidate) => candidate.id === parts[1]);
  if (!ticket || !parts) {
    deskError(404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
    return true;
  }
  if (url.pathname.endsWith('/threads')) {
    // The list carries summaries only; content comes from the single-thread call.
    answer(200, { data: threadsOf(ticket).map(({ content: _content, ...rest }) => rest) });
    return true;
  }
  if (parts[2]) {
    const thread = threadsOf(ticket).find((candidate) => candidate.id === parts[2]);
    if (thread) {
      const { respondedIn: _listOnly, lastRatingIconURL: _alsoListOnly, ...fields } = thread as Record<string, unknown>;
      answer(200, { ...fields, attachments: [], isContentTruncated: false, fullContentURL: null });
    } else {
      deskError(404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
    }
    return true;
  }
  answer(200, detailOf(ticket, includes, now));
  return true;
}
