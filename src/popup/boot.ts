/**
 * The popup's boot path, all of it: what starts the moment the popup opens, the first frame,
 * and the hand-over to the app. The constraint: the first frame must not wait for the app's
 * modules, so it is drawn by a small classic script (boot-script.ts) and the app adopts it.
 * The whole story, and its measurements: docs/ARCHITECTURE.md, "The popup's first frame".
 *
 * One global carries the hand-over (BOOT_GLOBAL). This module imports nothing at run time:
 * the classic script and the app hand it what it works with (BootTools), so that the app's
 * entry (main.tsx) can import it and still load nothing else before the first frame is on
 * screen.
 */

import type { Reply, Status, send, TicketsReply } from '../shared/messages.ts';
import type { FirstFrame } from '../shared/storage/first-frame.ts';

/** What the boot works with, handed in by the classic script (boot-script.ts) or the app. */
export interface BootTools {
  readonly readFirstFrame: () => Promise<FirstFrame>;
  readonly send: typeof send;
  /** Draws the first frame into #app; whether it drew. The app, which draws itself, has none. */
  readonly paint?: (element: HTMLElement, frame: FirstFrame) => boolean;
}

/** What the opening started, as the app takes it over. */
export interface Boot {
  /** The first frame's reads: the remembered filter and its cached list. */
  readonly frame: Promise<FirstFrame>;
  /** The background's answer to "am I signed in?". */
  readonly status: Promise<Reply<Status>>;
  /** The list for the remembered filter: from the cache, or asked of Zoho if stale. */
  readonly tickets: Promise<Reply<TicketsReply>>;
  /** Settles once the first frame is on screen, or there is none to wait for. Never rejects. */
  readonly shown: Promise<void>;
  /** Stops keeping keys, and answers those pressed before the app took over. */
  readonly takeKeys: () => readonly string[];
}

/** The one global of the hand-over: the boot under way, or 'taken' once the app has it. */
export const BOOT_GLOBAL = 'deskTicketsBoot';
type Slot = { [BOOT_GLOBAL]?: Boot | 'taken' };
const slot = globalThis as Slot;

/** The longest the app's modules wait for the first frame before they load anyway. */
const FIRST_FRAME_WAIT_MS = 200;
/** A page out of sight (a background tab) gets no frames; this long stands in for one. */
const FRAME_STAND_IN_MS = 100;

/** After the next frame has been painted, or after FRAME_STAND_IN_MS. */
export const afterNextPaint = (): Promise<void> =>
  new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, FRAME_STAND_IN_MS);
  });

/** Whether a key pressed at `target` is the user typing, which list shortcuts leave alone. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/**
 * The keys the app answers, kept while the first frame is on screen without it. Heard last (on
 * the window, as they bubble), so that a key the app has handled already (it prevents the
 * default) or one typed into a field is not kept, and so not played twice.
 */
function keepKeys(): () => readonly string[] {
  const keys: string[] = [];
  const keep = (event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key.length === 1 || ['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) keys.push(event.key);
  };
  addEventListener('keydown', keep);
  return () => {
    removeEventListener('keydown', keep);
    return keys.splice(0);
  };
}

/** #app once the parser has made it: at once, or when parsing ends. */
function appElement(): Promise<HTMLElement | null> {
  const found = document.getElementById('app');
  if (found || document.readyState !== 'loading') return Promise.resolve(found);
  // 'interactive' comes when parsing ends, before any deferred or module script runs.
  return new Promise((ready) => document.addEventListener('readystatechange', () => ready(document.getElementById('app')), { once: true }));
}

/** Draws the first frame unless something is drawn already; whether tickets are on screen. */
async function drawFirstFrame(paint: BootTools['paint'], frame: FirstFrame): Promise<boolean> {
  const element = await appElement();
  return element !== null && ((paint?.(element, frame) ?? false) || (frame.listing !== null && element.firstChild !== null));
}

/**
 * Starts the opening: the first frame's storage reads, and the two questions every open asks
 * the background. With tickets cached, the list is asked for once they are painted: its answer
 * can hold thousands of tickets, and reading it would hold the first frame back.
 */
function startBoot({ readFirstFrame, send, paint }: BootTools): Boot {
  const takeKeys = keepKeys();
  const frame = readFirstFrame();
  const askList = () => send('listTickets', { cachedFirst: true });
  const tickets = frame.then((first) => (first.listing ? afterNextPaint().then(askList) : askList()), askList);
  const status = send('getStatus');
  const drawing = frame.then(async (first) => {
    if (await drawFirstFrame(paint, first)) await afterNextPaint();
    if (first.listing) return;
    // Nothing cached: the background's answer, if it comes before the app has drawn (the app
    // then takes it as its own: start-app.tsx).
    const reply = await tickets;
    if (reply.ok) await drawFirstFrame(paint, { ...first, listing: reply.value.listing });
  });
  void drawing.catch(() => undefined);
  // The app waits only for cached tickets to be painted, which it then adopts; a failure in the
  // first frame never holds it back.
  const shown = frame.then((first) => (first.listing ? drawing : undefined)).catch(() => undefined);
  return { frame, status, tickets, shown, takeKeys };
}

/** The classic script's work: the boot, unless the app has started it already. */
export function bootFromScript(tools: BootTools): void {
  slot[BOOT_GLOBAL] ??= startBoot(tools);
}

/** For the app's entry: once the first frame is on screen, and never later than the cap. */
export function firstFrameShown(): Promise<unknown> {
  const boot = slot[BOOT_GLOBAL];
  if (!boot || boot === 'taken') return Promise.resolve();
  return Promise.race([boot.shown, new Promise((later) => setTimeout(later, FIRST_FRAME_WAIT_MS))]);
}

/**
 * The boot for the app, once: the script's, or one started now if the script did not run.
 * What stays behind on the global is a marker, not the work: its list answer can be large.
 */
export function takeBoot(tools: BootTools): Boot {
  const found = slot[BOOT_GLOBAL];
  const boot = found && found !== 'taken' ? found : startBoot(tools);
  slot[BOOT_GLOBAL] = 'taken';
  return boot;
}

/**
 * Plays the keys pressed before the app took over, as if pressed now: `/` focuses the quick
 * filter, characters after it go into it, j and k move through the list.
 */
export function replayKeys(keys: readonly string[]): void {
  for (const key of keys) {
    const target = document.activeElement ?? document.body;
    if (target instanceof HTMLInputElement && key.length === 1) {
      target.value += key;
      target.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  }
}
