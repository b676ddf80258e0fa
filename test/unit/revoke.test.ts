/**
 * What Revoke leaves in storage.local: nothing that names the account (its organization, its
 * departments and views, its data center); the settings that are not about it stay.
 */
import { describe, expect, it } from 'vitest';
import { revoke } from '../../src/background/revoke.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { ORGANIZATIONS } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

useSandbox();

describe('revoke', () => {
  it('leaves nothing in storage.local that names the account, and keeps the rest', async () => {
    await signIn('custom');
    const org = ORGANIZATIONS[0]!;
    const billing = { id: '5000000000011', name: 'Billing, for Acme Corp' };
    const view = { id: '5000000000099', name: 'Acme escalations' };
    await fake.local.set({
      orgId: org.id,
      departmentByOrg: { [org.id]: billing },
      filter: { status: 'onhold', owner: 'me', sort: 'due', department: billing, view },
      settings: { ...(fake.local.data['settings'] as object), badgeMinutes: 15, badgeCount: 'view', badgeView: view },
      snoozeUntil: Date.now() + 60_000,
    });
    expect(fake.local.data['dataCenter']).toBe('custom');
    await revoke();
    const local = fake.local.data;
    expect(Object.keys(local).sort()).toEqual(['filter', 'settings', 'snoozeUntil']);
    expect(JSON.stringify(local)).not.toMatch(/Acme|Billing|5000000000011|5000000000099/);
    expect(JSON.stringify(local)).not.toContain(org.id);
    expect(local['filter']).toEqual({ status: 'onhold', owner: 'me', sort: 'due', department: null, view: null });
    expect(local['settings']).toMatchObject({ clientId: expect.any(String), badgeMinutes: 15, badgeCount: 'view', badgeView: null });
  });
});
