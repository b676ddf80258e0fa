/**
 * Turning full search on or off. Search needs Desk.search.READ, which is never asked for until
 * the user turns it on: then a new authorization adds that one scope (incremental consent).
 * Turning it off authorizes again without it and revokes the broader token at Zoho.
 */

import type { Status } from '../shared/messages.ts';
import { SCOPES } from '../shared/scopes.ts';
import { readSettings, updateSettings } from '../shared/settings.ts';
import { lastTargetItem, targetById } from '../shared/sign-in-targets.ts';
import { revokeAtZoho } from './revoke.ts';
import { tokenItem } from './session.ts';
import { signIn } from './sign-in.ts';
import { status } from './status.ts';

export async function setSearch(request: { enabled: boolean }): Promise<Status> {
  const before = await readSettings();
  await updateSettings({ searchEnabled: request.enabled });
  const token = await tokenItem.get();
  if (token && token.scopes.includes(SCOPES.searchRead) !== request.enabled) {
    try {
      await signIn(targetById(await lastTargetItem.get()).id);
    } catch (error) {
      await updateSettings({ searchEnabled: before.searchEnabled });
      throw error;
    }
    if (!request.enabled) await revokeAtZoho(token.accountsServer, token.accessToken);
  }
  return status();
}
