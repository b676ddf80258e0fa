/**
 * Sign-in and silent renewal. Both run in the background, because the popup is destroyed
 * when the authorization window takes focus (docs/ZOHO.md, "Browser facts"), and both go
 * through one queue: Chrome allows one web auth flow at a time.
 */

import { signInIntentItem } from '../shared/storage/sign-in-intent.ts';
import { lastTargetItem, signInTargets, targetById } from '../shared/storage/sign-in-targets.ts';
import { fail, toAppError } from '../shared/zoho/errors.ts';
import { authorize } from './auth-flow.ts';
import { sharedInFlight } from './in-flight.ts';
import { keepOnlySameAccount } from './same-account.ts';
import { serialQueue } from './serial-queue.ts';
import { clearAccountData, lastSignInErrorItem, type TokenRecord, tokenItem } from './worker-store.ts';

const flows = serialQueue();

/** Runs flows (and revocation, which must not race one) one after another. */
export function exclusive<T>(run: () => Promise<T>): Promise<T> {
  return flows.run(run);
}

const signIns = sharedInFlight<void>();

async function runSignIn(targetId: string): Promise<void> {
  const target = signInTargets().find((t) => t.id === targetId) ?? fail('unexpected', { detail: 'unknown data center' });
  await Promise.all([signInIntentItem.remove(), lastSignInErrorItem.remove()]);
  try {
    await exclusive(() => authorize(target.accounts, true));
    // A new sign-in starts clean: no organizations or tickets from another account. The new
    // token stays, so the user is never seen signed out meanwhile.
    await clearAccountData();
    await lastTargetItem.set(target.id);
  } catch (error) {
    await lastSignInErrorItem.set(toAppError(error));
    throw error;
  }
}

/**
 * Signs in at a data center (an id from sign-in-targets.ts). Callers that arrive while a
 * sign-in runs share it: a second click must not open a second Zoho window.
 */
export function signIn(targetId: string = targetById(null).id): Promise<void> {
  // One key for every data center: the sign-in under way is the one the user sees.
  return signIns('sign-in', () => runSignIn(targetId));
}

const renewals = sharedInFlight<void>();

/**
 * Replaces the token `stale` without a prompt. Callers that found the same token stale share
 * one attempt; a caller whose token was already replaced returns at once. Never retried here:
 * Zoho caps token requests, so a failure is final until the user signs in.
 */
export function renewSilently(stale: TokenRecord): Promise<void> {
  return renewals(stale.accessToken, () =>
    exclusive(async () => {
      // Already replaced, or already given up on (a failed renewal forgets the token): either
      // way, no new token request.
      const current = await tokenItem.get();
      if (current?.accessToken !== stale.accessToken) return;
      await authorize(stale.accountsServer, false);
    })
      // Every caller waits for this check too, but a revoke need not: it runs after the flow.
      .then(() => keepOnlySameAccount(stale)),
  );
}
