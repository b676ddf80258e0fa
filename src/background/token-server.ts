/**
 * Which server may receive the authorization code, and which Desk host goes with it.
 * The redirect names its `accounts-server` (zoho-notes.md, "Redirect back"); a code must
 * never be sent to an origin outside Zoho's list or the configured one.
 */
import type { BuildConfig } from '../shared/build-config.ts';
import { dataCenterByAccounts } from '../shared/data-centers.ts';
import { fail } from '../shared/errors.ts';
import { originOrUndefined } from '../shared/origins.ts';

/** `startedAt`: the accounts server the flow began at, which answers when the redirect names none. */
export function chooseTokenServer(redirect: URL, config: BuildConfig, startedAt: string = config.accountsUrl): string {
  const claimed = redirect.searchParams.get('accounts-server');
  if (claimed === null) return startedAt;
  const origin = originOrUndefined(claimed);
  if (origin && (origin === config.accountsUrl || dataCenterByAccounts(origin))) return origin;
  return fail('possible_attack', { detail: 'unknown accounts-server' });
}

export function deskUrlFor(accountsServer: string, config: BuildConfig): string {
  if (accountsServer === config.accountsUrl) return config.deskUrl;
  const dc = dataCenterByAccounts(accountsServer);
  return dc ? dc.desk : fail('possible_attack', { detail: 'unknown accounts-server' });
}
