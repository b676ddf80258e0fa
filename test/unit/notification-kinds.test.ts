// @vitest-environment jsdom
/**
 * The notification kinds are one table (src/shared/notification-kinds.ts): every setting, word,
 * detector and list derives from it, so a kind cannot be left out of one of them. A list written
 * out by hand elsewhere would name a kind's setting or words: none does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { newSince } from '../../src/background/notify.ts';
import { Notifications } from '../../src/options/Notifications.tsx';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS } from '../../src/shared/notification-kinds.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/storage/settings.ts';
import type { Ticket } from '../../src/shared/zoho/ticket.ts';
import { fake } from './fake-browser.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const TABLE = 'src/shared/notification-kinds.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const NOW = Date.now();
const ticket = (changes: Partial<Ticket>): Ticket =>
  ({
    id: '7',
    number: '107',
    subject: 'Printer on fire',
    customerWaitingSince: null,
    dueDate: null,
    webUrl: null,
    ...changes,
  }) as Ticket;

describe('the notification kinds', () => {
  it('each have a setting on by default, and words in English', () => {
    expect(NOTIFICATION_KIND_NAMES.length).toBeGreaterThanOrEqual(3);
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
    const look = { before: undefined, now: NOW, breachMinutes: 30 };
    for (const kind of NOTIFICATION_KIND_NAMES) {
      const row = NOTIFICATION_KINDS[kind];
      expect(DEFAULT_SETTINGS[row.setting], kind).toBe(true);
      expect(en[row.label], kind).toBeDefined();
      const words = [row.one(ticket({ dueDate: NOW + 600_000 }), look), row.many(4, look)];
      for (const text of words) expect(text, kind).toMatch(/\w{3}/);
    }
  });

  it('each find their own news, and only when their setting is on', () => {
    // A ticket new to me, with a customer reply since and due soon: news of every kind at once.
    const seen = { tickets: {}, shown: [] };
    const news = ticket({ customerWaitingSince: NOW - 1000, dueDate: NOW + 600_000 });
    const before = { tickets: { '7': { waiting: NOW - 5000, due: null } }, shown: [] };
    const on = { ...DEFAULT_SETTINGS, breachMinutes: 30 } as Settings;
    const kinds = new Set([...newSince(seen, [news], on, NOW), ...newSince(before, [news], on, NOW)].map((found) => found.kind));
    expect([...kinds].sort()).toEqual([...NOTIFICATION_KIND_NAMES].sort());
    for (const kind of NOTIFICATION_KIND_NAMES) {
      const off = { ...on, [NOTIFICATION_KINDS[kind].setting]: false };
      const found = [...newSince(seen, [news], off, NOW), ...newSince(before, [news], off, NOW)];
      expect(found.map((f) => f.kind)).not.toContain(kind);
    }
  });

  it('each get their checkbox on the settings page', async () => {
    fake.grantedApis.add('notifications');
    await fake.local.set({ settings: { notificationsEnabled: true } });
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    render(h(Notifications, {}), main);
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const labels = NOTIFICATION_KIND_NAMES.map((kind) => en[NOTIFICATION_KINDS[kind].label]!.message);
    await expect.poll(() => main.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(0);
    const boxes = [...main.querySelectorAll('label.check')].map((label) => label.textContent?.trim());
    for (const label of labels) expect(boxes).toContain(label);
    render(null, main);
  });

  it('are named nowhere else in src/: no list of them is written out by hand', () => {
    const names = NOTIFICATION_KIND_NAMES.flatMap((kind) => {
      const row = NOTIFICATION_KINDS[kind];
      return [row.setting, row.label, ...(row.one.toString() + row.many.toString()).match(/notify\w+/g)!];
    });
    expect(names.length).toBeGreaterThan(NOTIFICATION_KIND_NAMES.length * 3);
    const elsewhere = sources(SRC)
      .filter((file) => relative(ROOT, file) !== TABLE)
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8');
        return names.filter((name) => new RegExp(`\\b${name}\\b`).test(code)).map((name) => `${relative(ROOT, file)}: ${name}`);
      });
    expect(elsewhere).toEqual([]);
  });
});
