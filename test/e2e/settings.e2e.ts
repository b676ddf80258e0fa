/** Settings: what is granted, the redirect URI to register, and revoking in one click. */
import { describe, expect, it } from 'vitest';
import { signIn, storageDump, useHarness } from './harness.ts';

const h = useHarness();

describe('settings', () => {
  it('shows the connection: organization, data center, scopes and expiry', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    const settings = await h.browser.openOptions();
    const connection = settings.getByRole('region', { name: 'Connection' });
    await expect.poll(() => connection.getByText('Signed in').isVisible()).toBe(true);
    expect(await connection.innerText()).toContain('Zylker Support');
    expect(await connection.innerText()).toContain('http://127.0.0.1:4011');
    expect(await connection.getByRole('list', { name: 'Granted scopes' }).innerText()).toBe('Desk.tickets.READ\nDesk.basic.READ');
    expect(await connection.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('shows the exact redirect URI to register, with a copy button', async () => {
    const settings = await h.browser.openOptions();
    const uri = `https://${h.browser.extensionId}.chromiumapp.org/`;
    await expect.poll(() => settings.getByLabel('Redirect URI').inputValue()).toBe(uri);
    await settings.getByRole('button', { name: 'Copy redirect URI' }).click();
    await expect.poll(() => settings.getByText(/^(Copied\.|Could not copy)/).isVisible()).toBe(true);
  });

  it('revokes at Zoho, forgets the token and the tickets, and the popup asks again', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    const [token] = [...h.sandbox.state.tokens.keys()];
    // What a day's use remembers of the account: a department and a view, also for the badge.
    await h.browser.worker.evaluate(async () => {
      const choice = { id: '5000000000011', name: 'Acme Corp escalations' };
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: object };
      await chrome.storage.local.set({
        orgId: '60001234567',
        departmentByOrg: { '60001234567': choice },
        filter: { status: 'open', owner: 'me', sort: 'due', department: choice, view: choice },
        settings: { ...settings, badgeCount: 'view', badgeView: choice },
      });
    });
    const settings = await h.browser.openOptions();
    await settings.getByRole('button', { name: 'Revoke access' }).click();
    await expect.poll(() => settings.getByText(/Access revoked/).isVisible()).toBe(true);
    const local = (await storageDump(h)).local;
    for (const key of ['orgId', 'departmentByOrg', 'dataCenter']) expect(local, key).not.toHaveProperty(key);
    expect(JSON.stringify(local)).not.toMatch(/60001234567|5000000000011|Acme/);
    expect(local['filter']).toMatchObject({ owner: 'me', sort: 'due', department: null, view: null });

    const revoke = h.sandbox.state.log.find((r) => r.path === '/oauth/v2/token/revoke');
    expect(revoke?.method).toBe('POST');
    expect(revoke?.form['token']).toBe(token);
    expect(h.sandbox.state.tokens.get(token!)?.revoked).toBe(true);
    expect((await storageDump(h)).session).toEqual({});
    expect(await settings.getByText('Not signed in').isVisible()).toBe(true);

    await popup.reload();
    await expect.poll(() => popup.getByRole('button', { name: 'Sign in with Zoho' }).isVisible()).toBe(true);
  });

  it('forgets the token even when Zoho cannot be reached, and says where to finish', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    h.sandbox.state.configure({ revokeDown: true });
    const settings = await h.browser.openOptions();
    await settings.getByRole('button', { name: 'Revoke access' }).click();
    await expect.poll(() => settings.getByText(/Zoho could not be reached/).isVisible()).toBe(true);
    expect(await settings.getByRole('link', { name: 'Open Connected Apps in Zoho Accounts' }).getAttribute('href')).toBe(
      'http://127.0.0.1:4010/home#sessions/userconnectedapps',
    );
    expect((await storageDump(h)).session).toEqual({});
  });

  it('saves a client id override', async () => {
    const settings = await h.browser.openOptions();
    await settings.getByLabel('Client ID').fill('1000.MYOWNCLIENT');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => settings.getByText('Saved.').isVisible()).toBe(true);
    expect((await storageDump(h)).local['settings']).toMatchObject({ clientId: '1000.MYOWNCLIENT', clientSecret: '' });
  });
});
