/**
 * An in-memory stand-in for webextension-polyfill, reset before every unit test
 * (test/unit/setup.ts). It holds real state (storage areas, the web auth flow's answer)
 * instead of per-call mocks, so tests read like what a browser would do.
 */
import { getMessage } from '../support/catalogue.ts';

type Json = Record<string, unknown>;

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Storage answers over IPC in a browser: a later task, not the same microtask. */
const ipc = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Chrome's storage.session quota: 10 MB, counted as each key plus its value in JSON. */
export const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;

class FakeStorageArea {
  data: Json = {};
  constructor(
    readonly areaName: string,
    public quotaBytes = Number.POSITIVE_INFINITY,
  ) {}
  /** storage.onChanged, as browsers fire it: after the change, in a later task. */
  private changed(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    if (Object.keys(changes).length === 0) return;
    setTimeout(() => {
      for (const listener of storageListeners) listener(changes, this.areaName);
    }, 0);
  }
  bytesInUse(data: Json = this.data): number {
    return Object.entries(data).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  }
  async get(keys?: string | string[] | Json | null): Promise<Json> {
    await ipc();
    if (keys === null || keys === undefined) return clone(this.data);
    const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    const out: Json = {};
    for (const name of names) if (name in this.data) out[name] = clone(this.data[name]);
    return out;
  }
  /** All or nothing, as in Chrome: a write past the quota stores none of its items. */
  async set(items: Json): Promise<void> {
    await ipc();
    if (this.bytesInUse({ ...this.data, ...items }) > this.quotaBytes) {
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    }
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data[key], newValue: clone(value) };
      this.data[key] = clone(value);
    }
    this.changed(changes);
  }
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (key in this.data) changes[key] = { oldValue: this.data[key] };
      delete this.data[key];
    }
    this.changed(changes);
  }
  async clear(): Promise<void> {
    this.data = {};
  }
}

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
export const REDIRECT_URI = `https://${EXTENSION_ID}.chromiumapp.org/`;

export interface WebAuthFlowDetails {
  url: string;
  interactive?: boolean;
}

/** What the fake authorization window does with a flow: answers a redirect URL or throws. */
export type WebAuthFlowHandler = (details: WebAuthFlowDetails) => Promise<string>;

export const fake = {
  local: new FakeStorageArea('local'),
  session: new FakeStorageArea('session', SESSION_QUOTA_BYTES),
  sync: new FakeStorageArea('sync'),
  webAuthFlows: [] as WebAuthFlowDetails[],
  webAuthFlow: (async () => {
    throw new Error('The user did not approve access.');
  }) as WebAuthFlowHandler,
  openedOptions: 0,
  /** Host permission patterns granted now; install-time ones included. */
  granted: new Set<string>(),
  /** API permissions granted now (optional ones: `notifications`). */
  grantedApis: new Set<string>(),
  /** Notifications on screen, by id. */
  notifications: new Map<string, { title: string; message: string }>(),
  /** Open tabs, and what the toolbar menu holds. */
  tabs: [] as { id: number; windowId: number; url: string; active: boolean }[],
  focusedWindows: [] as number[],
  menu: new Map<string, { title: string; contexts: string[] }>(),
  /** What the user answers to a permission prompt. */
  promptAnswer: true,
  prompts: [] as string[][],
  manifest: { optional_host_permissions: [] as string[] },
  uiLanguage: 'en',
  /**
   * The catalogue's language when it is not the UI language's: Chromium started with --lang=ar
   * says its UI is en-US and gives the Arabic words. Set it with a UI language no other test
   * uses: the page's language is worked out again only when the UI language changes, as in a
   * browser, and the module keeps what it worked out from one test to the next.
   */
  wordsLanguage: null as string | null,
  /** Messages the catalogues lack here, as in an older catalogue than the browser's plural rules. */
  missingMessages: new Set<string>(),
  /** What the toolbar button shows. */
  badge: { text: '', title: '', color: '' },
  alarms: new Map<string, { periodInMinutes?: number; delayInMinutes?: number }>(),
  idleState: 'active' as 'active' | 'idle' | 'locked',
  /** Messages pages sent to the background, and how the background answers them. */
  sentMessages: [] as { type: string }[],
  answer: (async () => undefined) as (message: { type: string }) => Promise<unknown>,
};

export function resetFakeBrowser(): void {
  fake.local = new FakeStorageArea('local');
  fake.session = new FakeStorageArea('session', SESSION_QUOTA_BYTES);
  fake.sync = new FakeStorageArea('sync');
  fake.webAuthFlows = [];
  fake.webAuthFlow = async () => {
    throw new Error('The user did not approve access.');
  };
  fake.openedOptions = 0;
  fake.granted = new Set(['http://127.0.0.1/*']);
  fake.grantedApis = new Set();
  fake.notifications = new Map();
  fake.tabs = [];
  fake.focusedWindows = [];
  fake.menu = new Map();
  fake.promptAnswer = true;
  fake.prompts = [];
  fake.manifest = { optional_host_permissions: ['https://accounts.zoho.eu/*', 'https://desk.zoho.eu/*'] };
  addedListeners.length = 0;
  fake.uiLanguage = 'en';
  fake.wordsLanguage = null;
  fake.missingMessages = new Set();
  fake.badge = { text: '', title: '', color: '' };
  fake.alarms = new Map();
  fake.idleState = 'active';
  fake.sentMessages = [];
  fake.answer = async () => undefined;
  storageListeners.length = 0;
}

