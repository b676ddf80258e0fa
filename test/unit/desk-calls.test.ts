/** Expiry, silent renewal, retries and failures, against the sandbox. */
import { describe, expect, it } from 'vitest';
import { queueReply, workloadReply } from '../../src/background/queue.ts';
import { revoke } from '../../src/background/revoke.ts';
import { keepOnlySameAccount } from '../../src/background/same-account.ts';
import { renewSilently, signIn } from '../../src/background/sign-in.ts';
import { cacheWritten, chooseOrganization, listReply, listReplyFor, MAX_TICKETS } from '../../src/background/ticket-list.ts';
import type { TokenRecord } from '../../src/background/worker-store.ts';
import { ME, ORGANIZATIONS, openTicketCount } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
/** What the popup's Refresh button asks: Zoho, even when the cached list is fresh. */
const refresh = () => listReply({ force: true });
/** The popup's default filter shows tickets of the Open status type. */
const OPEN = openTicketCount(30);
const ALL = { filter: { status: 'all', owner: 'all', sort: 'newest' } };
const deskCalls = () => sandbox.current.state.log.filter((r) => r.server === 'desk');
const tokenCalls = () => sandbox.current.state.log.filter((r) => r.path === '/oauth/v2/token');
const storedToken = () => (fake.session.data['token'] as { accessToken: string; expiresAt: number } | undefined)?.accessToken;
const configure = (options: Parameters<typeof sandbox.current.state.configure>[0]) => sandbox.current.state.configure(options);
/** Ages the stored token: it now runs out in `ms`, as an hour-old token would. */
const expireTokenIn = (ms: number) => {
  const token = fake.session.data['token'] as { expiresAt: number };
  token.expiresAt = Date.now() + ms;
};

async function signedInWithTickets() {
  await signIn('custom');
  const view = await refresh();
  expect(view.listing?.tickets.length).toBeGreaterThan(0);
  return view;
}

describe('expiry and silent renewal', () => {
  it('renews a token that expires within 60 s before using it, without a prompt', async () => {
    await signIn('custom');
    expireTokenIn(30_000);
    const first = storedToken();
    const view = await refresh();
    expect(view.problem).toBeNull();
    expect(storedToken()).not.toBe(first);
    expect(fake.webAuthFlows.map((f) => f.interactive)).toEqual([true, false]);
    expect(fake.webAuthFlows[1]).toMatchObject({ abortOnLoadForNonInteractive: false, timeoutMsForNonInteractive: 10_000 });
    // Desk never saw the old token.
    expect(deskCalls().every((call) => call.authorization === `Zoho-oauthtoken ${storedToken()}`)).toBe(true);
  });

  it('leaves Chrome’s non-interactive options out in Firefox, which rejects them', async () => {
    const runtime = (await import('webextension-polyfill')).default.runtime as unknown as Record<string, unknown>;
    runtime['getBrowserInfo'] = async () => ({ name: 'Firefox' });
    try {
      await signIn('custom');
      expireTokenIn(30_000);
      await refresh();
      expect(fake.webAuthFlows[1]).toEqual({ url: expect.any(String), interactive: false });
    } finally {
      delete runtime['getBrowserInfo'];
    }
  });

  it('renews once when Zoho answers INVALID_OAUTH mid-session, and tries again', async () => {
    await signedInWithTickets();
    configure({ deskFaults: [{ status: 401, errorCode: 'INVALID_OAUTH', invalidateToken: true }] });
    const view = await refresh();
    expect(view.problem).toBeNull();
    expect(view.listing?.tickets).toHaveLength(OPEN);
    expect(tokenCalls()).toHaveLength(2);
  });

  it('shares one renewal between callers that fail together', async () => {
    await signedInWithTickets();
    for (const token of sandbox.current.state.tokens.values()) token.revoked = true;
    const views = await Promise.all([refresh(), refresh(), refresh()]);
    expect(views.every((view) => view.problem === null)).toBe(true);
    expect(fake.webAuthFlows.filter((f) => f.interactive === false)).toHaveLength(1);
    expect(tokenCalls()).toHaveLength(2);
  });

  it('makes one renewal and one check of whose token it is for callers that found the same one stale', async () => {
    await signedInWithTickets();
    // The agent is known (the list asked /myinfo), so a renewal checks it is still the same one.
    await expect.poll(() => Object.keys((fake.session.data['agentIds'] as object | undefined) ?? {}).length).toBe(1);
    const stale = fake.session.data['token'] as TokenRecord;
    const before = sandbox.current.state.log.length;
    await Promise.all([renewSilently(stale), renewSilently(stale), renewSilently(stale)]);
    const since = sandbox.current.state.log.slice(before);
    expect(since.filter((r) => r.path === '/oauth/v2/token')).toHaveLength(1);
    expect(since.filter((r) => r.path === '/api/v1/myinfo')).toHaveLength(1);
  });

  it('ends the session when Zoho will not renew, keeping the last tickets', async () => {
    const before = await signedInWithTickets();
    configure({ silentRenewal: 'refuse', deskFaults: [{ status: 401, errorCode: 'INVALID_OAUTH', invalidateToken: true }] });
    const view = await refresh();
    expect(view.problem).toEqual({ code: 'session_ended' });
    expect(view.listing?.tickets).toEqual(before.listing?.tickets);
    expect(fake.session.data).not.toHaveProperty('token');
    // One silent attempt, no loop: and the next open does not try again without a token.
    const again = await refresh();
    expect(again.problem).toEqual({ code: 'session_ended' });
    expect(fake.webAuthFlows.filter((f) => f.interactive === false)).toHaveLength(1);
  });

  it('does not renew again when a token renewed for expiry is refused', async () => {
    await signIn('custom');
    expireTokenIn(30_000);
    configure({ deskFaults: [{ status: 401, errorCode: 'INVALID_OAUTH' }] });
    // No tickets from before to keep: the failure itself is the answer.
    await expect(refresh()).rejects.toMatchObject({ error: { code: 'session_ended' } });
    expect(tokenCalls()).toHaveLength(2);
    expect(fake.session.data).not.toHaveProperty('token');
  });

  it('does not renew twice when the renewed token is refused too', async () => {
    await signedInWithTickets();
    configure({
      deskFaults: [
        { path: '/api/v1/tickets', status: 401, errorCode: 'INVALID_OAUTH' },
        { path: '/api/v1/tickets', status: 401, errorCode: 'UNAUTHORIZED' },
      ],
    });
    const view = await refresh();
    expect(view.problem?.code).toBe('session_ended');
    expect(tokenCalls()).toHaveLength(2);
  });
});

