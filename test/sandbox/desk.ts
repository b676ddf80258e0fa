/**
 * Zoho Desk API v1, as docs/ZOHO.md describes it: token and orgId headers, scope checks,
 * `{errorCode, message}` errors, paging with `from`/`limit`, and HTTP 204 for an empty page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DemoTicket, demoThreads, demoTickets, ME, ORGANIZATIONS } from './data.ts';
import { delay, page, sendHtml, sendJson } from './http.ts';
import type { SandboxState } from './state.ts';

function deskError(res: ServerResponse, status: number, errorCode: string, message: string): void {
  sendJson(res, status, { errorCode, message });
}

/** GET /tickets filters: status (by status type), assignee, sortBy (docs/ZOHO.md, "Desk API v1"). */
function filtered(tickets: DemoTicket[], query: URLSearchParams): DemoTicket[] {
  let out = tickets;
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

/** Only what Zoho sends: the sandbox's own bookkeeping field stays out. */
function asZoho(ticket: DemoTicket, includes: string[]): Record<string, unknown> {
  const { lastActivity: _ignored, ...fields } = ticket;
  if (!includes.includes('assignee')) delete fields['assignee'];
  if (!includes.includes('contacts')) delete fields['contact'];
  return fields;
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
    });
    res.end(fault.body ?? JSON.stringify({ errorCode: fault.errorCode, message: `Sandbox fault: ${fault.errorCode}` }));
    return true;
  }

  const [scheme, tokenValue] = (req.headers.authorization ?? '').split(' ');
  const token = scheme === 'Zoho-oauthtoken' ? state.tokens.get(tokenValue ?? '') : undefined;
  if (!token || token.revoked || token.expiresAt <= Date.now()) {
    deskError(res, 401, 'INVALID_OAUTH', 'The OAuth Token you provided is invalid.');
    return true;
  }
  const needs = (scope: string) => {
    if (token.scopes.includes(scope)) return true;
    deskError(res, 401, 'SCOPE_MISMATCH', 'The OAuth token does not have the scope for this request.');
    return false;
  };
  const orgs = ORGANIZATIONS.slice(0, Math.max(1, state.options.organizations));

  if (url.pathname === '/api/v1/organizations') {
    if (needs('Desk.basic.READ')) sendJson(res, 200, { data: orgs });
    return true;
  }
  if (url.pathname === '/api/v1/myinfo') {
    const id = state.options.agentIdOverride ?? ME.id;
    if (needs('Desk.basic.READ')) sendJson(res, 200, { ...ME, id, name: `${ME.firstName} ${ME.lastName}`, photoURL: null });
    return true;
  }
  const org = orgs.find((candidate) => candidate.id === req.headers['orgid']);
  if (!org) {
    deskError(res, 400, 'INVALID_DATA', 'The orgId header is missing or unknown.');
    return true;
  }
  if (!needs('Desk.tickets.READ')) return true;
  const demo = demoTickets(origin(req), org, state.options.ticketCount);
  const { ticketPatch, threadPatch } = state.options;
  const tickets = ticketPatch && demo[0] ? [{ ...demo[0], ...ticketPatch } as DemoTicket, ...demo.slice(1)] : demo;
  const threadsOf = (ticket: DemoTicket) => {
    const threads = demoThreads(ticket);
    // Answering whatever `limit` asked: a conversation of 300 messages.
    const all = state.options.ignoreLimit
      ? Array.from({ length: 300 }, (_, n) => ({ ...threads[0]!, id: `${ticket.id}8${String(n).padStart(3, '0')}` }))
      : threads;
    return all.map((thread) => ({ ...thread, ...threadPatch }));
  };

  const includes = (url.searchParams.get('include') ?? '').split(',');
  const answerPage = (list: DemoTicket[], extra: Record<string, unknown> = {}) => {
    const from = Number(url.searchParams.get('from') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    if (!Number.isInteger(from) || from < 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
      deskError(res, 422, 'INVALID_DATA', 'from or limit is out of range.');
      return;
    }
    const slice = state.options.ignoreLimit ? list.slice(from) : list.slice(from, from + limit);
    if (slice.length === 0) {
      res.writeHead(204);
      res.end();
    } else {
      sendJson(res, 200, { data: slice.map((t) => asZoho(t, includes)), ...extra });
    }
  };

  if (url.pathname === '/api/v1/tickets') {
    answerPage(filtered(tickets, url.searchParams));
    return true;
  }
  if (url.pathname === '/api/v1/tickets/search') {
    if (!needs('Desk.search.READ')) return true;
    const words = (url.searchParams.get('_all') ?? '').toLowerCase();
    const found = tickets.filter((t) => `${t.subject ?? ''} ${t['email'] ?? ''}`.toLowerCase().includes(words));
    includes.push('contacts', 'assignee');
    answerPage(found, { count: found.length });
    return true;
  }
  const parts = /^\/api\/v1\/tickets\/([^/]+)(?:\/threads(?:\/([^/]+))?)?$/.exec(url.pathname);
  const ticket = parts && tickets.find((candidate) => candidate.id === parts[1]);
  if (!ticket || !parts) {
    deskError(res, 404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
    return true;
  }
  if (url.pathname.endsWith('/threads')) {
    // The list carries summaries only; content comes from the single-thread call.
    sendJson(res, 200, { data: threadsOf(ticket).map(({ content: _content, ...rest }) => rest) });
    return true;
  }
  if (parts[2]) {
    const thread = threadsOf(ticket).find((candidate) => candidate.id === parts[2]);
    if (thread) sendJson(res, 200, thread);
    else deskError(res, 404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
    return true;
  }
  sendJson(res, 200, {
    description: `<div><p>${String(ticket.subject ?? '').replace(/</g, '&lt;')}</p><p>Sent from the help center.</p></div>`,
    ...asZoho(ticket, includes),
    isOverDue: ticket.dueDate !== null && Date.parse(ticket.dueDate) < Date.now() && ticket.statusType !== 'Closed',
  });
  return true;
}
