/**
 * The extension's ticket cache, set up for the benchmark and the end-to-end tests: generated
 * long lists, aged lists, an empty cache. Runs in the service worker, through playwright-core,
 * with the layout the background uses (src/shared/storage/ticket-cache-layout.ts).
 */
import type { Worker } from 'playwright-core';
import { HEAD_SIZE, TICKET_CACHE_KEY, TICKET_TAIL_KEY } from '../../src/shared/storage/ticket-cache-layout.ts';
import { SANDBOX_DESK_URL } from '../sandbox/endpoints.ts';

type Cache = Record<string, { tickets: unknown[]; fetchedAt: number; hasMore: boolean }>;

/**
 * Replaces the first cached list with `count` generated tickets ("Generated ticket N", newest
 * first), fetched `ageMs` ago, stored as the background stores it: the first HEAD_SIZE under
 * one key, the rest under the other.
 */
export async function seedCache(worker: Worker, count: number, ageMs = 0): Promise<void> {
  await worker.evaluate(
    async ({ n, age, headSize, headKey, tailKey, deskUrl }) => {
      const cache = (await chrome.storage.session.get(headKey))[headKey] as Cache;
      const [key] = Object.keys(cache);
      const listing = cache[key!]!;
      const tickets = Array.from({ length: n }, (_, i) => ({
        id: String(900000 + i),
        number: String(n - i),
        subject: `Generated ticket ${n - i}`,
        status: 'Open',
        statusType: 'Open',
        priority: 'High',
        channel: 'Email',
        requester: `Requester ${i}`,
        assignee: 'Ana Agent',
        createdTime: Date.now() - i * 60_000,
        dueDate: null,
        responseDueDate: null,
        customerWaitingSince: null,
        departmentId: null,
        webUrl: `${deskUrl}/support/zylker/ShowHomePage.do#Cases/dv/${900000 + i}`,
      }));
      const head = { ...listing, tickets: tickets.slice(0, headSize), fetchedAt: Date.now() - age, hasMore: false };
      await chrome.storage.session.set({ [headKey]: { [key!]: head }, [tailKey]: { [key!]: tickets.slice(headSize) } });
    },
    { n: count, age: ageMs, headSize: HEAD_SIZE, headKey: TICKET_CACHE_KEY, tailKey: TICKET_TAIL_KEY, deskUrl: SANDBOX_DESK_URL },
  );
}

/** Makes every cached list look `ageMs` old. */
export async function ageCache(worker: Worker, ageMs: number): Promise<void> {
  await worker.evaluate(
    async ({ age, headKey }) => {
      const cache = (await chrome.storage.session.get(headKey))[headKey] as Cache;
      for (const listing of Object.values(cache)) listing.fetchedAt = Date.now() - age;
      await chrome.storage.session.set({ [headKey]: cache });
    },
    { age: ageMs, headKey: TICKET_CACHE_KEY },
  );
}

/** Empties the cache, as before a cold open. */
export async function clearCache(worker: Worker): Promise<void> {
  await worker.evaluate((keys) => chrome.storage.session.remove(keys), [TICKET_CACHE_KEY, TICKET_TAIL_KEY]);
}

/** Bytes the cache takes in storage.session. */
export function cacheBytes(worker: Worker): Promise<number> {
  return worker.evaluate((keys) => chrome.storage.session.getBytesInUse!(keys), [TICKET_CACHE_KEY, TICKET_TAIL_KEY]);
}
