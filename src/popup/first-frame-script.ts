/**
 * The popup's first-frame script: an async classic script in the page's <head>, bundled on its
 * own (build/plugins/first-frame-script.ts). It starts the opening's reads and requests while the
 * page is still parsing, hands them to the app, and paints the cached tickets as soon as they
 * are read, before the app's modules have loaded (docs/PERFORMANCE.md). With nothing
 * cached, it paints the list the background answers, if that comes before the app is ready.
 *
 * If anything here fails, the app does the same work itself: this script only makes it sooner.
 */
import type { FirstFrame } from '../shared/first-frame.ts';
import { paintSnapshot } from '../ui/snapshot.ts';
import { afterNextPaint, handOver, startOpening, takenOver } from './first-frame.ts';
import { signalFirstFrame } from './first-frame-signal.ts';

/** #app, once the parser has created it: at once, or when parsing ends. */
function root(): Promise<HTMLElement | null> {
  const found = document.getElementById('app');
  if (found || document.readyState !== 'loading') return Promise.resolve(found);
  // 'interactive' comes when parsing ends, before any deferred or module script runs.
  return new Promise((ready) => document.addEventListener('readystatechange', () => ready(document.getElementById('app')), { once: true }));
}

/** Whether the tickets are in #app: drawn now, or already there in the page as served. */
async function draw(first: FirstFrame): Promise<boolean> {
  const app = await root();
  return app !== null && (paintSnapshot(app, first) || (first.listing !== null && app.firstChild !== null));
}

function open(): void {
  // Rarely the app's modules are ready first; they have started the same work themselves.
  if (takenOver()) return;
  const opening = startOpening();
  handOver(opening);
  // The cached tickets, drawn (or served in the page by the service worker); the app's modules
  // load once that frame is on screen: loaded sooner, they hold it back.
  const cached = opening.frame.then(async (first) => {
    if (await draw(first)) await afterNextPaint();
    return first;
  });
  signalFirstFrame(cached);
  // Nothing cached: the background's answer, if it comes before the app has drawn.
  cached
    .then(async (first) => {
      if (first.listing) return;
      const reply = await opening.tickets;
      if (reply.ok) await draw({ ...first, listing: reply.value.listing });
    })
    // Nothing lost: the app draws the popup in any case.
    .catch(() => {});
}

open();
