/**
 * Zoho Desk API v1, as zoho-notes.md describes it: token and orgId headers, scope checks,
 * `{errorCode, message}` errors, paging with `from`/`limit`, and HTTP 204 for an empty page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { demoTickets, ORGANIZATIONS } from './data.ts';
import { delay, page, sendHtml, sendJson } from './http.ts';
import type { SandboxState } from './state.ts';

function deskError(res: ServerResponse, status: number, errorCode: string, message: string): void {
  sendJson(res, status, { errorCode, message });
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
    orgId: (req.headers.orgid as string | undefined) ?? null,
  });
  if (state.options.deskLatencyMs > 0) await delay(state.options.deskLatencyMs);
  if (state.options.deskDown) {
    req.socket.destroy();
    return true;
  }
  const fault = state.options.deskFaults.shift();
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
  const org = orgs.find((candidate) => candidate.id === req.headers.orgid);
  if (!org) {
    deskError(res, 400, 'INVALID_DATA', 'The orgId header is missing or unknown.');
    return true;
  }
  if (!needs('Desk.tickets.READ')) return true;
  const tickets = demoTickets(origin(req), org, state.options.ticketCount);

  if (url.pathname === '/api/v1/tickets') {
    const from = Number(url.searchParams.get('from') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    if (!Number.isInteger(from) || from < 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
      deskError(res, 422, 'INVALID_DATA', 'from or limit is out of range.');
      return true;
    }
    const slice = tickets.slice(from, from + limit);
    if (slice.length === 0) {
      res.writeHead(204);
      res.end();
    } else {
      sendJson(res, 200, { data: slice });
    }
    return true;
  }
  const match = /^\/api\/v1\/tickets\/([^/]+)$/.exec(url.pathname);
  const ticket = match && tickets.find((candidate) => candidate.id === match[1]);
  if (ticket) {
    sendJson(res, 200, { ...ticket, description: `<p>${String(ticket.subject ?? '')}</p>`, isOverDue: false });
  } else {
    deskError(res, 404, 'URL_NOT_FOUND', 'The URL you requested could not be found.');
  }
  return true;
}
