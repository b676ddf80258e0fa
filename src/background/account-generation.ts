/**
 * The account's generation: it ends each time the account's data is forgotten (revoke, a new
 * sign-in, another person after a silent renewal). Work started for one generation must not
 * write what it fetched back in a later one, or the last account's tickets would come back.
 */
let generation = 0;

/** The generation now; a number only to tell two apart. */
export function accountGeneration(): number {
  return generation;
}

/** Ends the generation: called only where the account's data is forgotten (worker-store.ts). */
export function endAccountGeneration(): void {
  generation += 1;
}

/** A guard taken when work starts: true while the account is still the one it started for. */
export function sameAccountGuard(): () => boolean {
  const started = generation;
  return () => started === generation;
}
