import { render } from 'preact';
import './popup.css';
import { App } from './App.tsx';
import { EMPTY_FIRST_FRAME, keepOpeningTickets, takeOver } from './first-frame.ts';

/** Resolves after the next frame has been painted. */
const afterNextPaint = () => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));

// The first frame shows the cached tickets. The first-frame script has usually read them and
// drawn them already (snapshot.ts): let that frame reach the screen, then render into the same
// element, which adopts the snapshot's nodes. A failed read still opens the popup: the app then
// asks the background, which explains.
const opening = takeOver();
keepOpeningTickets(opening.tickets);
const { filter, listing } = await opening.frame.catch(() => EMPTY_FIRST_FRAME);
const root = document.getElementById('app')!;
if (root.firstChild) await afterNextPaint();
render(<App initialListing={listing} initialFilter={filter} initialStatus={opening.status} />, root);
