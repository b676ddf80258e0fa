/** What the pages may know about the connection: everything but the token itself. */
import browser from 'webextension-polyfill';
import { dataCenterByAccounts } from '../shared/data-centers.ts';
import type { Status } from '../shared/messages.ts';
import { effectiveClient } from '../shared/settings.ts';
import { organizationItem } from './session.ts';
import { currentToken } from './tickets.ts';

export async function status(): Promise<Status> {
  const [token, client, org] = await Promise.all([currentToken(), effectiveClient(), organizationItem.get()]);
  return {
    signedIn: token !== null,
    clientConfigured: client.clientId !== '',
    redirectUri: browser.identity.getRedirectURL(),
    connection: token && {
      orgName: org?.name ?? null,
      dataCenter: dataCenterByAccounts(token.accountsServer)?.label ?? token.accountsServer,
      accountsServer: token.accountsServer,
      deskUrl: token.deskUrl,
      scopes: token.scopes,
      expiresAt: token.expiresAt,
    },
  };
}
