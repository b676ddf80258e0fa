/**
 * Finishes a sign-in whose popup closed at the permission prompt (Firefox closes popups when a
 * prompt opens). The popup left a sign-in intent; when host access arrives and the popup has
 * not gone on by itself, the background starts the sign-in. Its outcome is kept for the next
 * popup (lastSignInError), so the user never has to guess what happened.
 */
import type browser from 'webextension-polyfill';
import { INTENT_LIFETIME_MS, signInIntentItem } from '../shared/storage/sign-in-intent.ts';
import { signInTargets } from '../shared/storage/sign-in-targets.ts';
import { hasHostAccess } from './host-access.ts';
import { signIn } from './sign-in.ts';

/** Time for a popup that survived the prompt to send its own signIn (which clears the intent). */
export const POPUP_GRACE_MS = 1500;

export async function continueIntent(now = Date.now()): Promise<boolean> {
  const intent = await signInIntentItem.get();
  if (!intent || now - intent.at > INTENT_LIFETIME_MS) return false;
  const target = signInTargets().find((t) => t.id === intent.target);
  if (!target || !(await hasHostAccess(target))) return false;
  await signInIntentItem.remove();
  await signIn(target.id).catch(() => undefined); // the failure is in lastSignInError
  return true;
}

export function onHostAccessGranted(permissions: browser.Permissions.Permissions): void {
  if (!permissions.origins?.length) return;
  setTimeout(() => void continueIntent(), POPUP_GRACE_MS);
}
