import { beforeEach } from 'vitest';
import { resetFakeBrowser } from './fake-browser.ts';

beforeEach(() => {
  resetFakeBrowser();
});
