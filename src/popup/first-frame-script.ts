/**
 * The popup's first-frame script: an async classic script in the page's <head>, bundled on its
 * own (vite.config.ts, firstFrameScript). It starts the opening's reads and requests while the
 * page is still parsing, hands them to the app, and paints the cached tickets as soon as they
 * are read, before the app's modules have loaded (issue 5, docs/PERFORMANCE.md). With nothing
 * cached, it paints the list the background answers, if that comes before the app is ready.
 *
 * If anything here fails, the app does the same work itself: this script only makes it sooner.
 */
import { handOver, startOpening, takenOver, type FirstFrame, type Opening } from './first-frame.ts';
import { paintSnapshot } from './snapshot.ts';

/** Runs `then` once the parser has created #app: at once, or when parsing ends. */
function withRoot(then: (root: HTMLElement) => void): void {
  const root = document.getElementById('app');
  if (root) then(root);
  else if (document.readyState === 'loading') {
    // 'interactive' comes when parsing ends, before any deferred or module script runs.
    document.addEventListener('readystatechange', () => withRoot(then), { once: true });
  }
}

/** The list to paint: the cached one, or else the answer to the opening's request. */
async function firstListing(opening: Opening): Promise<FirstFrame> {
  const first = await opening.frame;
  if (first.listing) return first;
  const reply = await opening.tickets;
  return { ...first, listing: reply.ok ? reply.value.listing : null };
}

function open(): void {
  // Rarely the app's modules are ready first; they have started the same work themselves.
  if (takenOver()) return;
  const opening = startOpening();
  handOver(opening);
  firstListing(opening)
    .then((first) => withRoot((root) => paintSnapshot(root, first)))
    // Nothing lost: the app draws the popup in any case.
    .catch(() => {});
}

open();
