/**
 * Turning on or off a feature that needs one more read-only scope: full search
 * (Desk.search.READ), and views and departments where Zoho wants Desk.settings.READ. Neither
 * scope is asked for until the user turns its feature on: then a new authorization adds it
 * (incremental consent). Turning it off authorizes again without it and revokes the broader
 * token at Zoho.
 */

import type { Status } from '../shared/messages.ts';
import { readSettings, type Settings, updateSettings } from '../shared/storage/settings.ts';
import { lastTargetItem, targetById } from '../shared/storage/sign-in-targets.ts';
import { SCOPES } from '../shared/zoho/scopes.ts';
import { revokeAtZoho } from './revoke.ts';
import { signIn } from './sign-in.ts';
import { status } from './status.ts';
import { tokenItem } from './worker-store.ts';

async function setScope(scope: string, setting: 'searchEnabled' | 'settingsReadEnabled', enabled: boolean): Promise<Status> {
  const before: Settings = await readSettings();
  await updateSettings({ [setting]: enabled });
  const token = await tokenItem.get();
  if (token && token.scopes.includes(scope) !== enabled) {
    try {
      await signIn(targetById(await lastTargetItem.get()).id);
    } catch (error) {
      await updateSettings({ [setting]: before[setting] });
      throw error;
    }
    if (!enabled) await revokeAtZoho(token.accountsServer, token.accessToken);
  }
  return status();
}

export function setSearch(request: { enabled: boolean }): Promise<Status> {
  return setScope(SCOPES.searchRead, 'searchEnabled', request.enabled);
}

export function setSettingsRead(request: { enabled: boolean }): Promise<Status> {
  return setScope(SCOPES.settingsRead, 'settingsReadEnabled', request.enabled);
}