describe('retries', () => {
  it('honours Retry-After on a 429 and gets the tickets', async () => {
    await signedInWithTickets();
    configure({ deskFaults: [{ status: 429, errorCode: 'TOO_MANY_REQUESTS', retryAfter: '1' }] });
    const started = Date.now();
    const view = await refresh();
    expect(view.problem).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on 429 after three tries in all, keeping the tickets', async () => {
    await signedInWithTickets();
    const calls = deskCalls().length;
    configure({ deskFaults: Array.from({ length: 3 }, () => ({ status: 429, errorCode: 'TOO_MANY_REQUESTS' })) });
    const view = await refresh();
    expect(view.problem?.code).toBe('rate_limited');
    expect(deskCalls().length - calls).toBe(3);
    expect(view.listing?.tickets).toHaveLength(OPEN);
  });

  it('retries a 500 once', async () => {
    await signedInWithTickets();
    const calls = deskCalls().length;
    configure({ deskFaults: [{ status: 500, errorCode: 'INTERNAL_SERVER_ERROR' }, { status: 500 }] });
    expect((await refresh()).problem?.code).toBe('server_error');
    expect(deskCalls().length - calls).toBe(2);
    configure({ deskFaults: [{ status: 502, body: '<html>Bad gateway</html>' }] });
    expect((await refresh()).problem).toBeNull();
  });
});

describe('bad answers and lost connections', () => {
  it('keeps the tickets when Desk cannot be reached', async () => {
    const before = await signedInWithTickets();
    configure({ deskDown: true });
    const view = await refresh();
    expect(view.problem).toEqual({ code: 'network' });
    expect(view.listing).toEqual(before.listing);
  });

  it('keeps the tickets when Desk answers something that is not JSON', async () => {
    await signedInWithTickets();
    configure({ deskFaults: [{ status: 200, body: '<html>maintenance</html>' }] });
    const view = await refresh();
    expect(view.problem).toEqual({ code: 'bad_response', detail: 'not JSON' });
    expect(view.listing?.tickets).toHaveLength(OPEN);
  });

  it('follows no redirect: nothing goes to the new location, and the tickets stay', async () => {
    await signedInWithTickets();
    const elsewhere = `${sandbox.current.deskUrl}/api/v1/moved`;
    configure({ deskFaults: [{ path: '/api/v1/tickets', status: 302, location: elsewhere, body: '' }] });
    const view = await refresh();
    expect(view.problem).toEqual({ code: 'desk_redirect', detail: 'HTTP 302' });
    expect(view.listing?.tickets).toHaveLength(OPEN);
    expect(deskCalls().map((call) => call.path)).not.toContain('/api/v1/moved');
  });

  it.each(['SCOPE_MISMATCH', 'OAUTH_ORG_MISMATCH', 'FORBIDDEN', 'LICENSE_ACCESS_LIMITED', 'THRESHOLD_EXCEEDED', 'URL_NOT_FOUND'])(
    'reports %s with Zoho’s code and keeps the tickets',
    async (errorCode) => {
      await signedInWithTickets();
      configure({ deskFaults: [{ status: errorCode === 'URL_NOT_FOUND' ? 404 : 403, errorCode }] });
      const view = await refresh();
      expect(view.problem).toMatchObject({ code: 'desk_error', detail: errorCode });
      expect(view.listing?.tickets).toHaveLength(OPEN);
    },
  );
});

