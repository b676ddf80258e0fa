import { render } from 'preact';
import { EMPTY_FIRST_FRAME } from '../shared/first-frame.ts';
import { t } from '../shared/i18n.ts';
import { appContainer } from '../ui/app-container.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import { App, openSettings } from './App.tsx';
import { afterNextPaint, keepOpeningTickets, takeOver } from './first-frame.ts';

// The first frame shows the cached tickets, drawn already by the service worker or by the
// first-frame script (ui/snapshot.ts), and the entry (main.tsx) loaded this module once that
// frame was on screen: render into the same element, which adopts the snapshot's nodes. A
// failed read still opens the popup: the app then asks the background, which explains.
async function start(): Promise<void> {
  // Scoped, not module-level: the opening's list reply can hold thousands of tickets, and only
  // the tickets view's first load keeps it (keepOpeningTickets), until it takes it.
  const opening = takeOver();
  keepOpeningTickets(opening.tickets);
  const { filter, listing: cached } = await opening.frame.catch(() => EMPTY_FIRST_FRAME);
  const container = appContainer();
  let listing = cached;
  if (container.firstChild && !listing) {
    // Nothing cached as this page read it, yet something is drawn: the script drew the
    // background's answer, which has come (the entry did not wait for it to be painted; it
    // waits only for cached tickets), or the worker served a list the page then missed (its
    // cache changed between the two reads). Take the answer, as the view will.
    listing = await opening.tickets.then((reply) => (reply.ok ? reply.value.listing : null));
    await afterNextPaint();
  }
  const ways = [
    { label: t('reload'), run: reloadPage },
    { label: t('openSettings'), run: openSettings },
  ];
  render(
    <ErrorBoundary ways={ways}>
      <App initialListing={listing} initialFilter={filter} initialStatus={opening.status} />
    </ErrorBoundary>,
    container,
  );
}

void start();
