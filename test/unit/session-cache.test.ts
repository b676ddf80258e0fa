/**
 * session-cache.ts: a cache's writes go one after another, each only for the account it was
 * fetched for, a write that fails (storage.session full) stops none after it, and each cache
 * has its own queue.
 */
import { describe, expect, it } from 'vitest';
import { endAccountGeneration, sameAccountGuard } from '../../src/background/account-generation.ts';
import { sessionCache } from '../../src/background/session-cache.ts';
import { clearAccountData, ticketCache } from '../../src/background/worker-store.ts';
import { storageItem } from '../../src/shared/storage/storage-item.ts';
import { ticketCacheItem } from '../../src/shared/storage/ticket-cache.ts';
import { fake } from './fake-browser.ts';

const counts = storageItem<readonly number[]>('session', 'counts', []);
const cache = sessionCache();

describe('the session cache', () => {
  it('applies changes one after another, so that none undoes another', async () => {
    const guard = sameAccountGuard();
    await Promise.all([1, 2, 3].map((n) => cache.update(counts, guard, (list) => [...list, n])));
    expect(await counts.get()).toEqual([1, 2, 3]);
  });

  it('skips a write whose account was forgotten before its turn', async () => {
    const guard = sameAccountGuard();
    const blocked = cache.write(guard, () => new Promise((done) => setTimeout(done, 5)));
    const late = cache.update(counts, guard, (list) => [...list, 9]);
    endAccountGeneration();
    await Promise.all([blocked, late]);
    expect(await counts.get()).toEqual([]);
  });

  it('keeps each cache’s writes to its own queue', async () => {
    const guard = sameAccountGuard();
    const other = sessionCache();
    let release: () => void = () => undefined;
    const before = cache.writesDone();
    void other.write(guard, () => new Promise<void>((done) => (release = done)));
    await cache.update(counts, guard, (list) => [...list, 1]);
    expect([await counts.get(), other.writesDone(), cache.writesDone() - before]).toEqual([[1], 0, 1]);
    release();
    await other.written();
  });

  it('goes on after a write that fails, and counts every write done', async () => {
    const guard = sameAccountGuard();
    const before = cache.writesDone();
    fake.session.quotaBytes = 10;
    const full = cache.update(counts, guard, () => [1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(full).resolves.toBeUndefined();
    fake.session.quotaBytes = Number.POSITIVE_INFINITY;
    void cache.update(counts, guard, (list) => [...list, 1]);
    await cache.written();
    expect(await counts.get()).toEqual([1]);
    expect(cache.writesDone() - before).toBe(2);
  });

  it('lets no write already past its account check land after the account is forgotten', async () => {
    const guard = sameAccountGuard();
    // A list write that checked its account, and is still on its way to storage.
    const late = ticketCache.write(guard, async () => {
      await new Promise((done) => setTimeout(done, 10));
      await ticketCacheItem.set({ mine: {} as never });
    });
    await new Promise((done) => setTimeout(done, 1));
    await clearAccountData();
    await late;
    expect(fake.session.data).not.toHaveProperty('ticketCache');
  });
});
