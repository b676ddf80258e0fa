import { render } from 'preact';
import { appContainer } from '../shared/markup/app-container.ts';
import { send } from '../shared/messages.ts';
import { EMPTY_FIRST_FRAME, readFirstFrame } from '../shared/storage/first-frame.ts';
import { markLanguage, t } from '../shared/words/i18n.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import { App, openSettings } from './App.tsx';
import { afterNextPaint, replayKeys, takeBoot } from './boot.ts';

// The app takes over the boot (boot.ts) and renders into the element that holds the first
// frame, adopting its nodes. A failed read still opens the popup: the app asks the background.
async function start(): Promise<void> {
  const boot = takeBoot({ readFirstFrame, send });
  const { filter, listing: cached } = await boot.frame.catch(() => EMPTY_FIRST_FRAME);
  const container = appContainer();
  markLanguage(document.documentElement);
  let listing = cached;
  if (container.firstChild && !listing) {
    // Something is drawn that this page did not read from the cache: the background's answer
    // (drawn by the boot), or a list the worker served and the cache lost since. Take the
    // answer, as the view will.
    listing = await boot.tickets.then((reply) => (reply.ok ? reply.value.listing : null));
    await afterNextPaint();
  }
  const ways = [
    { label: t('reload'), run: reloadPage },
    { label: t('openSettings'), run: openSettings },
  ];
  render(
    <ErrorBoundary ways={ways}>
      <App initialListing={listing} initialFilter={filter} initialStatus={boot.status} openingTickets={boot.tickets} />
    </ErrorBoundary>,
    container,
  );
  // Keys pressed while the first frame waited for the app: played once its handlers listen.
  await afterNextPaint();
  replayKeys(boot.takeKeys());
}

void start();
