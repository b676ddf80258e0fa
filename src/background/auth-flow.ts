/**
 * One run of the authorization code grant with PKCE (S256) through
 * identity.launchWebAuthFlow, ending with a token in storage.session. Used for sign-in
 * (interactive) and for silent renewal (non-interactive).
 */

import * as oauth from 'oauth4webapi';
import browser from 'webextension-polyfill';
import { builtConfig } from '../shared/build-config.ts';
import { clientFrom, type EffectiveClient, readSettings } from '../shared/storage/settings.ts';
import { CUSTOM_TARGET_ID } from '../shared/storage/sign-in-targets.ts';
import { jsonOf, MAX_TOKEN_BYTES, readBounded } from '../shared/zoho/bounded-body.ts';
import { dataCenterByAccounts } from '../shared/zoho/data-centers.ts';
import { fail } from '../shared/zoho/errors.ts';
import { isRecord } from '../shared/zoho/parse.ts';
import { scopeParameter, scopesFor } from '../shared/zoho/scopes.ts';
import { hasHostAccess } from './host-access.ts';
import { authorizationEndpoint, clientAuth, oauthClient, requestOptions, zohoAccounts } from './oauth-client.ts';
import { checkLocation, chooseTokenServer, deskUrlFor, tokenLifetimeSeconds } from './token-server.ts';
import { webAuthErrorCode } from './web-auth-errors.ts';
import { type FlowRecord, flowItem, storeEssential, tokenItem } from './worker-store.ts';

/** How long the token endpoint may take to answer. */
const TOKEN_TIMEOUT_MS = 10_000;
/** How long a silent renewal may wait for Zoho to redirect back without a prompt. */
export const SILENT_TIMEOUT_MS = 10_000;

export interface AuthorizationRequest {
  readonly accountsServer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
}

export function authorizationUrl({ accountsServer, clientId, redirectUri, state, codeChallenge, scopes }: AuthorizationRequest): URL {
  const url = new URL(authorizationEndpoint(accountsServer));
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    scope: scopeParameter(scopes),
    redirect_uri: redirectUri,
    state,
    code_challenge: codeChallenge,
    // Zoho's default method is `plain`: always ask for S256 explicitly.
    code_challenge_method: 'S256',
    // Online access: no refresh token is issued, so nothing long-lived exists to leak.
    access_type: 'online',
  }).toString();
  return url;
}

/** The token endpoint's answer: the token, and its lifetime as believed (clamped). */
interface TokenAnswer {
  readonly accessToken: string;
  readonly lifetimeSeconds: number;
}

/**
 * Reads the token endpoint's answer, at most MAX_TOKEN_BYTES of it. Zoho reports errors as
 * HTTP 200 with `{"error": …}`. `expires_in` is read here and clamped (token-server.ts): a 0 or
 * negative one, which oauth4webapi would refuse, must neither fail the sign-in nor make every
 * call renew.
 */
async function readTokenAnswer(as: oauth.AuthorizationServer, client: oauth.Client, response: Response): Promise<TokenAnswer> {
  const body = await readBounded(response, MAX_TOKEN_BYTES);
  const peek = jsonOf(body);
  if (isRecord(peek) && typeof peek['error'] === 'string') {
    return fail('token_rejected', { detail: peek['error'].slice(0, 100) });
  }
  // oauth4webapi refuses a 0 or negative `expires_in` outright: it is taken out here, and
  // read by tokenLifetimeSeconds instead.
  const { expires_in: expiresIn, ...rest } = isRecord(peek) ? peek : {};
  try {
    const checked = isRecord(peek) ? JSON.stringify(rest) : body;
    // No content-type: oauth4webapi looks at it only to word a parse failure, and an OAuth
    // error body (its ResponseBodyError) was answered above, so every throw here is the same.
    const read = new Response(checked, { status: response.status, statusText: response.statusText });
    const answer = await oauth.processAuthorizationCodeResponse(as, client, read);
    return { accessToken: answer.access_token, lifetimeSeconds: tokenLifetimeSeconds(expiresIn) };
  } catch {
    return fail('sign_in_failed');
  }
}

/** Everything a redirect must pass before its code is sent anywhere. */
interface CheckedRedirect {
  readonly flow: FlowRecord;
  readonly params: URLSearchParams;
  readonly accountsServer: string;
  readonly deskUrl: string;
}