describe('organizations and pages', () => {
  it('pages through three pages until Zoho answers a short page', async () => {
    configure({ ticketCount: 120 });
    await fake.local.set(ALL);
    await signIn('custom');
    let view = await refresh();
    expect(view.listing).toMatchObject({ hasMore: true, capped: false });
    expect(view.listing?.tickets).toHaveLength(50);
    view = await listReply({ more: true, force: true });
    expect(view.listing?.tickets).toHaveLength(100);
    view = await listReply({ more: true, force: true });
    expect(view.listing?.tickets).toHaveLength(120);
    expect(view.listing?.hasMore).toBe(false);
    expect(new Set(view.listing?.tickets.map((t) => t.id)).size).toBe(120);
    const pages = deskCalls()
      .filter((c) => c.path === '/api/v1/tickets')
      .map((c) => [c.query['from'], c.query['limit']]);
    expect(pages).toEqual([
      ['0', '50'],
      ['50', '50'],
      ['100', '50'],
    ]);
  });

  it('stops at an exact multiple of the page size when Zoho answers 204', async () => {
    configure({ ticketCount: 50 });
    await fake.local.set(ALL);
    await signIn('custom');
    expect((await refresh()).listing?.hasMore).toBe(true);
    const view = await listReply({ more: true, force: true });
    expect(view.listing).toMatchObject({ hasMore: false });
    expect(view.listing?.tickets).toHaveLength(50);
  });

  it('caps the list and says so', async () => {
    configure({ ticketCount: MAX_TICKETS + 10 });
    await fake.local.set(ALL);
    await signIn('custom');
    let view = await refresh();
    while (view.listing?.hasMore) view = await listReply({ more: true, force: true });
    expect(view.listing).toMatchObject({ capped: true, hasMore: false });
    expect(view.listing?.tickets).toHaveLength(MAX_TICKETS);
  });

  it('offers every organization and remembers the one chosen', async () => {
    configure({ organizations: 2 });
    await signIn('custom');
    const first = await refresh();
    expect(first.organizations.map((o) => o.name)).toEqual(['Zylker Support', 'Zylker Japan サポート']);
    expect(first.listing?.orgName).toBe('Zylker Support');
    const second = await chooseOrganization({ orgId: '60009876543' });
    expect(second.listing?.orgName).toBe('Zylker Japan サポート');
    expect(fake.local.data['orgId']).toBe('60009876543');
    expect(deskCalls().at(-1)?.orgId).toBe('60009876543');
  });
});

describe('after review', () => {
  it('does not try again to renew a token whose renewal already failed', async () => {
    await signIn('custom');
    const stale = fake.session.data['token'] as Parameters<typeof renewSilently>[0];
    configure({ silentRenewal: 'refuse' });
    for (const token of sandbox.current.state.tokens.values()) token.revoked = true;
    await expect(refresh()).rejects.toMatchObject({ error: { code: 'session_ended' } });
    // A late caller still holding the old token: no new authorization.
    await renewSilently(stale);
    expect(fake.webAuthFlows.filter((f) => f.interactive === false)).toHaveLength(1);
  });

  it('a renewal under way cannot bring a token back after revoke', async () => {
    await signIn('custom');
    const stale = fake.session.data['token'] as Parameters<typeof renewSilently>[0];
    const slowZoho = fake.webAuthFlow;
    fake.webAuthFlow = async (details) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return slowZoho(details);
    };
    const renewal = renewSilently(stale).catch(() => undefined);
    await revoke();
    await renewal;
    expect(fake.session.data).not.toHaveProperty('token');
  });

  it('forgets an organization remembered from another account', async () => {
    await fake.local.set({ orgId: 'from-another-account' });
    await signIn('custom');
    const view = await refresh();
    expect(view.listing?.orgName).toBe('Zylker Support');
    expect(fake.local.data).not.toHaveProperty('orgId');
  });

  it('keeps the token when renewal fails only because Zoho cannot be reached', async () => {
    await signIn('custom');
    expireTokenIn(30_000);
    fake.webAuthFlow = async () => {
      throw new Error('Authorization page could not be loaded.');
    };
    await expect(refresh()).rejects.toMatchObject({ error: { code: 'network' } });
    expect(fake.session.data).toHaveProperty('token');
  });
});

