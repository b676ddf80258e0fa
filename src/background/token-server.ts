/**
 * Which server may receive the authorization code, and which Desk host goes with it.
 * The redirect names its `accounts-server` (zoho-notes.md, "Redirect back"); a code must
 * never be sent to an origin outside Zoho's list or the configured one.
 */
import type { BuildConfig } from '../shared/build-config.ts';
import { dataCenterByAccounts } from '../shared/data-centers.ts';
import { fail } from '../shared/errors.ts';
import { originOrUndefined } from '../shared/origins.ts';

export function chooseTokenServer(redirect: URL, config: BuildConfig): string {
  const claimed = redirect.searchParams.get('accounts-server');
  if (claimed === null) return config.accountsUrl;
  const origin = originOrUndefined(claimed);
  if (origin && (origin === config.accountsUrl || dataCenterByAccounts(origin))) return origin;
  return fail('possible_attack', { detail: 'unknown accounts-server' });
}

export function deskUrlFor(accountsServer: string, config: BuildConfig): string {
  if (accountsServer === config.accountsUrl) return config.deskUrl;
  const dc = dataCenterByAccounts(accountsServer);
  return dc ? dc.desk : fail('possible_attack', { detail: 'unknown accounts-server' });
}
