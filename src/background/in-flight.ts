/**
 * Sharing a request in flight: callers that ask for the same thing while it is on its way get
 * the same answer, and Zoho is asked once. Keys say what is asked (and for which account);
 * a key is free again once its request has settled, failed or not, and its `settle` step (a
 * cache write, say) is done: a caller arriving meanwhile joins rather than ask again.
 */
export type SharedInFlight<T> = (key: string, run: () => Promise<T>, settle?: (value: T) => Promise<unknown>) => Promise<T>;

export function sharedInFlight<T>(): SharedInFlight<T> {
  const running = new Map<string, Promise<T>>();
  return (key, run, settle) => {
    const joined = running.get(key);
    if (joined) return joined;
    const free = () => {
      if (running.get(key) === promise) running.delete(key);
    };
    // Without a settle step, the key is free before any caller sees the answer.
    const promise = settle ? run() : run().finally(free);
    if (settle)
      void promise
        .then(settle)
        .catch(() => undefined)
        .finally(free);
    running.set(key, promise);
    return promise;
  };
}

/** Answers `make()` once per key, and again only when the key changes or the answer failed. */
export type KeptAnswer<T> = (key: string, make: () => Promise<T>) => Promise<T>;

/**
 * One answer kept for the worker's life: the same promise while the key stays the same (what
 * the answer was made from), forgotten if it fails so that the next caller tries again.
 */
export function keptAnswer<T>(): KeptAnswer<T> {
  let kept: { readonly key: string; readonly answer: Promise<T> } | null = null;
  return (key, make) => {
    if (kept?.key !== key) {
      const entry = { key, answer: make() };
      kept = entry;
      entry.answer.catch(() => {
        if (kept === entry) kept = null;
      });
    }
    return kept.answer;
  };
}
