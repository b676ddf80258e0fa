/**
 * Where a user can sign in: Zoho's data centers, plus the server this build was configured
 * with when that is not one of them (the local sandbox). The popup offers them as a choice,
 * preselected from the last one used, otherwise the configured one (US by default).
 */
import { type BuildConfig, builtConfig } from '../build-config.ts';
import { DATA_CENTERS, type DataCenter, DEFAULT_DATA_CENTER, dataCenterByAccounts } from '../zoho/data-centers.ts';
import { hostPattern } from '../zoho/origins.ts';
import { storageItem } from './storage-item.ts';

export const CUSTOM_TARGET_ID = 'custom';

/** The id of the data center the user last signed in to; not a secret. */
export const lastTargetItem = storageItem<string | null>('local', 'dataCenter', null);

export function signInTargets(config: BuildConfig = builtConfig()): DataCenter[] {
  const known = dataCenterByAccounts(config.accountsUrl);
  if (known && known.desk === config.deskUrl) return [...DATA_CENTERS];
  const custom: DataCenter = {
    id: CUSTOM_TARGET_ID,
    label: `Configured server (${new URL(config.accountsUrl).host})`,
    accounts: config.accountsUrl,
    desk: config.deskUrl,
  };
  return [custom, ...DATA_CENTERS];
}

/** The target with this id, or the configured one. */
export function targetById(id: string | null | undefined, config: BuildConfig = builtConfig()): DataCenter {
  const targets = signInTargets(config);
  // signInTargets always lists the configured server, first when it is not a Zoho data center.
  const configured = targets.find((t) => t.accounts === config.accountsUrl) ?? DEFAULT_DATA_CENTER;
  return targets.find((t) => t.id === id) ?? configured;
}

/** Host permission patterns a target needs: its Accounts server and its Desk host. */
export function targetOrigins(target: Pick<DataCenter, 'accounts' | 'desk'>): string[] {
  return [hostPattern(target.accounts), hostPattern(target.desk)];
}
