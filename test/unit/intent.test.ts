/** A sign-in whose popup closed at the permission prompt is finished by the background. */
import { describe, expect, it } from 'vitest';
import { continueIntent } from '../../src/background/intent.ts';
import { INTENT_LIFETIME_MS } from '../../src/shared/storage/sign-in-intent.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

useSandbox();

describe('continueIntent', () => {
  it('signs in when the grant arrives and the popup did not go on', async () => {
    await fake.session.set({ signInIntent: { target: 'custom', at: Date.now() } });
    expect(await continueIntent()).toBe(true);
    expect(fake.session.data).toHaveProperty('token');
    expect(fake.session.data).not.toHaveProperty('signInIntent');
  });

  it('does nothing without an intent, with a stale one, or without the grant', async () => {
    expect(await continueIntent()).toBe(false);
    await fake.session.set({ signInIntent: { target: 'custom', at: Date.now() - INTENT_LIFETIME_MS - 1 } });
    expect(await continueIntent()).toBe(false);
    await fake.session.set({ signInIntent: { target: 'eu', at: Date.now() } });
    expect(await continueIntent()).toBe(false);
    expect(fake.webAuthFlows).toEqual([]);
  });

  it('keeps a failure for the next popup to show', async () => {
    fake.webAuthFlow = async () => {
      throw new Error('User cancelled or denied access.');
    };
    await fake.session.set({ signInIntent: { target: 'custom', at: Date.now() } });
    expect(await continueIntent()).toBe(true);
    expect(fake.session.data['lastSignInError']).toEqual({ code: 'sign_in_cancelled' });
  });
});
