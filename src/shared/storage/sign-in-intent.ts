/**
 * A sign-in the user asked for, written by the popup just before it asks for host access.
 * Some browsers close the popup when the permission prompt opens (Firefox); then the popup
 * cannot go on, and the background starts the sign-in itself when the grant arrives.
 */
import { storageItem } from './storage-item.ts';

export interface SignInIntent {
  readonly target: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

export const signInIntentItem = storageItem<SignInIntent | null>('session', 'signInIntent', null);

/** An intent older than this is stale: the user has moved on. */
export const INTENT_LIFETIME_MS = 2 * 60_000;
