/**
 * An in-memory stand-in for webextension-polyfill, reset before every unit test
 * (test/unit/setup.ts). It holds real state (storage areas, the web auth flow's answer)
 * instead of per-call mocks, so tests read like what a browser would do.
 */
type Json = Record<string, unknown>;

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

class FakeStorageArea {
  data: Json = {};
  async get(keys?: string | string[] | Json | null): Promise<Json> {
    if (keys === null || keys === undefined) return clone(this.data);
    const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    const out: Json = {};
    for (const name of names) if (name in this.data) out[name] = clone(this.data[name]);
    return out;
  }
  async set(items: Json): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.data[key] = clone(value);
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
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
  local: new FakeStorageArea(),
  session: new FakeStorageArea(),
  sync: new FakeStorageArea(),
  webAuthFlows: [] as WebAuthFlowDetails[],
  webAuthFlow: (async () => {
    throw new Error('The user did not approve access.');
  }) as WebAuthFlowHandler,
  openedOptions: 0,
  /** Host permission patterns granted now; install-time ones included. */
  granted: new Set<string>(),
  /** What the user answers to a permission prompt. */
  promptAnswer: true,
  prompts: [] as string[][],
  manifest: { optional_host_permissions: [] as string[] },
};

export function resetFakeBrowser(): void {
  fake.local = new FakeStorageArea();
  fake.session = new FakeStorageArea();
  fake.sync = new FakeStorageArea();
  fake.webAuthFlows = [];
  fake.webAuthFlow = async () => {
    throw new Error('The user did not approve access.');
  };
  fake.openedOptions = 0;
  fake.granted = new Set(['http://127.0.0.1/*']);
  fake.promptAnswer = true;
  fake.prompts = [];
  fake.manifest = { optional_host_permissions: ['https://accounts.zoho.eu/*', 'https://desk.zoho.eu/*'] };
  addedListeners.length = 0;
}

type PermissionsListener = (permissions: { origins?: string[] }) => void;
const addedListeners: PermissionsListener[] = [];

const browser = {
  permissions: {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => fake.granted.has(o)),
    getAll: async () => ({ origins: [...fake.granted], permissions: [] }),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.every((o) => fake.granted.has(o))) return true;
      fake.prompts.push(origins);
      if (!fake.promptAnswer) return false;
      for (const origin of origins) fake.granted.add(origin);
      for (const listener of addedListeners) listener({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) fake.granted.delete(origin);
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
  },
  storage: {
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
