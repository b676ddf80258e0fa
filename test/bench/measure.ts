/**
 * What `npm run bench` and `npm run bench:ab` measure with: the paint time of an element in a
 * fresh tab (Element Timing), the median and spread of a series, and a sign-in through the
 * sandbox's consent page.
 */
import type { ExtensionBrowser } from '../support/browser.ts';
import { acceptOnZoho, openZohoConsent } from '../support/browser.ts';

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

/**
 * Loads `url` in a fresh tab and answers when `identifier` was painted (Element Timing).
 * `bypassWorker`: the page is fetched as packaged, past the service worker's fetch handler (as
 * DevTools' "Bypass for network" does), to weigh the page the worker serves against none.
 */
export async function paintTime(browser: ExtensionBrowser, url: string, identifier: string, bypassWorker = false): Promise<number> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  if (bypassWorker) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  }
  const response = await page.goto(url);
  if (bypassWorker && response?.fromServiceWorker()) throw new Error('the service worker answered a page meant to bypass it');
  const time = await page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${id} was not painted`)), 20_000);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
            if (entry.identifier === id) {
              clearTimeout(timer);
              resolve(entry.renderTime || entry.loadTime);
            }
          }
        }).observe({ type: 'element', buffered: true });
      }),
    identifier,
  );
  await page.close();
  return time;
}

export async function signIn(browser: ExtensionBrowser): Promise<void> {
  const popup = await browser.openPopup();
  await acceptOnZoho(await openZohoConsent(browser, popup), popup);
  await popup.close();
}
