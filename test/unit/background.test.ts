import { describe, expect, it } from 'vitest';
import { dispatch, isTrustedSender } from '../../src/background/router.ts';
import type { Reply, Status, TicketListing, RevokeOutcome } from '../../src/shared/messages.ts';
import { EXTENSION_ID, EXTENSION_ORIGIN, fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const popup = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/popup/index.html` };

async function ask<T>(type: string): Promise<Reply<T>> {
  const reply = dispatch({ type }, popup);
  if (!reply) throw new Error('no reply');
  return (await reply) as Reply<T>;
}

async function value<T>(type: string): Promise<T> {
  const reply = await ask<T>(type);
  if (!reply.ok) throw new Error(`failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

describe('sender check', () => {
  it('answers only the extension’s own pages', () => {
    expect(isTrustedSender(popup)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ id: 'another-extension', url: `${EXTENSION_ORIGIN}/x.html` })).toBe(false);
    expect(isTrustedSender({ id: EXTENSION_ID })).toBe(false);
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
    expect(before).toMatchObject({ signedIn: false, clientConfigured: true, connection: null });

    const after = await value<Status>('signIn');
    expect(after.signedIn).toBe(true);

    const listing = await value<TicketListing>('listTickets');
    expect(listing.orgName).toBe('Zylker Support');
    expect(listing.tickets).toHaveLength(30);
    expect(listing.tickets[1]?.subject).toBe('<img src=x onerror=alert(1)>');

    const status = await value<Status>('getStatus');
    expect(status.connection).toMatchObject({
      orgName: 'Zylker Support',
      accountsServer: sandbox.current.accountsUrl,
      deskUrl: sandbox.current.deskUrl,
      scopes: ['Desk.tickets.READ', 'Desk.basic.READ'],
    });
    const token = (fake.session.data['token'] as { accessToken: string }).accessToken;
    expect(JSON.stringify([after, listing, status])).not.toContain(token);

    const outcome = await value<RevokeOutcome>('revoke');
    expect(outcome.revokedAtZoho).toBe(true);
    expect(sandbox.current.state.tokens.get(token)?.revoked).toBe(true);
    const revokeCall = sandbox.current.state.log.find((r) => r.path === '/oauth/v2/token/revoke');
    expect(revokeCall?.form['token']).toBe(token);
    expect(fake.session.data).toEqual({});
    expect((await value<Status>('getStatus')).signedIn).toBe(false);
  });

  it('still forgets the token when Zoho cannot be reached to revoke it', async () => {
    await value('signIn');
    await value('listTickets');
    sandbox.current.state.configure({ revokeDown: true });
    const outcome = await value<RevokeOutcome>('revoke');
    expect(outcome).toEqual({
      revokedAtZoho: false,
      connectedAppsUrl: `${sandbox.current.accountsUrl}/home#sessions/userconnectedapps`,
    });
    expect(fake.session.data).toEqual({});
  });

  it('turns a token Zoho no longer accepts into “session ended” and forgets it', async () => {
    await value('signIn');
    for (const token of sandbox.current.state.tokens.values()) token.revoked = true;
    const reply = await ask('listTickets');
    expect(reply).toEqual({ ok: false, error: { code: 'session_ended', detail: 'INVALID_OAUTH', zohoMessage: 'The OAuth Token you provided is invalid.' } });
    expect(fake.session.data).not.toHaveProperty('token');
  });

  it('answers failures as data, never as exception text', async () => {
    await fake.local.clear();
    const reply = await ask('signIn');
    expect(reply).toEqual({ ok: false, error: { code: 'no_client_id' } });
    expect(await ask('listTickets')).toEqual({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('does not call Zoho with an expired token', async () => {
    sandbox.current.state.configure({ tokenLifetimeSeconds: 0 });
    await value('signIn');
    const deskCalls = () => sandbox.current.state.log.filter((r) => r.server === 'desk').length;
    expect(await ask('listTickets')).toEqual({ ok: false, error: { code: 'session_ended' } });
    expect(deskCalls()).toBe(0);
    expect(fake.session.data).toEqual({});
  });
});