async function checkedRedirect(redirect: URL, client: oauth.Client): Promise<CheckedRedirect> {
  // The stored flow is the source of truth for state: a redirect that does not belong to the
  // flow this worker started is refused before anything is sent.
  const flow = await flowItem.get();
  if (!flow) return fail('possible_attack', { detail: 'no flow in progress' });
  const config = builtConfig();
  // The server that would receive the code comes first, and the redirect is then checked
  // against it: an `iss` (RFC 9207) or a `location` naming any other server is a mix-up
  // attack, and nothing is sent (docs/SECURITY.md).
  const accountsServer = chooseTokenServer(redirect, config, flow.accountsServer);
  checkLocation(redirect, accountsServer);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(zohoAccounts(accountsServer), client, redirect, flow.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied') {
      return fail('access_declined');
    }
    if (error instanceof oauth.AuthorizationResponseError) return fail('token_rejected', { detail: error.error.slice(0, 100) });
    return fail('possible_attack', { detail: 'state or issuer' });
  }
  if (!params.get('code')) return fail('possible_attack', { detail: 'missing code' });
  // Zoho may send the user to the data center their account lives in. The code goes there
  // only if the user has granted that data center.
  const deskUrl = deskUrlFor(accountsServer, config);
  if (!(await hasHostAccess({ accounts: accountsServer, desk: deskUrl }))) {
    return fail('other_data_center', { detail: dataCenterByAccounts(accountsServer)?.id ?? CUSTOM_TARGET_ID });
  }
  return { flow, params, accountsServer, deskUrl };
}

async function exchange(redirect: URL, client: EffectiveClient, scopes: readonly string[]): Promise<void> {
  const info = oauthClient(client);
  const { flow, params, accountsServer, deskUrl } = await checkedRedirect(redirect, info);
  const as = zohoAccounts(accountsServer);
  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      as,
      info,
      clientAuth(client),
      params,
      flow.redirectUri,
      flow.codeVerifier,
      // A token server that never finishes must not hold the flow queue, and revoke behind it.
      { ...requestOptions(accountsServer), signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) },
    );
  } catch {
    return fail('network');
  }
  const answer = await readTokenAnswer(as, info, response);
  await storeEssential(tokenItem, {
    accessToken: answer.accessToken,
    expiresAt: Date.now() + answer.lifetimeSeconds * 1000,
    accountsServer,
    deskUrl,
    // Zoho's token answer does not list scopes, and its consent is all or nothing: what was
    // asked for and approved is what was granted.
    scopes: [...scopes],
  });
}

/**
 * Chrome 113+ waits for Zoho's redirect chain in a non-interactive flow only when told to.
 * Firefox follows redirects anyway and rejects these properties as unknown ("Type error for
 * parameter details", seen in Firefox ESR 153), so they go only where runtime.getBrowserInfo,
 * which only Firefox has, is absent.
 */
function nonInteractiveOptions(): { abortOnLoadForNonInteractive?: boolean; timeoutMsForNonInteractive?: number } {
  if ('getBrowserInfo' in browser.runtime) return {};
  return { abortOnLoadForNonInteractive: false, timeoutMsForNonInteractive: SILENT_TIMEOUT_MS };
}

/**
 * Runs one authorization at `accountsServer`. Interactive: Zoho's window opens. Not
 * interactive: Zoho re-approves by redirect for a user who consented before and still has a
 * Zoho session, or the flow fails after SILENT_TIMEOUT_MS.
 */
export async function authorize(accountsServer: string, interactive: boolean): Promise<void> {
  const settings = await readSettings();
  const client = clientFrom(settings);
  if (!client.clientId) return fail('no_client_id');
  const scopes = scopesFor(settings.searchEnabled, settings.settingsReadEnabled);
  const redirectUri = browser.identity.getRedirectURL();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState(); // 32 random bytes: well above 128 bits
  const challenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
  await storeEssential(flowItem, { state, codeVerifier, redirectUri, accountsServer });
  try {
    let redirect: string;
    try {
      redirect = await browser.identity.launchWebAuthFlow({
        url: authorizationUrl({ accountsServer, clientId: client.clientId, redirectUri, state, codeChallenge: challenge, scopes }).href,
        interactive,
        ...(interactive ? {} : nonInteractiveOptions()),
      });
    } catch (error) {
      return fail(webAuthErrorCode(error));
    }
    await exchange(new URL(redirect), client, scopes);
  } finally {
    // The verifier and state are single use: gone whether the flow worked or not.
    await flowItem.remove();
  }
}
