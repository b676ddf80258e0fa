/**
 * The real sandbox (test/sandbox) on free ports for the background's unit tests, plus the
 * user's side of its consent page, so the fake web auth flow answers as Zoho would.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { assertWithinContract } from '../contract/contract.ts';
import { SANDBOX_CLIENT_ID } from '../sandbox/endpoints.ts';
import { type Sandbox, startSandbox } from '../sandbox/server.ts';
import { fake, REDIRECT_URI } from './fake-browser.ts';

/** The Zoho cookie of the browser the fake web auth window belongs to. */
let cookie = '';

function keepCookie(response: Response): void {
  const set = response.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0]!;
}

/**
 * Plays Zoho's authorization window and the user in it, as launchWebAuthFlow would: follows
 * Zoho's immediate redirect when it re-approves silently; otherwise, when interactive, presses
 * Accept or Reject on the consent page, and when not, fails as Chrome does.
 */
export async function answerConsent(authUrl: string, decision: 'accept' | 'reject', interactive = true): Promise<string> {
  const opened = await fetch(authUrl, { headers: { cookie }, redirect: 'manual' });
  keepCookie(opened);
  const redirected = opened.headers.get('location');
  if (redirected) return redirected;
  if (!interactive) throw new Error('User interaction required.');
  const page = await opened.text();
  const consent = /name="consent" value="([^"]+)"/.exec(page)?.[1];
  if (!consent) throw new Error(`no consent form in: ${page}`);
  const answer = await fetch(new URL('/oauth/v2/approve', authUrl), {
    method: 'POST',
    headers: { cookie },
    body: new URLSearchParams({ consent, decision }),
    redirect: 'manual',
  });
  keepCookie(answer);
  const location = answer.headers.get('location');
  if (!location) throw new Error('the consent page did not redirect');
  return location;
}

/** Starts a sandbox for this test file; each test starts with it reset and the client set up. */
export function useSandbox(): { readonly current: Sandbox } {
  const holder: { current?: Sandbox } = {};
  beforeAll(async () => {
    holder.current = await startSandbox(0, 0);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  // Every request the client sent and every answer the sandbox gave, held to Zoho's contract.
  afterEach(() => {
    assertWithinContract(holder.current!.state);
  });
  beforeEach(async () => {
    const sandbox = holder.current!;
    sandbox.state.reset();
    sandbox.state.configure({ redirectUris: [REDIRECT_URI] });
    vi.stubEnv('VITE_ZOHO_ACCOUNTS_URL', sandbox.accountsUrl);
    vi.stubEnv('VITE_ZOHO_DESK_URL', sandbox.deskUrl);
    await fake.local.set({ settings: { clientId: SANDBOX_CLIENT_ID, clientSecret: '' } });
    cookie = '';
    fake.webAuthFlow = (details) => answerConsent(details.url, 'accept', details.interactive !== false);
  });
  return holder as { readonly current: Sandbox };
}
