/** What the pages may know about the connection: everything but the token itself. */
import browser from 'webextension-polyfill';
import type { Status } from '../shared/messages.ts';
import { organizationIdItem } from '../shared/storage/organization-choice.ts';
import { clientFrom, readSettings } from '../shared/storage/settings.ts';
import { CUSTOM_TARGET_ID, lastTargetItem } from '../shared/storage/sign-in-targets.ts';
import { ticketCacheItem } from '../shared/storage/ticket-cache.ts';
import { dataCenterByAccounts } from '../shared/zoho/data-centers.ts';
import { pickOrganization } from '../shared/zoho/organization.ts';
import { lastSignInErrorItem, organizationsItem, tokenItem } from './worker-store.ts';

export async function status(): Promise<Status> {
  const [token, settings, orgs, orgId, lastSignInError, cache, lastTarget] = await Promise.all([
    // Signed in while a token is held, even an expired one: it is renewed silently on use.
    tokenItem.get(),
    readSettings(),
    organizationsItem.get(),
    organizationIdItem.get(),
    lastSignInErrorItem.get(),
    ticketCacheItem.get(),
    lastTargetItem.get(),
  ]);
  const org = orgs && pickOrganization(orgs, orgId);
  return {
    signedIn: token !== null,
    clientConfigured: clientFrom(settings).clientId !== '',
    searchEnabled: settings.searchEnabled,
    settingsReadEnabled: settings.settingsReadEnabled,
    lastTarget,
    redirectUri: browser.identity.getRedirectURL(),
    lastSignInError,
    hasCachedTickets: Object.keys(cache).length > 0,
    connection: token && {
      orgName: org?.name ?? null,
      dataCenter: dataCenterByAccounts(token.accountsServer)?.id ?? CUSTOM_TARGET_ID,
      accountsServer: token.accountsServer,
      deskUrl: token.deskUrl,
      scopes: token.scopes,
      expiresAt: token.expiresAt,
    },
  };
}
