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
}

const browser = {
  runtime: {
    id: EXTENSION_ID,
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
