/**
 * Build-time configuration, from the VITE_ZOHO_* environment variables (README,
 * "Configuration"). vite.config.ts validates the same values with `resolveBuildConfig`, fails
 * the build on a bad origin, and turns the origins into host permissions; the code here only
 * reads what survived that check.
 */
import { DEFAULT_DATA_CENTER, dataCenterByAccounts } from './zoho/data-centers.ts';
import { checkedOrigin } from './zoho/origins.ts';

/**
 * The Firefox add-on id. It pins the redirect URI Firefox gives the add-on:
 * https://<SHA-1 of this id>.extensions.allizom.org/ (docs/ZOHO.md, "Browser facts").
 */
export const GECKO_ID = 'desk-tickets@zoho-viewer.example';

export interface BuildConfig {
  /** OAuth client id built in; settings may override it. Empty when none was given. */
  readonly clientId: string;
  /** Where sign-in starts. */
  readonly accountsUrl: string;
  /** The Desk API origin that goes with `accountsUrl`. */
  readonly deskUrl: string;
}

export interface BuildEnv {
  VITE_ZOHO_CLIENT_ID?: string | undefined;
  VITE_ZOHO_ACCOUNTS_URL?: string | undefined;
  VITE_ZOHO_DESK_URL?: string | undefined;
}

export function resolveBuildConfig(env: BuildEnv): BuildConfig {
  const accountsUrl = checkedOrigin(env.VITE_ZOHO_ACCOUNTS_URL || DEFAULT_DATA_CENTER.accounts, 'VITE_ZOHO_ACCOUNTS_URL');
  let deskUrl: string;
  if (env.VITE_ZOHO_DESK_URL) {
    deskUrl = checkedOrigin(env.VITE_ZOHO_DESK_URL, 'VITE_ZOHO_DESK_URL');
  } else {
    const dc = dataCenterByAccounts(accountsUrl);
    if (!dc) {
      throw new Error(`VITE_ZOHO_ACCOUNTS_URL ${accountsUrl} is not a Zoho data center: set VITE_ZOHO_DESK_URL too`);
    }
    deskUrl = dc.desk;
  }
  return { clientId: (env.VITE_ZOHO_CLIENT_ID ?? '').trim(), accountsUrl, deskUrl };
}

/** The configuration this bundle was built with. */
export function builtConfig(): BuildConfig {
  return resolveBuildConfig({
    VITE_ZOHO_CLIENT_ID: import.meta.env.VITE_ZOHO_CLIENT_ID,
    VITE_ZOHO_ACCOUNTS_URL: import.meta.env.VITE_ZOHO_ACCOUNTS_URL,
    VITE_ZOHO_DESK_URL: import.meta.env.VITE_ZOHO_DESK_URL,
  });
}
