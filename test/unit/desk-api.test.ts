import { describe, expect, it } from 'vitest';
import { listTickets } from '../../src/shared/zoho/desk-api.ts';
import { type DeskContext, deskFailure, deskGet } from '../../src/shared/zoho/desk-fetch.ts';
import { AppFailure } from '../../src/shared/zoho/errors.ts';
import { failureOf } from './failure-code.ts';

/** The failure a call ends in; none fails the test where it is read. */
const failed = async (run: Promise<unknown>) => (await failureOf(run))!;

interface Seen {
  url: URL;
  headers: Headers;
  credentials: RequestCredentials | undefined;
}

/** A Desk that answers every request with one fixed response, and remembers what it was asked. */
function deskAnswering(answer: () => Response | Promise<Response>): { ctx: DeskContext; seen: Seen[] } {
  const seen: Seen[] = [];
  const ctx: DeskContext = {
    deskUrl: 'https://desk.zoho.eu',
    token: 'tok',
    orgId: '600',
    fetch: async (input, init) => {
      seen.push({ url: new URL(String(input)), headers: new Headers(init?.headers), credentials: init?.credentials });
      return answer();
    },
  };
  return { ctx, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('deskGet', () => {
  it('sends the Zoho-oauthtoken and orgId headers, and no cookies', async () => {
    const { ctx, seen } = deskAnswering(() => json(200, { data: [] }));
    await deskGet(ctx, 'tickets', { from: 0 });
    expect(seen[0]?.url.href).toBe('https://desk.zoho.eu/api/v1/tickets?from=0');
    expect(seen[0]?.headers.get('authorization')).toBe('Zoho-oauthtoken tok');
    expect(seen[0]?.headers.get('orgid')).toBe('600');
    expect(seen[0]?.credentials).toBe('omit');
  });

  it('reads HTTP 204 as null', async () => {
    const { ctx } = deskAnswering(() => new Response(null, { status: 204 }));
    expect(await deskGet(ctx, 'tickets')).toBeNull();
  });

  it.each([
    [401, 'INVALID_OAUTH', 'session_ended'],
    [401, 'UNAUTHORIZED', 'session_ended'],
    [429, 'TOO_MANY_REQUESTS', 'rate_limited'],
    [500, 'INTERNAL_SERVER_ERROR', 'server_error'],
    [403, 'SCOPE_MISMATCH', 'desk_error'],
    [403, 'LICENSE_ACCESS_LIMITED', 'desk_error'],
  ])('maps HTTP %i %s to %s', async (status, errorCode, code) => {
    const { ctx } = deskAnswering(() => json(status, { errorCode, message: 'Zoho says so' }));
    const error = await failed(deskGet(ctx, 'tickets'));
    expect(error.code).toBe(code);
    expect(error.detail).toBe(errorCode);
    expect(error.zohoMessage).toBe('Zoho says so');
  });

  it('maps bare HTTP statuses when there is no errorCode', async () => {
    for (const [status, code] of [
      [401, 'session_ended'],
      [503, 'server_error'],
      [429, 'rate_limited'],
      [404, 'desk_error'],
    ] as const) {
      const { ctx } = deskAnswering(() => new Response('<html>gateway</html>', { status }));
      expect((await failed(deskGet(ctx, 'tickets'))).code).toBe(code);
    }
  });

  it('reads an errorCode in a 200 as the error it names', async () => {
    const { ctx } = deskAnswering(() => json(200, { errorCode: 'INVALID_OAUTH', message: 'expired' }));
    expect(await failed(deskGet(ctx, 'tickets'))).toEqual({ code: 'session_ended', detail: 'INVALID_OAUTH', zohoMessage: 'expired' });
  });

  it('reads an empty 200 as no value, not as a broken answer', async () => {
    const { ctx } = deskAnswering(() => new Response('', { status: 200 }));
    expect(await deskGet(ctx, 'tickets')).toBeUndefined();
  });

  it('sends no orgId header for calls outside an organization', async () => {
    const { ctx, seen } = deskAnswering(() => json(200, { data: [] }));
    const { orgId: _none, ...outside } = ctx;
    await deskGet(outside, 'organizations');
    expect(seen[0]?.headers.has('orgId')).toBe(false);
  });

  it('answers a redirect as one, in the browser’s opaque form and as a bare 30x, and a 400 as Desk’s error', async () => {
    // What a browser gives for `redirect: 'manual'`: a response of type opaqueredirect, status 0.
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    expect(await failed(deskGet(deskAnswering(() => opaque).ctx, 'tickets'))).toEqual({ code: 'desk_redirect', detail: 'HTTP 0' });
    for (const status of [300, 302, 308, 399]) {
      const { ctx } = deskAnswering(() => new Response(null, { status, headers: { location: 'https://elsewhere.example/' } }));
      expect(await failed(deskGet(ctx, 'tickets')), String(status)).toEqual({ code: 'desk_redirect', detail: `HTTP ${status}` });
    }
    const { ctx } = deskAnswering(() => new Response('', { status: 400 }));
    expect((await failed(deskGet(ctx, 'tickets'))).code).toBe('desk_error');
  });

  it('asks fetch not to follow redirects', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const ctx: DeskContext = {
      deskUrl: 'https://desk.zoho.eu',
      token: 'tok',
      fetch: async (_input, init) => {
        inits.push(init);
        return json(200, { data: [] });
      },
    };
    await deskGet(ctx, 'organizations');
    expect(inits[0]?.redirect).toBe('manual');
  });

  it('reports a 200 that is not JSON as a bad response', async () => {
    const { ctx } = deskAnswering(() => new Response('{"data": [', { status: 200 }));
    expect(await failed(deskGet(ctx, 'tickets'))).toEqual({ code: 'bad_response', detail: 'not JSON' });
  });

  it('gives up on an answer that does not come in time', async () => {
    const { ctx } = deskAnswering(() => new Promise<Response>(() => undefined));
    const slow: DeskContext = {
      ...ctx,
      timeoutMs: 50,
      // Like fetch, the fake gives up when the request's signal aborts.
      fetch: (_input, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    };
    expect((await failed(deskGet(slow, 'tickets'))).code).toBe('network');
  });

  it('reports a failed connection as a network failure', async () => {
    const { ctx } = deskAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failed(deskGet(ctx, 'tickets'))).code).toBe('network');
  });
});