type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const storageListeners: StorageListener[] = [];

type PermissionsListener = (permissions: { origins?: string[]; permissions?: string[] }) => void;
const addedListeners: PermissionsListener[] = [];

const browser = {
  i18n: {
    getMessage: (key: string, substitutions?: string[]) =>
      fake.missingMessages.has(key)
        ? ''
        : getMessage(key.startsWith('@@') ? fake.uiLanguage : (fake.wordsLanguage ?? fake.uiLanguage), key, substitutions),
    getUILanguage: () => fake.uiLanguage,
  },
  permissions: {
    contains: async ({ origins = [], permissions = [] }: { origins?: string[]; permissions?: string[] }) =>
      origins.every((o) => fake.granted.has(o)) && permissions.every((p) => fake.grantedApis.has(p)),
    getAll: async () => ({ origins: [...fake.granted], permissions: [...fake.grantedApis] }),
    request: async ({ origins = [], permissions = [] }: { origins?: string[]; permissions?: string[] }) => {
      if (origins.every((o) => fake.granted.has(o)) && permissions.every((p) => fake.grantedApis.has(p))) return true;
      fake.prompts.push([...origins, ...permissions]);
      if (!fake.promptAnswer) return false;
      for (const origin of origins) fake.granted.add(origin);
      for (const permission of permissions) fake.grantedApis.add(permission);
      for (const listener of addedListeners) listener({ origins, permissions });
      return true;
    },
    remove: async ({ origins = [], permissions = [] }: { origins?: string[]; permissions?: string[] }) => {
      for (const origin of origins) fake.granted.delete(origin);
      for (const permission of permissions) fake.grantedApis.delete(permission);
      return true;
    },
    onAdded: { addListener: (listener: PermissionsListener) => void addedListeners.push(listener) },
  },
  runtime: {
    id: EXTENSION_ID,
    getManifest: () => fake.manifest,
    getURL: (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    openOptionsPage: async () => {
      fake.openedOptions += 1;
    },
    sendMessage: async (message: { type: string }) => {
      fake.sentMessages.push(message);
      return fake.answer(message);
    },
  },
  action: {
    setBadgeText: async ({ text }: { text: string }) => {
      fake.badge.text = text;
    },
    setTitle: async ({ title }: { title: string }) => {
      fake.badge.title = title;
    },
    setBadgeBackgroundColor: async ({ color }: { color: string }) => {
      fake.badge.color = color;
    },
  },
  notifications: {
    create: async (id: string, options: { title: string; message: string }) => {
      fake.notifications.set(id, { title: options.title, message: options.message });
      return id;
    },
    clear: async (id: string) => fake.notifications.delete(id),
    getAll: async () => Object.fromEntries([...fake.notifications.keys()].map((id) => [id, true])),
    onClicked: { addListener: () => undefined },
  },
  tabs: {
    // As Chrome answers without the `tabs` permission: only tabs on hosts the extension may access.
    query: async ({ url }: { url: string }) => {
      const prefix = url.replace(/\*$/, '');
      // A match pattern's host matches every port, as in Chrome.
      const hostOf = (pattern: string) => pattern.split('://')[1]?.split('/')[0] ?? '';
      return fake.tabs.filter(
        (tab) => tab.url.startsWith(prefix) && [...fake.granted].some((host) => new URL(tab.url).hostname === hostOf(host)),
      );
    },
    update: async (id: number, change: { active?: boolean; url?: string }) => {
      const tab = fake.tabs.find((candidate) => candidate.id === id)!;
      Object.assign(tab, change);
      return tab;
    },
    create: async ({ url }: { url: string }) => {
      const tab = { id: fake.tabs.length + 1, windowId: 1, url, active: true };
      fake.tabs.push(tab);
      return tab;
    },
  },
  windows: {
    update: async (id: number) => void fake.focusedWindows.push(id),
  },
  contextMenus: {
    removeAll: async () => fake.menu.clear(),
    create: ({ id, title, contexts }: { id: string; title: string; contexts: string[] }) => void fake.menu.set(id, { title, contexts }),
    onClicked: { addListener: () => undefined },
  },
  alarms: {
    create: async (name: string, info: { periodInMinutes?: number; delayInMinutes?: number }) => void fake.alarms.set(name, info),
    clear: async (name: string) => fake.alarms.delete(name),
    get: async (name: string) => (fake.alarms.has(name) ? { name, ...fake.alarms.get(name) } : undefined),
    onAlarm: { addListener: () => undefined },
  },
  idle: {
    queryState: async () => fake.idleState,
  },
  storage: {
    onChanged: {
      addListener: (listener: StorageListener) => void storageListeners.push(listener),
      removeListener: (listener: StorageListener) => {
        const at = storageListeners.indexOf(listener);
        if (at >= 0) storageListeners.splice(at, 1);
      },
    },
    get local() {
      return fake.local;
    },
    get session() {
      return fake.session;
    },
    get sync() {
      return fake.sync;
    },
  },
  identity: {
    getRedirectURL: () => REDIRECT_URI,
    launchWebAuthFlow: async (details: WebAuthFlowDetails) => {
      fake.webAuthFlows.push(details);
      return fake.webAuthFlow(details);
    },
  },
};

export default browser;
