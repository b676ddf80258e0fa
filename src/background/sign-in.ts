/**
 * Sign-in: the authorization code grant with PKCE (S256), run through
 * identity.launchWebAuthFlow in the background, because the popup is destroyed when the
 * authorization window takes focus (zoho-notes.md, "Browser facts").
 */
import browser from 'webextension-polyfill';
import * as oauth from 'oauth4webapi';
import { builtConfig } from '../shared/build-config.ts';
import { fail } from '../shared/errors.ts';
import { isRecord } from '../shared/parse.ts';
import { REQUESTED_SCOPES, scopeParameter } from '../shared/scopes.ts';
import { effectiveClient, type EffectiveClient } from '../shared/settings.ts';
import { clientAuth, oauthClient, requestOptions, zohoAccounts } from './oauth-client.ts';
import { clearSession, flowItem, tokenItem } from './session.ts';
import { chooseTokenServer, deskUrlFor } from './token-server.ts';
import { webAuthErrorCode } from './web-auth-errors.ts';

/** Zoho documents access tokens as lasting one hour; used only if `expires_in` is missing. */
const DEFAULT_LIFETIME_S = 3600;

export function authorizationUrl(
  accountsServer: string,
  clientId: string,
  redirectUri: string,
  state: string,
  codeChallenge: string,
): URL {
  const url = new URL(zohoAccounts(accountsServer).authorization_endpoint!);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    scope: scopeParameter(REQUESTED_SCOPES),
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

/** Reads the token endpoint's answer. Zoho reports errors as HTTP 200 with `{"error": …}`. */
async function readTokenAnswer(
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  response: Response,
): Promise<oauth.TokenEndpointResponse> {
  const peek: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (isRecord(peek) && typeof peek['error'] === 'string') {
    return fail('token_rejected', { detail: peek['error'] });
  }
  try {
    return await oauth.processAuthorizationCodeResponse(as, client, response);
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) return fail('token_rejected', { detail: error.error });
    return fail('sign_in_failed');
  }
}

async function exchange(redirect: URL, client: EffectiveClient): Promise<void> {
  // The flow record is the source of truth for state and verifier: a redirect that does not
  // belong to the flow this worker started is refused before anything is sent.
  const flow = await flowItem.get();
  if (!flow) return fail('possible_attack', { detail: 'no flow in progress' });
  const config = builtConfig();
  const oauthClientInfo = oauthClient(client);

  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(zohoAccounts(config.accountsUrl), oauthClientInfo, redirect, flow.state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied') {
      return fail('access_declined');
    }
    if (error instanceof oauth.AuthorizationResponseError) {
      return fail('token_rejected', { detail: error.error });
    }
    return fail('possible_attack', { detail: 'state' });
  }
  if (!params.get('code')) return fail('possible_attack', { detail: 'missing code' });

  const accountsServer = chooseTokenServer(redirect, config);
  const as = zohoAccounts(accountsServer);
  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      as,
      oauthClientInfo,
      clientAuth(client),
      params,
      flow.redirectUri,
      flow.codeVerifier,
      requestOptions(accountsServer),
    );
  } catch {
    return fail('network');
  }
  const answer = await readTokenAnswer(as, oauthClientInfo, response);
  await clearSession();
  await tokenItem.set({
    accessToken: answer.access_token,
    expiresAt: Date.now() + (answer.expires_in ?? DEFAULT_LIFETIME_S) * 1000,
    accountsServer,
    deskUrl: deskUrlFor(accountsServer, config),
    scopes: [...REQUESTED_SCOPES],
  });
}

async function runSignIn(): Promise<void> {
  const client = await effectiveClient();
  if (!client.clientId) return fail('no_client_id');
  const config = builtConfig();
  const redirectUri = browser.identity.getRedirectURL();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState(); // 32 random bytes: well above 128 bits
  const challenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
  await flowItem.set({ state, codeVerifier, redirectUri, startedAt: Date.now() });
  try {
    let redirect: string;
    try {
      redirect = await browser.identity.launchWebAuthFlow({
        url: authorizationUrl(config.accountsUrl, client.clientId, redirectUri, state, challenge).href,
        interactive: true,
      });
    } catch (error) {
      return fail(webAuthErrorCode(error));
    }
    await exchange(new URL(redirect), client);
  } finally {
    // The verifier and state are single use: gone whether the flow worked or not.
    await flowItem.remove();
  }
}

let inFlight: Promise<void> | undefined;

/**
 * Signs in. Callers that arrive while a sign-in runs share it (a second click must not open a
 * second Zoho window: Chrome allows one web auth flow at a time).
 */
export function signIn(): Promise<void> {
  inFlight ??= runSignIn().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