describe('listTickets', () => {
  it('asks for at most 50 a page, newest first', async () => {
    const { ctx, seen } = deskAnswering(() => json(200, { data: [{ id: '1', subject: 'a' }, { nope: true }] }));
    const page = await listTickets(ctx, { from: 50, limit: 500 });
    expect(seen[0]?.url.searchParams.get('limit')).toBe('50');
    expect(seen[0]?.url.searchParams.get('from')).toBe('50');
    expect(seen[0]?.url.searchParams.get('sortBy')).toBe('-createdTime');
    expect(page.items.map((t) => t.id)).toEqual(['1']);
    expect(page.skipped).toBe(1);
  });

  it('fails clearly when data is not a list', async () => {
    const { ctx } = deskAnswering(() => json(200, { data: 'nope' }));
    expect((await failed(listTickets(ctx, { from: 0, limit: 10 }))).code).toBe('bad_response');
  });
});

describe('deskFailure', () => {
  const failure = (status: number, body: unknown, retryAfter: string | null = null) => {
    try {
      deskFailure(status, body, retryAfter);
    } catch (error) {
      if (error instanceof AppFailure) return error.error;
    }
    throw new Error('expected a failure');
  };

  it.each([
    [401, undefined, null, { code: 'session_ended', detail: 'HTTP 401' }],
    [429, undefined, '7', { code: 'rate_limited', detail: 'HTTP 429', retryAfterMs: 7000 }],
    [429, undefined, null, { code: 'rate_limited', detail: 'HTTP 429' }],
    [500, undefined, null, { code: 'server_error', detail: 'HTTP 500' }],
    [503, 'Service Unavailable', null, { code: 'server_error', detail: 'HTTP 503' }],
    [499, undefined, null, { code: 'desk_error', detail: 'HTTP 499' }],
    [404, { message: 'no errorCode' }, null, { code: 'desk_error', detail: 'HTTP 404' }],
    [429, { errorCode: 'TOO_MANY_REQUESTS' }, '3', { code: 'rate_limited', detail: 'TOO_MANY_REQUESTS', retryAfterMs: 3000 }],
    [
      429,
      { errorCode: 'TOO_MANY_REQUESTS', message: 'slow down' },
      null,
      { code: 'rate_limited', detail: 'TOO_MANY_REQUESTS', zohoMessage: 'slow down' },
    ],
    [401, { errorCode: 'UNAUTHORIZED' }, null, { code: 'session_ended', detail: 'UNAUTHORIZED' }],
    [
      500,
      { errorCode: 'INTERNAL_SERVER_ERROR', message: 'oops' },
      null,
      { code: 'server_error', detail: 'INTERNAL_SERVER_ERROR', zohoMessage: 'oops' },
    ],
    [422, { errorCode: 'INVALID_DATA', message: '' }, null, { code: 'desk_error', detail: 'INVALID_DATA' }],
  ])('maps HTTP %i with %j and Retry-After %j to %j', (status, body, retryAfter, expected) => {
    expect(failure(status, body, retryAfter)).toStrictEqual(expected);
  });
});
