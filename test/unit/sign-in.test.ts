import { describe, expect, it } from 'vitest';
import { signIn } from '../../src/background/sign-in.ts';
import { status } from '../../src/background/status.ts';
import { listReply } from '../../src/background/ticket-list.ts';
import { AppFailure } from '../../src/shared/zoho/errors.ts';
import { failureCode, failureOf } from './failure-code.ts';
import { fake, REDIRECT_URI } from './fake-browser.ts';
import { answerConsent, useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();

/** Nothing of the sign-in is left in session storage but, after a failure, why it failed. */
function expectNothingKept(code?: string): void {
  const { lastSignInError, ...rest } = fake.session.data;
  expect(rest).toEqual({});
  if (code) expect(lastSignInError).toMatchObject({ code });
}

const tokenRequests = () => sandbox.current.state.log.filter((r) => r.path === '/oauth/v2/token');

describe('signIn', () => {
  it('runs the code grant with PKCE S256 and keeps the token in storage.session only', async () => {
    await signIn();

    const auth = new URL(fake.webAuthFlows[0]!.url);
    expect(fake.webAuthFlows[0]!.interactive).toBe(true);
    expect(auth.origin + auth.pathname).toBe(`${sandbox.current.accountsUrl}/oauth/v2/auth`);
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      response_type: 'code',
      scope: 'Desk.tickets.READ,Desk.basic.READ',
      redirect_uri: REDIRECT_URI,
      code_challenge_method: 'S256',
      access_type: 'online',
    });
    // At least 128 bits of state: 32 random bytes in base64url are 43 characters.
    expect(auth.searchParams.get('state')!.length).toBeGreaterThanOrEqual(22);

    const [exchange] = tokenRequests();
    expect(exchange?.form).toMatchObject({ grant_type: 'authorization_code', redirect_uri: REDIRECT_URI });
    expect(exchange?.form['code_verifier']).toMatch(/^[\w-]{43,128}$/);
    expect(exchange?.form).not.toHaveProperty('client_secret');

    const token = fake.session.data['token'] as { accessToken: string; expiresAt: number; scopes: string[] };
    expect(sandbox.current.state.tokens.has(token.accessToken)).toBe(true);
    expect(token.expiresAt).toBeGreaterThan(Date.now() + 3500_000);
    expect(token.scopes).toEqual(['Desk.tickets.READ', 'Desk.basic.READ']);
    expect(JSON.stringify(fake.local.data)).not.toContain(token.accessToken);
    expect(fake.sync.data).toEqual({});
    // The verifier and state are gone once the flow ends.
    expect(fake.session.data).not.toHaveProperty('authFlow');
  });

  it('sends a client secret only when one is configured', async () => {
    await signIn();
    expect(tokenRequests()[0]?.form).not.toHaveProperty('client_secret');
    await fake.local.set({ settings: { clientId: sandbox.current.state.options.clientId, clientSecret: 's3cret' } });
    await signIn();
    expect(tokenRequests()[1]?.form['client_secret']).toBe('s3cret');
  });

  it('refuses a redirect whose state was tampered with, and exchanges nothing', async () => {
    sandbox.current.state.configure({ tamperState: true });
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'state or issuer' });
    expect(tokenRequests()).toEqual([]);
    expectNothingKept('possible_attack');
  });

  it('refuses a redirect without a code', async () => {
    fake.webAuthFlow = async (details) => {
      const state = new URL(details.url).searchParams.get('state')!;
      return `${REDIRECT_URI}?state=${state}`;
    };
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'missing code' });
    expect(tokenRequests()).toEqual([]);
  });

  it('never sends the code to an accounts-server outside the list', async () => {
    sandbox.current.state.configure({ redirectAccountsServer: 'https://accounts.zoho.evil.example' });
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'unknown accounts-server' });
    expect(tokenRequests()).toEqual([]);
    expectNothingKept('possible_attack');
  });

  it('reports the user declining', async () => {
    fake.webAuthFlow = (details) => answerConsent(details.url, 'reject');
    expect(await failureCode(signIn())).toBe('access_declined');
    expectNothingKept('access_declined');
  });

  it('reports a closed window as cancelled and leaves sign-in usable', async () => {
    fake.webAuthFlow = async () => {
      throw new Error('The user did not approve access.');
    };
    expect(await failureCode(signIn())).toBe('sign_in_cancelled');
    expectNothingKept('sign_in_cancelled');
    fake.webAuthFlow = (details) => answerConsent(details.url, 'accept');
    await signIn();
    expect(fake.session.data).toHaveProperty('token');
    // A successful sign-in clears the last failure.
    expect(fake.session.data).not.toHaveProperty('lastSignInError');
  });

  it('treats the token endpoint’s HTTP 200 {"error"} as a refusal', async () => {
    sandbox.current.state.configure({ tokenError: 'invalid_client' });
    const error = await signIn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).error).toEqual({ code: 'token_rejected', detail: 'invalid_client' });
    expectNothingKept('token_rejected');
  });

  it('refuses a replayed redirect', async () => {
    let firstRedirect = '';
    fake.webAuthFlow = async (details) => (firstRedirect ||= await answerConsent(details.url, 'accept'));
    await signIn();
    // The flow's state and verifier are gone with it: a replay has nothing left to match...
    expect(fake.session.data).not.toHaveProperty('authFlow');
    // ...and while a new flow runs, its own state does not match the old redirect's.
    expect(await failureCode(signIn())).toBe('possible_attack');
    expect(tokenRequests()).toHaveLength(1);
    expect(fake.session.data).not.toHaveProperty('authFlow');
  });

  it('needs a client id before it opens any window', async () => {
    await fake.local.clear();
    expect(await failureCode(signIn())).toBe('no_client_id');
    expect(fake.webAuthFlows).toEqual([]);
  });

  it('refuses a redirect when its flow is no longer on record', async () => {
    fake.webAuthFlow = async (details) => {
      await fake.session.remove('authFlow');
      return answerConsent(details.url, 'accept');
    };
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'no flow in progress' });
    expect(tokenRequests()).toEqual([]);
  });

  it('puts an error redirect other than a refusal into words, cut to 100 characters', async () => {
    fake.webAuthFlow = async (details) => {
      const state = new URL(details.url).searchParams.get('state')!;
      return `${REDIRECT_URI}?error=${'server_error'.padEnd(300, 'x')}&state=${state}`;
    };
    expect(await failureOf(signIn())).toEqual({ code: 'token_rejected', detail: 'server_error'.padEnd(100, 'x') });
    expect(tokenRequests()).toEqual([]);
  });

  it('cuts the token endpoint’s error to 100 characters', async () => {
    sandbox.current.state.configure({ tokenError: 'invalid_code'.padEnd(300, 'x') });
    expect(await failureOf(signIn())).toEqual({ code: 'token_rejected', detail: 'invalid_code'.padEnd(100, 'x') });
  });

  it.each([
    ['a token in an answer that is not 200', 500, JSON.stringify({ access_token: '1000.x', token_type: 'Bearer', expires_in: 3600 })],
    ['an answer with no token in it', 200, JSON.stringify({ token_type: 'Bearer', expires_in: 3600 })],
    ['an answer that is not JSON', 200, '<html>busy</html>'],
  ])('keeps no token from %s', async (_kind, status, body) => {
    sandbox.current.state.configure({ tokenAnswer: { status, body } });
    expect(await failureOf(signIn())).toEqual({ code: 'sign_in_failed' });
    expectNothingKept('sign_in_failed');
  });

  it('says the token endpoint could not be reached', async () => {
    sandbox.current.state.configure({ tokenDown: true });
    expect(await failureOf(signIn())).toEqual({ code: 'network' });
    expectNothingKept('network');
  });

  it('shares one flow between callers that arrive together', async () => {
    await Promise.all([signIn(), signIn(), signIn()]);
    expect(fake.webAuthFlows).toHaveLength(1);
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe('data centers', () => {
  it('names the configured server when it is the one not granted', async () => {
    fake.granted.delete('http://127.0.0.1/*');
    expect(await failureOf(signIn())).toEqual({ code: 'other_data_center', detail: 'custom' });
    expect(tokenRequests()).toEqual([]);
  });

  it('does not exchange a code at a data center the user has not granted', async () => {
    sandbox.current.state.configure({ redirectAccountsServer: 'https://accounts.zoho.eu' });
    const error = await signIn().catch((e: unknown) => e);
    expect((error as AppFailure).error).toEqual({ code: 'other_data_center', detail: 'eu' });
    expect(tokenRequests()).toEqual([]);
    expectNothingKept('other_data_center');
  });

  it('remembers the data center the user signed in to', async () => {
    await signIn('custom');
    expect(fake.local.data['dataCenter']).toBe('custom');
  });
});

describe('mix-up (RFC 9207) and location', () => {
  const grantEurope = () => {
    fake.granted.add('https://accounts.zoho.eu/*');
    fake.granted.add('https://desk.zoho.eu/*');
  };

  it('refuses a redirect whose iss names another data center than the code would go to', async () => {
    sandbox.current.state.configure({ redirectIss: 'https://accounts.zoho.eu' });
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'state or issuer' });
    expect(tokenRequests()).toEqual([]);
    expectNothingKept('possible_attack');
  });

  it('refuses an iss that names the configured server when the code would go to a granted data center', async () => {
    grantEurope();
    sandbox.current.state.configure({ redirectAccountsServer: 'https://accounts.zoho.eu', redirectIss: sandbox.current.accountsUrl });
    expect(await failureCode(signIn())).toBe('possible_attack');
    expect(tokenRequests()).toEqual([]);
  });

  it('refuses a location that disagrees with accounts-server', async () => {
    grantEurope();
    sandbox.current.state.configure({ redirectAccountsServer: 'https://accounts.zoho.eu', redirectLocation: 'us' });
    expect(await failureOf(signIn())).toEqual({ code: 'possible_attack', detail: 'location disagrees with accounts-server' });
    expect(tokenRequests()).toEqual([]);
  });

  it('accepts an iss that names the server the code goes to', async () => {
    sandbox.current.state.configure({ redirectIss: sandbox.current.accountsUrl });
    await signIn();
    expect(tokenRequests()).toHaveLength(1);
    expect(fake.session.data).toHaveProperty('token');
  });
});

describe('token lifetime', () => {
  const expiresIn = () => ((fake.session.data['token'] as { expiresAt: number }).expiresAt - Date.now()) / 1000;

  it.each([0, -60, '0'])('believes at least five minutes when Zoho says %j, and does not renew on every call', async (sent) => {
    sandbox.current.state.configure({ expiresInSent: sent });
    await signIn();
    expect(expiresIn()).toBeGreaterThan(290);
    expect(expiresIn()).toBeLessThanOrEqual(300);
    await listReply({ force: true });
    await listReply({ force: true });
    expect(fake.webAuthFlows).toHaveLength(1);
  });

  it('believes at most a day', async () => {
    sandbox.current.state.configure({ expiresInSent: 1e15 });
    await signIn();
    expect(expiresIn()).toBeLessThanOrEqual(24 * 3600);
    expect((await status()).connection?.expiresAt).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
  });
});
