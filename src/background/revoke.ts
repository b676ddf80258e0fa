/**
 * "Revoke access": tell Zoho to revoke the token (POST {accounts-server}/oauth/v2/token/revoke
 * with `token`: docs/ZOHO.md, "Revoke"), then forget it here whatever Zoho answered.
 */
import * as oauth from 'oauth4webapi';
import { builtConfig } from '../shared/build-config.ts';
import type { RevokeOutcome } from '../shared/messages.ts';
import { filterItem, validFilter } from '../shared/storage/filters.ts';
import { departmentByOrganizationItem, organizationIdItem } from '../shared/storage/organization-choice.ts';
import { effectiveClient, readSettings, updateSettings } from '../shared/storage/settings.ts';
import { lastTargetItem } from '../shared/storage/sign-in-targets.ts';
import { jsonOf, MAX_TOKEN_BYTES, readBounded } from '../shared/zoho/bounded-body.ts';
import { isRecord } from '../shared/zoho/parse.ts';
import { clearBadge } from './badge.ts';
import { releaseHostAccess } from './host-access.ts';
import { clientAuth, oauthClient, requestOptions, zohoAccounts } from './oauth-client.ts';
import { exclusive } from './sign-in.ts';
import { clearSession, tokenItem } from './worker-store.ts';

/** Zoho Accounts → Sessions → Connected Apps, where a user can remove an app by hand. */
export function connectedAppsUrl(accountsServer: string): string {
  return `${accountsServer}/home#sessions/userconnectedapps`;
}

/** Asks Zoho to revoke a token; answers whether Zoho confirmed. */
export async function revokeAtZoho(accountsServer: string, token: string): Promise<boolean> {
  const client = await effectiveClient();
  try {
    const response = await oauth.revocationRequest(zohoAccounts(accountsServer), oauthClient(client), clientAuth(client), token, {
      ...requestOptions(accountsServer),
      signal: AbortSignal.timeout(10_000),
    });
    // Zoho answers errors with HTTP 200 too: only a 200 without `error` counts. A few hundred
    // bytes are expected; no more than MAX_TOKEN_BYTES are read.
    const body = jsonOf(await readBounded(response, MAX_TOKEN_BYTES));
    return response.status === 200 && !(isRecord(body) && 'error' in body);
  } catch {
    return false;
  }
}

/**
 * Revocation waits for a sign-in or silent renewal under way, so that one cannot write a fresh
 * token after the user revoked.
 */
export function revoke(): Promise<RevokeOutcome> {
  return exclusive(revokeNow);
}

/**
 * What storage.local holds that names the account: the organization chosen, the department
 * remembered per organization, the department and view of the filter, the view the badge counts
 * and the data center. The rest stays: the client id, the language, intervals and the filter's
 * status, owner and sort are not about the account (docs/SECURITY.md, "What Revoke leaves").
 */
async function forgetAccountChoices(): Promise<void> {
  const [filter, settings] = await Promise.all([filterItem.get(), readSettings()]);
  await Promise.all([
    organizationIdItem.remove(),
    departmentByOrganizationItem.remove(),
    lastTargetItem.remove(),
    filterItem.set({ ...validFilter(filter), department: null, view: null }),
    settings.badgeView ? updateSettings({ badgeView: null }) : undefined,
  ]);
}

async function revokeNow(): Promise<RevokeOutcome> {
  const token = await tokenItem.get();
  const accountsServer = token?.accountsServer ?? builtConfig().accountsUrl;
  const revokedAtZoho = token ? await revokeAtZoho(token.accountsServer, token.accessToken) : true;
  await clearSession();
  await forgetAccountChoices();
  await clearBadge();
  // Host access to a data center was granted for this sign-in: give it back too.
  await releaseHostAccess().catch(() => undefined);
  return { revokedAtZoho, connectedAppsUrl: connectedAppsUrl(accountsServer) };
}