describe('a silent renewal for another account', () => {
  const ORG = ORGANIZATIONS[0]!.id;
  const cachedLists = () => Object.keys((fake.session.data['ticketCache'] ?? {}) as object).sort();
  const organizationCalls = () => sandbox.current.state.log.filter((r) => r.path === '/api/v1/organizations').length;

  async function twoCachedLists(): Promise<void> {
    await signIn('custom');
    await listReply({ force: true });
    await listReplyFor({ status: 'closed', owner: 'all', sort: 'newest' }, { force: true });
    await cacheWritten();
    // The agent's departments, views and workload, cached as the popup's picker and header read them.
    await Promise.all([queueReply({}), workloadReply({})]);
    expect(Object.keys((fake.session.data['queue'] as { departments: object }).departments)).toEqual([ORG]);
    expect(cachedLists()).toEqual(['closed|all|newest', 'open|all|newest']);
    expect(fake.session.data['agentIds']).toEqual({ [ORG]: ME.id });
  }

  it('forgets the last agent’s organizations, agent and tickets when /myinfo names someone else', async () => {
    await twoCachedLists();
    configure({ agentIdOverride: '60001234000000999999' });
    expireTokenIn(30_000);
    const view = await refresh();
    await cacheWritten();
    expect(view.problem).toBeNull();
    expect(view.listing?.tickets.length).toBeGreaterThan(0);
    // Nothing of the last agent is left; the list fetched across the switch is not kept either.
    expect(cachedLists()).toEqual([]);
    expect(fake.session.data).not.toHaveProperty('queue');
    expect(organizationCalls()).toBe(2);
    expect(fake.session.data['agentIds']).not.toEqual({ [ORG]: ME.id });
  });

  it('shows nothing of the last agent when the refresh after the switch fails', async () => {
    await twoCachedLists();
    configure({
      agentIdOverride: '60001234000000999999',
      deskFaults: [
        { path: '/api/v1/organizations', status: 500 },
        { path: '/api/v1/organizations', status: 500 },
      ],
    });
    expireTokenIn(30_000);
    await expect(refresh()).rejects.toMatchObject({ error: { code: 'server_error' } });
    expect(cachedLists()).toEqual([]);
  });

  it('keeps everything when the renewed token is the same agent’s', async () => {
    await twoCachedLists();
    expireTokenIn(30_000);
    await refresh();
    await cacheWritten();
    expect(cachedLists()).toEqual(['closed|all|newest', 'open|all|newest']);
    expect(organizationCalls()).toBe(1);
  });

  it('forgets them when the token comes from another data center, without asking Desk', async () => {
    await twoCachedLists();
    const stale = fake.session.data['token'] as TokenRecord;
    await fake.session.set({
      token: { ...stale, accessToken: 'other', accountsServer: 'https://accounts.zoho.eu', deskUrl: 'https://desk.zoho.eu' },
    });
    const calls = deskCalls().length;
    await keepOnlySameAccount(stale);
    expect(fake.session.data).not.toHaveProperty('organizations');
    expect(fake.session.data).not.toHaveProperty('agentIds');
    expect(cachedLists()).toEqual([]);
    expect(deskCalls()).toHaveLength(calls);
  });
});

describe('the agent’s id', () => {
  it('is asked once in each organization, where Zoho gives the agent another id', async () => {
    configure({ organizations: 2 });
    await signIn('custom');
    const MINE = { status: 'open', owner: 'me', sort: 'newest' } as const;
    await listReplyFor(MINE, { force: true });
    await chooseOrganization({ orgId: ORGANIZATIONS[1]!.id });
    await listReplyFor(MINE, { force: true });
    await listReplyFor(MINE, { force: true });
    const asked = sandbox.current.state.log.filter((r) => r.path === '/api/v1/myinfo').map((r) => r.orgId);
    expect(asked).toEqual([ORGANIZATIONS[0]!.id, ORGANIZATIONS[1]!.id]);
    expect(Object.keys(fake.session.data['agentIds'] as object).sort()).toEqual([ORGANIZATIONS[0]!.id, ORGANIZATIONS[1]!.id].sort());
  });
});
