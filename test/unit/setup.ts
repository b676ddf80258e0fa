import { beforeEach } from 'vitest';
import { isLoopbackHost } from '../../src/shared/zoho/origins.ts';
import { resetFakeBrowser } from './fake-browser.ts';

// Nothing a unit test runs may reach past this machine: were a check to let a code through to
// a real Zoho data center, the request fails here instead of leaving.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!isLoopbackHost(url.hostname)) return Promise.reject(new TypeError(`unit tests stay on this machine: ${url.origin}`));
  return realFetch(input, init);
};

beforeEach(() => {
  resetFakeBrowser();
});
