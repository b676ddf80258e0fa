/**
 * Host access to Zoho's data centers. Production hosts are optional permissions, granted by
 * the user for the data center they use (the popup asks, with a user gesture); the origins a
 * build was configured with are install-time permissions.
 */
import browser from 'webextension-polyfill';
import { targetOrigins } from '../shared/storage/sign-in-targets.ts';
import type { DataCenter } from '../shared/zoho/data-centers.ts';

export async function hasHostAccess(target: Pick<DataCenter, 'accounts' | 'desk'>): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: targetOrigins(target) });
  } catch {
    return false;
  }
}

/** Gives back every optional host permission the user granted ("Revoke access"). */
export async function releaseHostAccess(): Promise<void> {
  const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[] };
  const optional = new Set(manifest.optional_host_permissions ?? []);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const release = granted.filter((origin) => optional.has(origin));
  if (release.length > 0) await browser.permissions.remove({ origins: release });
}
