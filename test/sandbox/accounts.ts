/**
 * Zoho Accounts, as docs/ZOHO.md describes it: a consent page, PKCE, single-use codes that
 * expire after 2 minutes, errors as HTTP 200 `{"error": …}`, and revocation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dataCenterByAccounts } from '../../src/shared/zoho/data-centers.ts';
import { escapeHtml, page, readBody, sendHtml, sendJson } from './http.ts';
import { randomId, type SandboxState, s256 } from './state.ts';

const KNOWN_SCOPES = /^Desk\.(tickets|basic|search|settings|contacts)\.(READ|ALL|CREATE|UPDATE|DELETE)$/;
const CODE_LIFETIME_MS = 2 * 60_000;

function errorPage(res: ServerResponse, message: string): void {
  sendHtml(res, 400, page('Zoho Accounts (sandbox): error', `<h1>Request error</h1><p>${escapeHtml(message)}</p>`));
}

const SESSION_COOKIE = 'zsandbox_session';

function sessionOf(req: IncomingMessage): string | null {
  const match = new RegExp(`(?:^|; )${SESSION_COOKIE}=([\\w.-]+)`).exec(req.headers.cookie ?? '');
  return match?.[1] ?? null;
}

function authorize(state: SandboxState, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const q = url.searchParams;
  const clientId = q.get('client_id') ?? '';
  const redirectUri = q.get('redirect_uri') ?? '';
  const scopes = (q.get('scope') ?? '').split(/[ ,]+/).filter(Boolean);
  if (q.get('response_type') !== 'code') {
    errorPage(res, 'response_type must be code');
    return;
  }
  if (clientId !== state.options.clientId) {
    errorPage(res, 'Invalid Client: the client id is not registered.');
    return;
  }
  if (!state.options.redirectUris.includes(redirectUri)) {
    errorPage(res, 'Invalid Redirect Uri: it does not match the registered one.');
    return;
  }
  if (scopes.length === 0 || !scopes.every((s) => KNOWN_SCOPES.test(s))) {
    errorPage(res, 'Invalid OAuth Scope.');
    return;
  }
  const id = randomId('consent-');
  state.consents.set(id, {
    clientId,
    redirectUri,
    scopes,
    state: q.get('state'),
    challenge: q.get('code_challenge') ?? '',
    // Zoho's default PKCE method is plain.
    method: q.get('code_challenge_method') ?? 'plain',
  });
  const session = sessionOf(req);
  const consented = session ? state.sessions.get(session) : undefined;
  if (consented && scopes.every((scope) => consented.has(scope))) {
    if (state.options.silentRenewal === 'allow') {
      approve(state, id, 'accept', req, res);
      return;
    }
    sendHtml(res, 200, page('Zoho Accounts (sandbox): sign in', '<h1>Sign in to Zoho</h1><p>Your session has ended.</p>'));
    return;
  }
  const list = scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('');
  sendHtml(
    res,
    200,
    page(
      'Zoho Accounts (sandbox): consent',
      `<h1>Allow access?</h1><p><strong>Desk Tickets (sandbox client)</strong> would like to access:</p>
<ul aria-label="Requested scopes">${list}</ul>
<form method="post" action="/oauth/v2/approve">
<input type="hidden" name="consent" value="${id}">
<button type="submit" name="decision" value="accept">Accept</button>
<button type="submit" name="decision" value="reject">Reject</button></form>`,
    ),
  );
}

function publicOrigin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

function approve(state: SandboxState, consentId: string, decision: string, req: IncomingMessage, res: ServerResponse): void {
  const consent = state.consents.get(consentId);
  if (!consent) {
    errorPage(res, 'This consent request is unknown or was already answered.');
    return;
  }
  state.consents.delete(consentId);
  const headers: Record<string, string> = {};
  const target = new URL(consent.redirectUri);
  const returnedState = state.options.tamperState ? 'tampered-state' : consent.state;
  if (decision !== 'accept') {
    target.searchParams.set('error', 'access_denied');
  } else {
    // Remember the consent for this browser, as Zoho does: the next authorization of the
    // same scopes is approved without a prompt.
    const session = sessionOf(req) ?? randomId('s');
    state.sessions.set(session, new Set([...(state.sessions.get(session) ?? []), ...consent.scopes]));
    headers['set-cookie'] = `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`;
    const code = randomId('1000.code.');
    state.codes.set(code, {
      clientId: consent.clientId,
      redirectUri: consent.redirectUri,
      scopes: consent.scopes,
      challenge: consent.challenge,
      method: consent.method,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
      used: false,
    });
    const server = state.options.redirectAccountsServer ?? publicOrigin(req);
    target.searchParams.set('code', code);
    // Zoho's id for the server's data center; the sandbox's own server says `us`.
    target.searchParams.set('location', state.options.redirectLocation ?? dataCenterByAccounts(server)?.id ?? 'us');
    target.searchParams.set('accounts-server', server);
    if (state.options.redirectIss) target.searchParams.set('iss', state.options.redirectIss);
  }
  if (returnedState !== null) target.searchParams.set('state', returnedState);
  res.writeHead(302, { ...headers, location: target.href });
  res.end();
}

function token(state: SandboxState, form: URLSearchParams, res: ServerResponse): void {
  // Zoho reports every token error with HTTP 200 and a JSON `error`.
  const refuse = (error: string) => sendJson(res, 200, { error });
  if (state.options.tokenError) {
    refuse(state.options.tokenError);
    return;
  }
  const played = state.options.tokenAnswer;
  if (played) {
    res.writeHead(played.status, { 'content-type': 'application/json' });
    res.end(played.body);
    return;
  }
  if (form.get('grant_type') !== 'authorization_code') {
    refuse('unsupported_grant_type');
    return;
  }
  const code = state.codes.get(form.get('code') ?? '');
  if (!code || code.used || code.expiresAt < Date.now()) {
    refuse('invalid_code');
    return;
  }
  code.used = true; // single use, even when the rest of the request is wrong
  if (form.get('client_id') !== code.clientId) {
    refuse('invalid_client');
    return;
  }
  if (form.get('redirect_uri') !== code.redirectUri) {
    refuse('invalid_redirect_uri');
    return;
  }
  const verifier = form.get('code_verifier') ?? '';
  const expected = code.method === 'S256' ? s256(verifier) : verifier;
  if (!verifier || expected !== code.challenge) {
    refuse('invalid_code_verifier');
    return;
  }
  const accessToken = randomId('1000.');
  state.tokens.set(accessToken, {
    clientId: code.clientId,
    scopes: code.scopes,
    expiresAt: Date.now() + state.options.tokenLifetimeSeconds * 1000,
    revoked: false,
  });
  sendJson(res, 200, {
    access_token: accessToken,
    api_domain: 'https://www.zohoapis.com',
    token_type: 'Bearer',
    expires_in: state.options.expiresInSent === undefined ? state.options.tokenLifetimeSeconds : state.options.expiresInSent,
  });
}

function revoke(state: SandboxState, form: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
  if (state.options.revokeDown) {
    req.socket.destroy();
    return;
  }
  const issued = state.tokens.get(form.get('token') ?? '');
  if (issued) {
    issued.revoked = true;
    // Revoking removes the app's consent: the next sign-in asks again.
    state.sessions.clear();
  }
  sendJson(res, 200, { status: 'success' });
}

export async function accountsHandler(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const body = req.method === 'POST' ? await readBody(req) : '';
  const form = new URLSearchParams(body);
  if (!url.pathname.startsWith('/__sandbox')) {
    state.log.push({
      server: 'accounts',
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form: Object.fromEntries(form),
      authorization: req.headers.authorization ?? null,
      orgId: null,
      at: Date.now(),
    });
  }
  const route = `${req.method} ${url.pathname}`;
  if (route === 'GET /oauth/v2/auth') authorize(state, url, req, res);
  else if (route === 'POST /oauth/v2/approve') approve(state, form.get('consent') ?? '', form.get('decision') ?? '', req, res);
  else if (route === 'POST /oauth/v2/token' && state.options.tokenDown) req.socket.destroy();
  else if (route === 'POST /oauth/v2/token') token(state, form, res);
  // Zoho documents both paths.
  else if (route === 'POST /oauth/v2/token/revoke' || route === 'POST /oauth/v2/revoke/token') revoke(state, form, req, res);
  else if (route === 'GET /home') sendHtml(res, 200, page('Zoho Accounts (sandbox)', '<h1>Connected Apps</h1>'));
  else return false;
  return true;
}
