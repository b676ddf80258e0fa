/**
 * What only the background may hold, all in storage.session (memory only, cleared when the
 * browser closes: zoho-notes.md, "storage.session"). No page imports this module; a test
 * (test/unit/boundaries.test.ts) keeps it that way.
 */
import { storageItem } from '../shared/storage-item.ts';
import type { Organization } from '../shared/organization.ts';
import { ticketCacheItem } from '../shared/ticket-cache.ts';

export interface TokenRecord {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  /** The Zoho Accounts origin that issued the token: revocation goes there. */
  readonly accountsServer: string;
  readonly deskUrl: string;
  /**
   * Zoho's token answer does not list scopes; its consent page is all or nothing, so what was
   * asked for and approved is what was granted.
   */
  readonly scopes: readonly string[];
}

export const tokenItem = storageItem<TokenRecord | null>('session', 'token', null);

/** One authorization in progress: lives only from the authorization request to the exchange. */
export interface FlowRecord {
  readonly state: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly startedAt: number;
}

export const flowItem = storageItem<FlowRecord | null>('session', 'authFlow', null);

export const organizationItem = storageItem<Organization | null>('session', 'organization', null);

/** Forgets everything the sign-in gave: token, organization and cached tickets. */
export async function clearSession(): Promise<void> {
  await Promise.all([tokenItem.remove(), organizationItem.remove(), ticketCacheItem.remove()]);
}
