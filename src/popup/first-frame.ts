/**
 * What the popup starts the moment it opens (docs/PERFORMANCE.md): the first frame's storage reads, and the
 * two questions the app asks the background on every open (am I signed in? which tickets?).
 *
 * Two scripts want them. The classic first-frame script (first-frame-script.ts) starts them
 * while the page is still being parsed and paints the cached tickets; the Preact app
 * (start-app.tsx) then takes the same promises instead of asking again, once loaded. The
 * hand-over is one object on the page's global, under a name only this module uses. Without
 * the script, the app starts the same work itself: the script only makes it sooner.
 */
import { type FirstFrame, readFirstFrame } from '../shared/first-frame.ts';
import { type Reply, type Status, send, type TicketView } from '../shared/messages.ts';

export interface Opening {
  readonly frame: Promise<FirstFrame>;
  readonly status: Promise<Reply<Status>>;
  /** The list for the remembered filter: fresh from the cache, or asked of Zoho if stale. */
  readonly tickets: Promise<Reply<TicketView>>;
}

/**
 * After the next frame has been painted, or after 100 ms: a page that is not visible (opened in
 * a background tab) gets no frames, and must not wait for one.
 */
export const afterNextPaint = (): Promise<unknown> =>
  new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, 100);
  });

export function startOpening(): Opening {
  const frame = readFirstFrame();
  // With tickets cached, their list is asked for once the first frame is painted: the answer
  // can hold thousands of tickets, and reading it would hold that frame back. With nothing
  // cached, there is no frame to wait for.
  // A stale cached list comes back at once, marked refreshing; the view then waits for the
  // refresh (TicketsView.tsx).
  const ask = () => send('listTickets', { cachedFirst: true });
  const tickets = frame.then((first) => (first.listing ? afterNextPaint().then(ask) : ask()), ask);
  return { frame, status: send('getStatus'), tickets };
}

const HANDOVER = 'deskTicketsOpening';
type Global = { [HANDOVER]?: Opening | null };
const global = globalThis as Global;

/** Whether the app has taken over already: then the script, arriving late, does nothing. */
export function takenOver(): boolean {
  return global[HANDOVER] === null;
}

export function handOver(opening: Opening): void {
  global[HANDOVER] = opening;
}

/**
 * The script's work if it ran, else the same work started now; once per page. What stays
 * behind is a marker, not the work: its list answer can hold thousands of tickets.
 */
export function takeOver(): Opening {
  const opening = global[HANDOVER] ?? startOpening();
  global[HANDOVER] = null;
  return opening;
}

/**
 * The open's list request, for the tickets view's first load only, which takes it once. An
 * answer that may be out of date by then ("not signed in" before a sign-in on the consent
 * screen) is asked again there (TicketsView.tsx, firstLoad).
 */
let openingTickets: Promise<Reply<TicketView>> | null = null;

export function keepOpeningTickets(tickets: Promise<Reply<TicketView>>): void {
  openingTickets = tickets;
}

export function takeOpeningTickets(): Promise<Reply<TicketView>> | null {
  const tickets = openingTickets;
  openingTickets = null;
  return tickets;
}
