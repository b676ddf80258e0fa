/** Signing in as a user meets it: consent prompt, Zoho's window, tickets. */
import { describe, expect, it } from 'vitest';
import { HOSTILE_SUBJECT, NEWEST_CREATED, openTicketCount } from '../sandbox/data.ts';
import { rows, signIn, startSignIn, storageDump, useHarness } from './harness.ts';

const h = useHarness();

describe('first use and sign-in', () => {
  it('shows a consent prompt that names the read-only scopes', async () => {
    const popup = await h.browser.openPopup();
    await expect.poll(() => popup.getByRole('heading', { name: 'Connect to Zoho Desk' }).isVisible()).toBe(true);
    const scopes = popup.getByRole('list', { name: 'Requested permissions' });
    expect(await scopes.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Desk\.tickets\.READ: read your tickets/),
      expect.stringMatching(/^Desk\.basic\.READ: /),
    ]);
    expect(await popup.getByText('It can read tickets, but never change, reply to or delete them.').isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Sign in with Zoho' }).isEnabled()).toBe(true);
    // Nothing is asked of Zoho before the user says so.
    expect(h.sandbox.state.log).toEqual([]);
  });

  it('signs in on Zoho’s consent page with PKCE and lists the tickets', async () => {
    const popup = await h.browser.openPopup();
    const authWindow = await startSignIn(h, popup);
    expect(await authWindow.getByRole('list', { name: 'Requested scopes' }).innerText()).toBe('Desk.tickets.READ\nDesk.basic.READ');
    const authRequest = new URL(authWindow.url());
    expect(authRequest.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authRequest.searchParams.get('redirect_uri')).toBe(`https://${h.browser.extensionId}.chromiumapp.org/`);
    await authWindow.getByRole('button', { name: 'Accept' }).click();

    const tickets = popup.getByRole('list', { name: 'Tickets' });
    await expect.poll(() => tickets.isVisible()).toBe(true);
    expect(await popup.getByRole('heading', { name: 'Zylker Support' }).isVisible()).toBe(true);
    expect(await tickets.getByRole('listitem').count()).toBe(openTicketCount(30));
    const first = await tickets.getByRole('listitem').first().innerText();
    expect(first).toContain('#130');
    expect(first).toContain('Cannot log in after password reset');
    expect(first).toContain('Open');
    expect(first).toContain('Lucy Carter');
    // Relative time, with the exact time on hover.
    // The sandbox made it 2 days and 3 hours before it started: the words hold on any date.
    expect(first).toContain('2 days ago');
    const time = tickets.getByRole('listitem').first().locator('time');
    const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(NEWEST_CREATED);
    expect(await time.getAttribute('title')).toContain(day);
    expect(await time.getAttribute('datetime')).toBe(new Date(NEWEST_CREATED).toISOString());
    expect(await tickets.getByText('لا يمكنني تنزيل الفاتورة', { exact: true }).isVisible()).toBe(true);

    // The token went through the exchange with the verifier, and Desk got it with the orgId.
    const exchange = h.sandbox.state.log.find((r) => r.path === '/oauth/v2/token');
    expect(exchange?.form['code_verifier']).toMatch(/^[\w-]{43,128}$/);
    const ticketCall = h.sandbox.state.log.find((r) => r.path === '/api/v1/tickets');
    expect(ticketCall?.authorization).toMatch(/^Zoho-oauthtoken 1000\./);
    expect(ticketCall?.orgId).toBe('60001234567');
  });

  it('keeps the token in storage.session only', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    const [token] = [...h.sandbox.state.tokens.keys()];
    const storage = await storageDump(h);
    expect((storage.session['token'] as { accessToken: string }).accessToken).toBe(token);
    expect(JSON.stringify(storage.local)).not.toContain(token);
    expect(storage.sync).toEqual({});
    expect(storage.session).not.toHaveProperty('authFlow');
  });

  it('renders a hostile subject as text: nothing injected, nothing run', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    const hostile = popup.getByRole('list', { name: 'Tickets' }).getByText(HOSTILE_SUBJECT, { exact: true });
    expect(await hostile.isVisible()).toBe(true);
    expect(await popup.locator('ul.tickets img, ul.tickets script').count()).toBe(0);
    expect(h.dialogs).toEqual([]);
  });

  it('opens a ticket, and from there its Zoho Desk page in a new tab', async () => {
    const popup = await h.browser.openPopup();
    await signIn(h, popup);
    await popup.getByRole('button', { name: /#130 Cannot log in after password reset/ }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Cannot log in after password reset' }).isVisible()).toBe(true);
    const [tab] = await Promise.all([
      h.browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Open in Zoho Desk' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/^http:\/\/127\.0\.0\.1:4011\/support\/zylker\/ShowHomePage\.do#Cases\/dv\/\d+$/);
    expect(await tab.getByRole('heading', { name: 'Zoho Desk (sandbox)' }).isVisible()).toBe(true);
  });

  it('opens signed in the next time, without asking Zoho again', async () => {
    const first = await h.browser.openPopup();
    await signIn(h, first);
    await first.close();
    const again = await h.browser.openPopup();
    await expect.poll(() => again.getByRole('list', { name: 'Tickets' }).isVisible()).toBe(true);
    expect(h.sandbox.state.log.filter((r) => r.path === '/oauth/v2/auth')).toHaveLength(1);
  });
});

describe('the real toolbar popup', () => {
  it('signs in from the toolbar popup, and the next toolbar popup shows the tickets', async () => {
    const first = await h.browser.openToolbarPopup();
    await expect.poll(() => first.getByRole('heading', { name: 'Connect to Zoho Desk' }).isVisible()).toBe(true);
    expect(await first.evaluate(() => innerWidth)).toBe(400);
    const zoho = await startSignIn(h, first);
    await zoho.getByRole('button', { name: 'Accept' }).click();
    // The flow finishes in the background whether or not the popup is still open.
    await expect.poll(async () => 'token' in (await storageDump(h)).session).toBe(true);
    await first.close().catch(() => undefined);
    const again = await h.browser.openToolbarPopup();
    await expect.poll(() => again.getByRole('list', { name: 'Tickets' }).isVisible()).toBe(true);
    expect(await rows(again).count()).toBe(openTicketCount(30));
  });
});

describe('when sign-in does not go through', () => {
  it('closing Zoho’s window says so and leaves sign-in usable', async () => {
    const popup = await h.browser.openPopup();
    const authWindow = await startSignIn(h, popup);
    await authWindow.close();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/Sign-in cancelled/);
    expect(Object.keys((await storageDump(h)).session)).toEqual(['lastSignInError']);
    await signIn(h, popup);
  });

  it('declining on Zoho’s page says so', async () => {
    const popup = await h.browser.openPopup();
    const authWindow = await startSignIn(h, popup);
    await authWindow.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/You declined access/);
    expect(await popup.getByRole('button', { name: 'Sign in with Zoho' }).isEnabled()).toBe(true);
  });

  it('refuses a tampered state and exchanges nothing', async () => {
    h.sandbox.state.configure({ tamperState: true });
    const popup = await h.browser.openPopup();
    const authWindow = await startSignIn(h, popup);
    await authWindow.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/failed a security check/);
    expect(h.sandbox.state.log.filter((r) => r.path === '/oauth/v2/token')).toEqual([]);
  });

  it('puts the token endpoint’s {"error"} into words', async () => {
    h.sandbox.state.configure({ tokenError: 'invalid_redirect_uri' });
    const popup = await h.browser.openPopup();
    const authWindow = await startSignIn(h, popup);
    await authWindow.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/redirect URI registered for your Zoho client/);
    expect(Object.keys((await storageDump(h)).session)).toEqual(['lastSignInError']);
  });
});
