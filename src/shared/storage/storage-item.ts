/**
 * Typed storage items, each declared once with its area, key and default (docs/ARCHITECTURE.md).
 * Nothing else in the code calls `browser.storage.*` directly.
 *
 * An item whose stored shape changes is a `versionedItem`, with a migration for each step: a
 * value an older version of the extension stored is migrated as it is read. Its version is kept
 * beside it (`key$version`); an item never versioned keeps one key, as before.
 */
import browser from 'webextension-polyfill';

export type StorageAreaName = 'local' | 'session';

export interface StorageItem<T> {
  readonly area: StorageAreaName;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `listener` with the new value whenever this item changes; answers a way to stop. */
  watch(listener: (value: T) => void): () => void;
}

export interface ItemVersions<T> {
  /** The shape stored now; 1 if never changed. */
  readonly version: number;
  /** By version: turns a value stored at the version before it into this version's shape. */
  readonly migrations: Readonly<Record<number, (stored: unknown) => unknown>>;
  /** Checks that the migrated value has the shape T; the default is used when it throws. */
  readonly check?: (value: unknown) => T;
}

const versionKey = (key: string) => `${key}$version`;

/** `stored` (kept at version `from`), brought to `versions.version`; throws if a step is missing. */
export function migrated<T>(stored: unknown, from: number, versions: ItemVersions<T>): T {
  let value = stored;
  for (let at = from + 1; at <= versions.version; at++) {
    const step = versions.migrations[at];
    if (!step) throw new Error(`no migration to version ${at}`);
    value = step(value);
  }
  return versions.check ? versions.check(value) : (value as T);
}

/** The area `area` names; read on each use, so that a test's fake browser can stand in. */
const storageArea = (area: StorageAreaName): browser.Storage.StorageArea => browser.storage[area];

export function storageItem<T>(area: StorageAreaName, key: string, fallback: T): StorageItem<T> {
  // storage.session: in memory only, cleared on browser restart and extension reload, and by
  // default readable only from the extension's own pages and worker (Chrome's
  // TRUSTED_CONTEXTS; Firefox never exposes it to content scripts).
  return {
    area,
    key,
    async get() {
      const found = await storageArea(area).get(key);
      return key in found ? (found[key] as T) : fallback;
    },
    async set(value) {
      await storageArea(area).set({ [key]: value });
    },
    async remove() {
      await storageArea(area).remove(key);
    },
    watch(listener) {
      const onChanged = (changes: Record<string, browser.Storage.StorageChange>, changedArea: string) => {
        const change = changes[key];
        if (changedArea === area && change) listener(('newValue' in change ? change.newValue : fallback) as T);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/**
 * An item whose stored shape has changed since version 1: what it writes is stamped with its
 * version, and what an older version stored is migrated as it is read, and written back.
 */
export function versionedItem<T>(area: StorageAreaName, key: string, fallback: T, versions: ItemVersions<T>): StorageItem<T> {
  const { version } = versions;
  const stamp = versionKey(key);
  const stamped = (value: T) => ({ [key]: value, [stamp]: version });
  return {
    ...storageItem(area, key, fallback),
    async get() {
      // One trip to storage, as for any item.
      const found = await storageArea(area).get([key, stamp]);
      if (!(key in found)) return fallback;
      const from = typeof found[stamp] === 'number' ? found[stamp] : 1;
      if (from === version) return found[key] as T;
      // From a newer version (a downgrade), or a step that fails: the default stands in, and
      // the stored value is left as it is for a version that understands it.
      if (from > version) return fallback;
      let value: T;
      try {
        value = migrated(found[key], from, versions);
      } catch {
        return fallback;
      }
      await storageArea(area).set(stamped(value));
      return value;
    },
    async set(value) {
      await storageArea(area).set(stamped(value));
    },
    async remove() {
      await storageArea(area).remove([key, stamp]);
    },
  };
}
