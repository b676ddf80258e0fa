/**
 * When the popup's first frame is on screen, told by the first-frame script to the app's entry
 * (main.tsx), which loads the app's modules only then: loaded beside the script, they held its
 * frame back (docs/PERFORMANCE.md). No imports: the entry stays a few hundred bytes.
 */
const SIGNAL = 'deskTicketsFirstFrameShown';
type Global = { [SIGNAL]?: Promise<unknown> };

export function signalFirstFrame(shown: Promise<unknown>): void {
  (globalThis as Global)[SIGNAL] = shown;
}

/**
 * At once if the script has not run; never later than 200 ms, and never a rejection, whatever
 * happens to it: a first frame that failed must not keep the app from loading.
 */
export function firstFrameShown(): Promise<unknown> {
  const shown = (globalThis as Global)[SIGNAL];
  if (!shown) return Promise.resolve();
  return Promise.race([shown.catch(() => undefined), new Promise((later) => setTimeout(later, 200))]);
}
