/**
 * A cache in storage.session (the ticket lists, the queue) and its writes, one after another:
 * the popup and the badge finish fetches at the same time, and a read-modify-write must not
 * drop the other's change. Each write is for the account it was fetched for, and a write that
 * fails (storage.session full: docs/ZOHO.md, "Browser facts") costs only the cache: Zoho has it
 * all. Each cache has its own queue: a list need not wait for the queue picker's write, and the
 * worker's kept first frame counts only the ticket cache's writes (popup-page.ts).
 */
import type { StorageItem } from '../shared/storage/storage-item.ts';
import { serialQueue } from './serial-queue.ts';

export interface SessionCache {
  /** Queues `write`, which is skipped if the account has changed by its turn (`sameAccount`). */
  write(sameAccount: () => boolean, write: () => Promise<void>): Promise<void>;
  /** Reads `item`, changes it and writes it back, as one queued write. */
  update<T>(item: StorageItem<T>, sameAccount: () => boolean, change: (current: T) => T): Promise<void>;
  /**
   * Once the writes queued so far are done. A fetched list is answered before it is written (a
   * cold open would wait for two more trips to storage), so reads of the cache wait for this.
   */
  written(): Promise<void>;
  /** Writes finished in this worker: what the worker keeps of the cache is older if fewer. */
  writesDone(): number;
}

export function sessionCache(): SessionCache {
  const writes = serialQueue();
  const write: SessionCache['write'] = (sameAccount, work) =>
    writes
      .run(async () => {
        // Fetched before a revoke: forgotten with the rest.
        if (sameAccount()) await work();
      })
      .catch(() => undefined);
  return {
    write,
    update: (item, sameAccount, change) =>
      write(sameAccount, async () => {
        const current = await item.get();
        // A revoke while the cache was being read: nothing may come back after it.
        if (sameAccount()) await item.set(change(current));
      }),
    written: () => writes.idle(),
    writesDone: () => writes.finished(),
  };
}
