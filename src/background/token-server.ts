/**
 * Which server may receive the authorization code, and which Desk host goes with it.
 * The redirect names its `accounts-server` and `location` (docs/ZOHO.md, "Redirect back"); a
 * code must never be sent to an origin outside Zoho's list or the configured one.
 */
import type { BuildConfig } from '../shared/build-config.ts';
import { dataCenterByAccounts } from '../shared/zoho/data-centers.ts';
import { fail } from '../shared/zoho/errors.ts';
import { originOrUndefined } from '../shared/zoho/origins.ts';
import { count } from '../shared/zoho/parse.ts';

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

/**
 * Zoho names the data center twice, as `location` (its id) and as `accounts-server`: where
 * the server is one of Zoho's, both must name the same one. The configured server of a test
 * build has no id to compare.
 */
export function checkLocation(redirect: URL, accountsServer: string): void {
  const location = redirect.searchParams.get('location');
  const dc = dataCenterByAccounts(accountsServer);
  if (location !== null && dc && location !== dc.id) fail('possible_attack', { detail: 'location disagrees with accounts-server' });
}

/** Zoho's access tokens last an hour (docs/ZOHO.md); used when `expires_in` is missing. */
export const DEFAULT_LIFETIME_S = 3600;
/**
 * The lifetimes believed. Below the floor, every call would first renew (desk-calls.ts
 * renews within RENEW_MARGIN_MS of expiry); above the ceiling, the settings page would show
 * an absurd date and the token would be trusted longer than Zoho ever grants.
 */
export const MIN_LIFETIME_S = 300;
export const MAX_LIFETIME_S = 24 * 3600;

/** `expires_in` in seconds, clamped to [MIN_LIFETIME_S, MAX_LIFETIME_S]. */
export function tokenLifetimeSeconds(expiresIn: unknown): number {
  const seconds = typeof expiresIn === 'number' ? expiresIn : count(expiresIn, Number.MAX_SAFE_INTEGER);
  if (seconds === null || !Number.isFinite(seconds)) return DEFAULT_LIFETIME_S;
  return Math.min(MAX_LIFETIME_S, Math.max(MIN_LIFETIME_S, Math.round(seconds)));
}
