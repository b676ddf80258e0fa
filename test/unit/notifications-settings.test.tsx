// @vitest-environment jsdom
/**
 * The settings' Notifications section: turning them on asks the browser for the optional
 * `notifications` permission in the click, a refusal leaves them off with words, turning them
 * off gives the permission back, and the snooze is kept in storage.local (across restarts).
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Notifications } from '../../src/options/Notifications.tsx';
import { fake } from './fake-browser.ts';

const settled = () => new Promise((done) => setTimeout(done, 20));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);

async function shown(): Promise<HTMLElement> {
  document.body.innerHTML = '<main></main>';
  const main = document.querySelector('main')!;
  render(h(Notifications, {}), main);
  await expect.poll(() => main.querySelector('button')).not.toBeNull();
  return main;
}

afterEach(() => {
  render(null, document.querySelector('main')!);
});

describe('the Notifications settings', () => {
  it('ask for the permission when turned on, and give it back when turned off', async () => {
    const main = await shown();
    await expect.poll(() => main.textContent).toContain('Notifications are off.');
    button('Turn on notifications')!.click();
    await settled();
    expect(fake.prompts).toEqual([['notifications']]);
    expect(fake.grantedApis.has('notifications')).toBe(true);
    expect(fake.local.data['settings']).toMatchObject({ notificationsEnabled: true });
    expect(main.textContent).toContain('Notifications are on.');

    button('Turn off notifications')!.click();
    await settled();
    expect(fake.grantedApis.has('notifications')).toBe(false);
    expect(fake.local.data['settings']).toMatchObject({ notificationsEnabled: false });
  });

  it('stay off, and say so, when the browser refuses', async () => {
    fake.promptAnswer = false;
    const main = await shown();
    button('Turn on notifications')!.click();
    await settled();
    expect(fake.local.data['settings']).not.toMatchObject({ notificationsEnabled: true });
    expect(main.querySelector('[role="alert"]')?.textContent).toBe('The browser did not allow notifications.');
  });

  it('snooze for an hour, kept in storage.local, and resume', async () => {
    fake.grantedApis.add('notifications');
    await fake.local.set({ settings: { notificationsEnabled: true } });
    const main = await shown();
    button('Snooze for 1 hour')!.click();
    await settled();
    expect(fake.local.data['snoozeUntil']).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(main.textContent).toMatch(/Snoozed until /);
    button('Resume now')!.click();
    await settled();
    expect(fake.local.data).not.toHaveProperty('snoozeUntil');
  });
});
