/**
 * Sharing a request in flight: callers that ask for the same thing while it is on its way get
 * the same answer, and Zoho is asked once. Keys say what is asked (and for which account);
 * a key is free again once its request has settled, failed or not.
 */
export type SharedInFlight<T> = (key: string, run: () => Promise<T>) => Promise<T>;

export function sharedInFlight<T>(): SharedInFlight<T> {
  const running = new Map<string, Promise<T>>();
  return (key, run) => {
    const joined = running.get(key);
    if (joined) return joined;
    const promise = run().finally(() => {
      if (running.get(key) === promise) running.delete(key);
    });
    running.set(key, promise);
    return promise;
  };
}
