/**
 * Typed storage items: a default until set, a version and migrations for a shape that changed,
 * and a watch that can be stopped.
 */
import { describe, expect, it } from 'vitest';
import { type ItemVersions, storageItem, versionedItem } from '../../src/shared/storage/storage-item.ts';
import { fake } from './fake-browser.ts';

const settled = () => new Promise((done) => setTimeout(done, 5));

/** A filter stored first as a status string, then as { status }, now as { status, owner }. */
interface Filter {
  readonly status: string;
  readonly owner: string;
}
const VERSIONS: ItemVersions<Filter> = {
  version: 3,
  migrations: {
    2: (stored) => ({ status: String(stored) }),
    3: (stored) => ({ ...(stored as { status: string }), owner: 'me' }),
  },
  check: (value) => {
    const { status, owner } = value as Filter;
    if (typeof status !== 'string' || typeof owner !== 'string') throw new Error('not a filter');
    return { status, owner };
  },
};
const DEFAULT: Filter = { status: 'open', owner: 'anyone' };

describe('storageItem and versionedItem', () => {
  it('answers its default until set, then what was set, and the default again once removed', async () => {
    const item = storageItem<number | null>('session', 'count', null);
    expect(await item.get()).toBeNull();
    await item.set(3);
    expect(fake.session.data).toEqual({ count: 3 });
    expect(await item.get()).toBe(3);
    await item.remove();
    expect(await item.get()).toBeNull();
  });

  it('migrates a value an older version stored, step by step, and keeps the result', async () => {
    await fake.local.set({ filter: 'closed' });
    const item = versionedItem('local', 'filter', DEFAULT, VERSIONS);
    expect(await item.get()).toEqual({ status: 'closed', owner: 'me' });
    expect(fake.local.data).toEqual({ filter: { status: 'closed', owner: 'me' }, filter$version: 3 });
    await fake.local.set({ filter$version: 2, filter: { status: 'onhold' } });
    expect(await item.get()).toEqual({ status: 'onhold', owner: 'me' });
  });

  it('stamps what it writes with its version, and reads its own version as it is', async () => {
    const item = versionedItem('local', 'filter', DEFAULT, VERSIONS);
    await item.set({ status: 'open', owner: 'me' });
    expect(fake.local.data).toEqual({ filter: { status: 'open', owner: 'me' }, filter$version: 3 });
    expect(await item.get()).toEqual({ status: 'open', owner: 'me' });
    await item.remove();
    expect(fake.local.data).toEqual({});
  });

  it('answers the default, and loses nothing, for a value it cannot migrate or a newer version’s', async () => {
    const item = versionedItem('local', 'filter', DEFAULT, VERSIONS);
    await fake.local.set({ filter: { nonsense: true }, filter$version: 2 });
    expect(await item.get()).toEqual(DEFAULT);
    expect(fake.local.data).toEqual({ filter: { nonsense: true }, filter$version: 2 });
    await fake.local.set({ filter: { status: 'open', owner: 'me', team: 'x' }, filter$version: 4 });
    expect(await item.get()).toEqual(DEFAULT);
    expect(fake.local.data['filter$version']).toBe(4);
    const gap = versionedItem('local', 'gap', DEFAULT, { version: 3, migrations: { 3: (stored) => stored } });
    await fake.local.set({ gap: 'old' });
    expect(await gap.get()).toEqual(DEFAULT);
    expect(fake.local.data['gap']).toBe('old');
  });

  it('tells its watchers of each change, until they stop watching', async () => {
    const item = storageItem('local', 'count', 0);
    const other = storageItem('local', 'other', 0);
    const seen: number[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.set(1);
    await other.set(5);
    await settled();
    await item.remove();
    await settled();
    expect(seen).toEqual([1, 0]);
    unwatch();
    await item.set(2);
    await settled();
    expect(seen).toEqual([1, 0]);
  });
});
