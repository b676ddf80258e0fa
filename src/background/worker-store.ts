/**
 * What only the background may hold, all in storage.session (memory only, cleared when the
 * browser closes: docs/ZOHO.md, "Browser facts"). No page imports this module; a test
 * (test/unit/boundaries.test.ts) keeps it that way.
 */

import browser from 'webextension-polyfill';
import type { NamedChoice } from '../shared/storage/filters.ts';
import { type StorageItem, storageItem } from '../shared/storage/storage-item.ts';
import { ticketCacheItem, ticketTailItem } from '../shared/storage/ticket-cache.ts';
import type { DeskView, Workload } from '../shared/zoho/desk-api.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import type { Organization } from '../shared/zoho/organization.ts';
import { endAccountGeneration } from './account-generation.ts';
import { sessionCache } from './session-cache.ts';

export interface TokenRecord {
  readonly accessToken: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  /** The Zoho Accounts origin that issued the token: renewal and revocation go there. */
  readonly accountsServer: string;
  readonly deskUrl: string;
  /** The scopes asked for and approved (Zoho's token answer does not list them). */
  readonly scopes: readonly string[];
}

export const tokenItem = storageItem<TokenRecord | null>('session', 'token', null);

/** One authorization in progress: lives only from the authorization request to the exchange. */
export interface FlowRecord {
  readonly state: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  /** Where this flow started: the token server when the redirect names none. */
  readonly accountsServer: string;
}

export const flowItem = storageItem<FlowRecord | null>('session', 'authFlow', null);

/** The organizations the token can see, from GET /organizations. */
export const organizationsItem = storageItem<Organization[] | null>('session', 'organizations', null);

/**
 * The signed-in agent's id (GET /myinfo) in each organization, by organization id: Zoho Desk
 * gives an agent another id in each organization. For "assigned to me", and to tell after a
 * silent renewal whether the same person is signed in (same-account.ts).
 */
export const agentIdsItem = storageItem<Readonly<Record<string, string>>>('session', 'agentIds', {});

/**
 * What the queue picker shows, by organization: the agent's departments, each department's views
 * (key `orgId|departmentId`, `all` for every department), and their counts with when they were
 * counted (queue.ts). Only a cache: Zoho has it all.
 */
export interface QueueCache {
  readonly departments: Readonly<Record<string, { readonly at: number; readonly list: readonly NamedChoice[] }>>;
  readonly views: Readonly<Record<string, { readonly at: number; readonly list: readonly DeskView[] }>>;
  readonly counts: Readonly<Record<string, { readonly at: number; readonly byView: Readonly<Record<string, number>> }>>;
  readonly workload: Readonly<Record<string, { readonly at: number; readonly counts: Workload }>>;
}

export const EMPTY_QUEUE_CACHE: QueueCache = { departments: {}, views: {}, counts: {}, workload: {} };
export const queueCacheItem = storageItem<QueueCache>('session', 'queue', EMPTY_QUEUE_CACHE);

/**
 * What notify.ts saw last of my open tickets, and the notifications shown, by key: forgotten
 * with the account, so that the first look after a sign-in learns rather than notifies.
 */
export interface SeenTickets {
  /** By ticket id: when the customer last wrote (while waiting), and the due time. */
  readonly tickets: Readonly<Record<string, { readonly waiting: number | null; readonly due: number | null }>>;
  /** `assigned:<id>`, `reply:<id>:<time>`, `due:<id>`: shown once, never again. */
  readonly shown: readonly string[];
}

export const notifySeenItem = storageItem<SeenTickets | null>('session', 'notifySeen', null);

/** Where a notification leads: the ticket's link in Zoho Desk, by notification id (notify.ts). */
export const notifyTargetsItem = storageItem<Readonly<Record<string, string | null>>>('session', 'notifyTargets', {});

/**
 * Every notification this extension shows, closed: each names a ticket of the account, and the
 * operating system keeps them listed after the browser forgets them. Without the permission
 * there are none to close.
 */
async function closeNotifications(): Promise<void> {
  const api = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!api) return;
  const shown = await api.getAll().catch(() => ({}));
  await Promise.all(Object.keys(shown).map((id) => api.clear(id).catch(() => false)));
}

/** Why the last sign-in failed, kept for a popup that closed while it ran. */
export const lastSignInErrorItem = storageItem<AppError | null>('session', 'lastSignInError', null);

/**
 * Forgets the token only: the session ended. The last tickets stay, to be shown as out of
 * date until the user signs in again.
 */
export async function forgetToken(): Promise<void> {
  await tokenItem.remove();
}

/**
 * Forgets what belongs to the account signed in until now (organizations, agent, tickets, the
 * notifications shown and where they lead) and
 * ends its generation (account-generation.ts), so that nothing fetched for it is written back;
 * the token stays. A sign-in cannot race a revoke: both run one after another (sign-in.ts).
 */
export async function clearAccountData(): Promise<void> {
  endAccountGeneration();
  await Promise.all([
    organizationsItem.remove(),
    agentIdsItem.remove(),
    queueCache.write(always, () => queueCacheItem.remove()),
    notifySeenItem.remove(),
    notifyTargetsItem.remove(),
    closeNotifications(),
    ticketCache.write(always, dropTicketCache),
  ]);
}

/**
 * The caches' writes, one after another (session-cache.ts). Forgetting the account queues its
 * removals behind them, so that a write already past its account check cannot land after it.
 */
export const ticketCache = sessionCache();
export const queueCache = sessionCache();
const always = () => true;

/**
 * Removes the cached ticket lists at once, not queued: for a cache write that finds storage
 * full, and for the token, which needs the room now. Only a cache: Zoho has them.
 */
export async function dropTicketCache(): Promise<void> {
  await Promise.all([ticketCacheItem.remove(), ticketTailItem.remove()]);
}

/**
 * Writes what a sign-in cannot do without (the flow in progress, the token). The ticket cache
 * may have filled storage.session's quota; these matter more, so the cache goes if that is
 * what it takes.
 */
export async function storeEssential<T>(item: StorageItem<T>, value: T): Promise<void> {
  try {
    await item.set(value);
  } catch {
    await dropTicketCache();
    // A list written back meanwhile may have taken the room again: once more.
    await item.set(value).catch(async () => {
      await dropTicketCache();
      await item.set(value);
    });
  }
}

/** Forgets everything the sign-in gave: token, organizations and cached tickets. */
export async function clearSession(): Promise<void> {
  await Promise.all([clearAccountData(), tokenItem.remove()]);
}
