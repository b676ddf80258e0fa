/** The `chrome` global as seen inside the extension, for code the tests evaluate there. */
interface ChromeStorageArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  getBytesInUse?(keys: null | string | string[]): Promise<number>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
declare const chrome: {
  storage: { local: ChromeStorageArea; session: ChromeStorageArea; sync: ChromeStorageArea };
  action: { openPopup(): Promise<void>; getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  alarms: { create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  sidePanel: { getOptions(options: object): Promise<{ path?: string; enabled?: boolean }> };
  contextMenus: { update(id: string, change: object): Promise<void> };
  i18n: { getUILanguage(): string };
};
