/**
 * The popup: the consent prompt until the user is signed in, then the tickets. Everything
 * comes from the background through typed messages; the popup never sees the token.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type Reply, type Status, send, type TicketListing, type TicketsReply } from '../shared/messages.ts';
import type { TicketFilter } from '../shared/storage/filters.ts';
import { targetById } from '../shared/storage/sign-in-targets.ts';
import { t } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { ErrorNotice } from './ErrorNoticeLater.tsx';
import { TicketsView } from './TicketsView.tsx';
import { useLater } from './use-later.ts';
import { useSignIn } from './use-sign-in.ts';

const loadConsent = () => import('./Consent.tsx').then((module) => module.Consent);

export function openSettings(): void {
  void browser.runtime.openOptionsPage();
}

interface Props {
  /** The cached list for the remembered filter, read before the first render. */
  initialListing: TicketListing | null;
  initialFilter: TicketFilter;
  /** The background's answer to "am I signed in?", asked when the popup opened. */
  initialStatus: Promise<Reply<Status>>;
  /** The list asked for when the popup opened: for the tickets view's first load only. */
  openingTickets: Promise<Reply<TicketsReply>>;
}

export function App({ initialListing, initialFilter, initialStatus, openingTickets }: Props) {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const signIn = useSignIn(setStatus);
  // Handed to the first tickets view's first load only; a view mounted later (after a sign-in)
  // asks anew. A ref, not state: taking it must not render the popup again as it opens.
  const opening = useRef<Promise<Reply<TicketsReply>> | null>(openingTickets);
  const takeOpening = useCallback(() => {
    const tickets = opening.current;
    opening.current = null;
    return tickets;
  }, []);

  const refreshStatus = useCallback(async (asked = send('getStatus')) => {
    const reply = await asked;
    if (reply.ok) setStatus(reply.value);
    else setError(reply.error);
  }, []);

  useEffect(() => {
    void refreshStatus(initialStatus);
  }, [refreshStatus, initialStatus]);

  const signedOut = useCallback((ended: AppError) => {
    setError(ended);
    setStatus((current) => current && { ...current, signedIn: false, hasCachedTickets: false });
  }, []);

  // Cached tickets go on screen in the first frame, before the background has answered.
  const showTickets = status ? status.signedIn || status.hasCachedTickets : initialListing !== null && !error;
  const Consent = useLater(status !== null && !showTickets, loadConsent);
  if (showTickets) {
    return (
      <TicketsView
        key={status && !status.signedIn ? 'signed-out' : 'signed-in'}
        initialListing={initialListing}
        initialFilter={initialFilter}
        takeOpening={takeOpening}
        searchEnabled={status?.searchEnabled ?? false}
        signingIn={signIn.busy}
        signInError={signIn.error}
        onSignIn={() => signIn.start(targetById(status?.lastTarget ?? null).id)}
        onSettings={openSettings}
        onSignedOut={signedOut}
        onSwitchDataCenter={signIn.start}
      />
    );
  }
  if (!status || !Consent) {
    return (
      <main>
        {error ? (
          <ErrorNotice error={error} onRetry={() => void refreshStatus()} />
        ) : (
          <p class="muted" role="status">
            {t('loading')}
          </p>
        )}
      </main>
    );
  }
  return (
    <Consent
      lastTarget={status.lastTarget}
      clientConfigured={status.clientConfigured}
      searchEnabled={status.searchEnabled}
      settingsReadEnabled={status.settingsReadEnabled}
      signingIn={signIn.busy}
      error={signIn.error ?? error ?? status.lastSignInError}
      onSignIn={signIn.start}
      onSettings={openSettings}
    />
  );
}
