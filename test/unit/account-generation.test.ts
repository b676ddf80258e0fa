/** The account's generation: a guard taken before a change of account turns false after it. */
import { describe, expect, it } from 'vitest';
import { accountGeneration, endAccountGeneration, sameAccountGuard } from '../../src/background/account-generation.ts';

describe('sameAccountGuard', () => {
  it('holds until the generation ends, and a guard taken after holds again', () => {
    const before = accountGeneration();
    const guard = sameAccountGuard();
    expect(guard()).toBe(true);
    endAccountGeneration();
    expect(accountGeneration()).not.toBe(before);
    expect(guard()).toBe(false);
    expect(sameAccountGuard()()).toBe(true);
  });
});
