/**
 * session-cache.ts: the caches' writes go one after another, each only for the account it was
 * fetched for, and a write that fails (storage.session full) stops none after it.
 */
import { describe, expect, it } from 'vitest';
import { endAccountGeneration, sameAccountGuard } from '../../src/background/account-generation.ts';
import { cacheWritesDone, cacheWritten, updateCache, writeCache } from '../../src/background/session-cache.ts';
import { storageItem } from '../../src/shared/storage/storage-item.ts';
import { fake } from './fake-browser.ts';

const counts = storageItem<readonly number[]>('session', 'counts', []);

describe('the session cache', () => {
  it('applies changes one after another, so that none undoes another', async () => {
    const guard = sameAccountGuard();
    await Promise.all([1, 2, 3].map((n) => updateCache(counts, guard, (list) => [...list, n])));
    expect(await counts.get()).toEqual([1, 2, 3]);
  });

  it('skips a write whose account was forgotten before its turn', async () => {
    const guard = sameAccountGuard();
    const blocked = writeCache(guard, () => new Promise((done) => setTimeout(done, 5)));
    const late = updateCache(counts, guard, (list) => [...list, 9]);
    endAccountGeneration();
    await Promise.all([blocked, late]);
    expect(await counts.get()).toEqual([]);
  });

  it('goes on after a write that fails, and counts every write done', async () => {
    const guard = sameAccountGuard();
    const before = cacheWritesDone();
    fake.session.quotaBytes = 10;
    const full = updateCache(counts, guard, () => [1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(full).resolves.toBeUndefined();
    fake.session.quotaBytes = Number.POSITIVE_INFINITY;
    void updateCache(counts, guard, (list) => [...list, 1]);
    await cacheWritten();
    expect(await counts.get()).toEqual([1]);
    expect(cacheWritesDone() - before).toBe(2);
  });
});
