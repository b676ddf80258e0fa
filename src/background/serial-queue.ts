/**
 * A serial queue: work runs one piece after another, in the order it was queued, whether the
 * piece before it succeeded or failed. For writes that read, change and write back (two at once
 * would drop one's change) and for flows that must not overlap.
 */
export interface SerialQueue {
  /** Queues `work` after what is queued; answers what `work` answers. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Settles once the work queued so far has finished. */
  idle(): Promise<void>;
  /** How many pieces of work have finished, failed or not. */
  finished(): number;
}

export function serialQueue(): SerialQueue {
  let tail: Promise<void> = Promise.resolve();
  let count = 0;
  return {
    run(work) {
      const next = tail.then(work);
      tail = next.then(
        () => {
          count += 1;
        },
        () => {
          count += 1;
        },
      );
      return next;
    },
    idle: () => tail,
    finished: () => count,
  };
}
