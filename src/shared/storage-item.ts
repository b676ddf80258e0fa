/**
 * Typed storage items, each declared once with its area, key and default (docs/ARCHITECTURE.md).
 * Nothing else in the code calls `browser.storage.*` directly.
 */
import browser from 'webextension-polyfill';

export type StorageAreaName = 'local' | 'session';

export interface StorageItem<T> {
  readonly area: StorageAreaName;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `listener` with the new value whenever this item changes. */
  watch(listener: (value: T) => void): void;
}

export function storageItem<T>(area: StorageAreaName, key: string, fallback: T): StorageItem<T> {
  // storage.session: in memory only, cleared on browser restart and extension reload, and by
  // default readable only from the extension's own pages and worker (Chrome's
  // TRUSTED_CONTEXTS; Firefox never exposes it to content scripts).
  const store = (): browser.Storage.StorageArea => browser.storage[area];
  return {
    area,
    key,
    async get() {
      const found = await store().get(key);
      return key in found ? (found[key] as T) : fallback;
    },
    async set(value) {
      await store().set({ [key]: value });
    },
    async remove() {
      await store().remove(key);
    },
    watch(listener) {
      browser.storage.onChanged.addListener((changes, changedArea) => {
        const change = changes[key];
        if (changedArea === area && change) listener(('newValue' in change ? change.newValue : fallback) as T);
      });
    },
  };
}
