import { describe, expect, it } from 'vitest';
import { type DeskContext, deskGet, listTickets } from '../../src/shared/desk-api.ts';
import { type AppError, AppFailure } from '../../src/shared/errors.ts';

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

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  throw new Error('expected a failure');
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
    const error = await failureOf(deskGet(ctx, 'tickets'));
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
      expect((await failureOf(deskGet(ctx, 'tickets'))).code).toBe(code);
    }
  });

  it('reports a 200 that is not JSON as a bad response', async () => {
    const { ctx } = deskAnswering(() => new Response('{"data": [', { status: 200 }));
    expect(await failureOf(deskGet(ctx, 'tickets'))).toEqual({ code: 'bad_response', detail: 'not JSON' });
  });

  it('gives up on an answer that does not come in time', async () => {
    const { ctx } = deskAnswering(() => new Promise<Response>(() => undefined));
    const slow: DeskContext = {
      ...ctx,
      timeoutMs: 50,
      // Like fetch, the fake gives up when the request's signal aborts.
      fetch: (_input, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    };
    expect((await failureOf(deskGet(slow, 'tickets'))).code).toBe('network');
  });

  it('reports a failed connection as a network failure', async () => {
    const { ctx } = deskAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failureOf(deskGet(ctx, 'tickets'))).code).toBe('network');
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
    expect((await failureOf(listTickets(ctx, { from: 0, limit: 10 }))).code).toBe('bad_response');
  });
});
