/**
 * Generated tickets in the extension's cache, for the benchmark and the end-to-end tests of
 * long lists. Runs in the service worker, through playwright-core.
 */
import type { Worker } from 'playwright-core';

/**
 * HEAD_SIZE in src/shared/ticket-cache.ts. That module cannot be imported here: it loads
 * webextension-polyfill, which refuses to load outside an extension.
 */
const HEAD_SIZE = 60;

/**
 * Replaces the first cached list with `count` generated tickets ("Generated ticket N", newest
 * first), fetched `ageMs` ago, stored as the background stores it: the first HEAD_SIZE under
 * ticketCache, the rest under ticketCacheTail.
 */
export async function seedCache(worker: Worker, count: number, ageMs = 0): Promise<void> {
  await worker.evaluate(
    async ([n, age, headSize]) => {
      const { ticketCache } = (await chrome.storage.session.get('ticketCache')) as {
        ticketCache: Record<string, { tickets: unknown[]; fetchedAt: number; hasMore: boolean }>;
      };
      const [key] = Object.keys(ticketCache);
      const listing = ticketCache[key!]!;
      const tickets = Array.from({ length: n }, (_, i) => ({
        id: String(900000 + i), number: String(n - i), subject: `Generated ticket ${n - i}`,
        status: 'Open', statusType: 'Open', priority: 'High', channel: 'Email', requester: `Requester ${i}`,
        assignee: 'Ana Agent', createdTime: Date.now() - i * 60_000, dueDate: null,
        webUrl: `http://127.0.0.1:4011/support/zylker/ShowHomePage.do#Cases/dv/${900000 + i}`,
      }));
      const head = { ...listing, tickets: tickets.slice(0, headSize), fetchedAt: Date.now() - age, hasMore: false };
      await chrome.storage.session.set({ ticketCache: { [key!]: head }, ticketCacheTail: { [key!]: tickets.slice(headSize) } });
    },
    [count, ageMs, HEAD_SIZE] as const,
  );
}
