/**
 * Zoho Accounts as oauth4webapi sees it. Zoho publishes no discovery document, so the
 * endpoints are spelled out from its docs (docs/ZOHO.md, "Zoho Accounts").
 */
import * as oauth from 'oauth4webapi';
import type { EffectiveClient } from '../shared/storage/settings.ts';
import { isLoopbackHost } from '../shared/zoho/origins.ts';

/** Where a user approves the extension: Zoho's consent page. */
export function authorizationEndpoint(accountsServer: string): string {
  return `${accountsServer}/oauth/v2/auth`;
}

export function zohoAccounts(accountsServer: string): oauth.AuthorizationServer {
  return {
    issuer: accountsServer,
    authorization_endpoint: authorizationEndpoint(accountsServer),
    token_endpoint: `${accountsServer}/oauth/v2/token`,
    revocation_endpoint: `${accountsServer}/oauth/v2/token/revoke`,
  };
}

export function oauthClient(client: EffectiveClient): oauth.Client {
  return { client_id: client.clientId };
}

/**
 * The extension is a public client: PKCE protects the code, and a secret shipped in an
 * extension is no secret. A secret is sent only for Zoho client types that demand one.
 */
export function clientAuth(client: EffectiveClient): oauth.ClientAuth {
  return client.clientSecret ? oauth.ClientSecretPost(client.clientSecret) : oauth.None();
}

/** oauth4webapi insists on https; the local sandbox on 127.0.0.1 is the one exception. */
export function requestOptions(accountsServer: string): { [oauth.allowInsecureRequests]?: boolean } {
  return isLoopbackHost(new URL(accountsServer).hostname) ? { [oauth.allowInsecureRequests]: true } : {};
}
