/**
 * Writes to the caches in storage.session (ticket lists, the queue), one after another: the
 * popup and the badge finish fetches at the same time, and a read-modify-write must not drop the
 * other's change. Each write is for the account it was fetched for, and a write that fails
 * (storage.session full: docs/ZOHO.md, "Browser facts") costs only the cache: Zoho has it all.
 */
import type { StorageItem } from '../shared/storage/storage-item.ts';
import { serialQueue } from './serial-queue.ts';

const writes = serialQueue();

/** Queues `write`, which is skipped if the account has changed by its turn (`sameAccount`). */
export function writeCache(sameAccount: () => boolean, write: () => Promise<void>): Promise<void> {
  return writes
    .run(async () => {
      // Fetched before a revoke: forgotten with the rest.
      if (sameAccount()) await write();
    })
    .catch(() => undefined);
}

/** Reads `item`, changes it and writes it back, as one queued write. */
export function updateCache<T>(item: StorageItem<T>, sameAccount: () => boolean, change: (current: T) => T): Promise<void> {
  return writeCache(sameAccount, async () => {
    const current = await item.get();
    // A revoke while the cache was being read: nothing may come back after it.
    if (sameAccount()) await item.set(change(current));
  });
}

/**
 * Once the writes queued so far are done. A fetched list is answered before it is written (a
 * cold open would wait for two more trips to storage), so the background's reads of a cache
 * first wait for this.
 */
export function cacheWritten(): Promise<void> {
  return writes.idle();
}

/** Writes finished in this worker: what the worker keeps of the cache is older if fewer. */
export function cacheWritesDone(): number {
  return writes.finished();
}
