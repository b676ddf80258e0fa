import { describe, expect, it } from 'vitest';
import { dispatch, isTrustedSender } from '../../src/background/router.ts';
import type { Reply, RevokeOutcome, Status, TicketsReply } from '../../src/shared/messages.ts';
import { openTicketCount } from '../sandbox/data.ts';
import { EXTENSION_ID, EXTENSION_ORIGIN, fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const popup = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/popup/index.html` };

async function ask<T>(type: string, request: object = {}): Promise<Reply<T>> {
  const reply = dispatch({ ...request, type }, popup);
  if (!reply) throw new Error('no reply');
  return (await reply) as Reply<T>;
}

async function value<T>(type: string, request: object = {}): Promise<T> {
  const reply = await ask<T>(type, request);
  if (!reply.ok) throw new Error(`failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

describe('sender check', () => {
  it('answers only the extension’s own pages', () => {
    expect(isTrustedSender(popup)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ id: 'another-extension', url: `${EXTENSION_ORIGIN}/x.html` })).toBe(false);
    expect(isTrustedSender({ id: EXTENSION_ID })).toBe(false);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'not a url' })).toBe(false);
    expect(dispatch({ type: 'getStatus' }, { id: EXTENSION_ID, url: 'https://evil.example/' })).toBeUndefined();
  });

  it('ignores messages outside the protocol', () => {
    expect(dispatch({ type: 'getToken' }, popup)).toBeUndefined();
    expect(dispatch('getStatus', popup)).toBeUndefined();
  });
});

describe('the whole path through the handler map', () => {
  it('signs in, lists tickets, reports status without the token, and revokes', async () => {
    const before = await value<Status>('getStatus');
    expect(before).toMatchObject({ signedIn: false, clientConfigured: true, connection: null, hasCachedTickets: false, lastTarget: null });

    const after = await value<Status>('signIn', { target: 'custom' });
    expect(after.signedIn).toBe(true);
    // The next sign-in (after a revoke, say) preselects the same data center.
    expect(after.lastTarget).toBe('custom');

    const view = await value<TicketsReply>('listTickets');
    expect(view.problem).toBeNull();
    expect(view.listing?.orgName).toBe('Zylker Support');
    expect(view.listing?.tickets).toHaveLength(openTicketCount(30));
    expect(view.listing?.tickets[1]?.subject).toBe('<img src=x onerror=alert(1)>');

    const status = await value<Status>('getStatus');
    expect(status.connection).toMatchObject({
      orgName: 'Zylker Support',
      accountsServer: sandbox.current.accountsUrl,
      deskUrl: sandbox.current.deskUrl,
      scopes: ['Desk.tickets.READ', 'Desk.basic.READ'],
    });
    const token = (fake.session.data['token'] as { accessToken: string }).accessToken;
    expect(JSON.stringify([after, view, status])).not.toContain(token);

    const outcome = await value<RevokeOutcome>('revoke');
    expect(outcome.revokedAtZoho).toBe(true);
    expect(sandbox.current.state.tokens.get(token)?.revoked).toBe(true);
    const revokeCall = sandbox.current.state.log.find((r) => r.path === '/oauth/v2/token/revoke');
    expect(revokeCall?.form['token']).toBe(token);
    expect(fake.session.data).toEqual({});
    expect((await value<Status>('getStatus')).signedIn).toBe(false);
  });

  it('gives host access back on revoke, keeping install-time access', async () => {
    fake.granted.add('https://accounts.zoho.eu/*');
    fake.granted.add('https://desk.zoho.eu/*');
    await value('signIn', { target: 'custom' });
    await value('revoke');
    expect([...fake.granted]).toEqual(['http://127.0.0.1/*']);
  });

  it('still forgets the token when Zoho cannot be reached to revoke it', async () => {
    await value('signIn', { target: 'custom' });
    await value('listTickets');
    sandbox.current.state.configure({ revokeDown: true });
    const outcome = await value<RevokeOutcome>('revoke');
    expect(outcome).toEqual({
      revokedAtZoho: false,
      connectedAppsUrl: `${sandbox.current.accountsUrl}/home#sessions/userconnectedapps`,
    });
    expect(fake.session.data).toEqual({});
  });

  it('answers failures as data, never as exception text', async () => {
    await fake.local.clear();
    expect(await ask('signIn', { target: 'custom' })).toEqual({ ok: false, error: { code: 'no_client_id' } });
    expect(await ask('listTickets')).toEqual({ ok: false, error: { code: 'not_signed_in' } });
    expect(await ask('signIn', { target: 'atlantis' })).toEqual({
      ok: false,
      error: { code: 'unexpected', detail: 'unknown data center' },
    });
    // Anything else that goes wrong is one code: no message, no stack, nothing of what failed.
    fake.session.get = async () => {
      throw new TypeError('Cannot read properties of undefined (at session.ts:12:7)');
    };
    expect(await ask('getStatus')).toEqual({ ok: false, error: { code: 'unexpected' } });
  });

  it('tells a popup that opens later why the last sign-in failed', async () => {
    sandbox.current.state.configure({ tokenError: 'invalid_code' });
    await ask('signIn', { target: 'custom' });
    expect((await value<Status>('getStatus')).lastSignInError).toEqual({ code: 'token_rejected', detail: 'invalid_code' });
  });
});

describe('ids at the message boundary', () => {
  it('refuses ids that are not digits before any handler runs, and calls no one', async () => {
    await value('signIn', { target: 'custom' });
    const calls = sandbox.current.state.log.length;
    for (const [type, request] of [
      ['getTicket', { id: '../organizations' }],
      ['getTicket', { id: '1/threads/2' }],
      ['getTicket', { id: 42 }],
      ['chooseOrganization', { orgId: '60001234567/..' }],
      ['chooseOrganization', {}],
      ['search', { query: { $ne: 1 } }],
      ['setSearch', { enabled: 'yes' }],
      ['listTickets', { force: 'true' }],
      ['signIn', { target: 'x'.repeat(1000) }],
      ['getQueue', { departmentId: '../views' }],
      ['getWorkload', { departmentId: 7 }],
      ['findTicket', { number: '12&limit=5000' }],
      ['findTicket', {}],
      ['setSettingsRead', { enabled: 1 }],
    ] as const) {
      expect(dispatch({ ...request, type }, popup), `${type} ${JSON.stringify(request)}`).toBeUndefined();
    }
    expect(sandbox.current.state.log.length).toBe(calls);
    expect(fake.local.data).not.toHaveProperty('orgId');
  });

  it('answers well-formed ids', async () => {
    await value('signIn', { target: 'custom' });
    const view = await value<TicketsReply>('listTickets');
    const id = view.listing!.tickets[0]!.id;
    expect((await ask('getTicket', { id })).ok).toBe(true);
  });
});
