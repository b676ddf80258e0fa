/**
 * The popup: the consent prompt until the user is signed in, then the ticket list. Everything
 * comes from the background through typed messages; the popup never sees the token.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AppError } from '../shared/errors.ts';
import { send, type Status, type TicketListing } from '../shared/messages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Consent } from './Consent.tsx';
import { TicketList } from './TicketList.tsx';

function openSettings(): void {
  void browser.runtime.openOptionsPage();
}

function Tickets({ onSessionEnded }: { onSessionEnded: (error: AppError) => void }) {
  const [listing, setListing] = useState<TicketListing | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    const reply = await send('listTickets');
    setLoading(false);
    if (reply.ok) {
      setListing(reply.value);
      setError(null);
    } else if (reply.error.code === 'session_ended' || reply.error.code === 'not_signed_in') {
      onSessionEnded(reply.error);
    } else {
      setError(reply.error);
    }
  }, [onSessionEnded]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div class="tickets-view">
      <header class="bar">
        <h1>{listing?.orgName ?? 'Zoho Desk tickets'}</h1>
        <div class="tools">
          <button type="button" onClick={() => void load()} disabled={loading}>
            Refresh
          </button>
          <button type="button" onClick={openSettings}>
            Settings
          </button>
        </div>
      </header>
      <div class="scroll">
      {error && (
        <div style={{ padding: '10px 14px 0' }}>
          <ErrorNotice error={error} onRetry={() => void load()} onSettings={openSettings} />
        </div>
      )}
      {loading && !listing && (
        <p class="empty muted" role="status">
          Loading your tickets…
        </p>
      )}
      {listing && <TicketList tickets={listing.tickets} />}
      {listing && listing.skipped > 0 && (
        <p class="footer-note muted" role="note">
          {listing.skipped === 1
            ? '1 ticket from Zoho could not be read and is not shown.'
            : `${listing.skipped} tickets from Zoho could not be read and are not shown.`}
        </p>
      )}
      </div>
    </div>
  );
}

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const refreshStatus = useCallback(async () => {
    const reply = await send('getStatus');
    if (reply.ok) setStatus(reply.value);
    else setError(reply.error);
  }, []);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  const signIn = useCallback(async () => {
    setSigningIn(true);
    setError(null);
    // The popup may close while the Zoho window has focus; the background finishes the flow
    // and the next popup opens signed in.
    const reply = await send('signIn');
    setSigningIn(false);
    if (reply.ok) setStatus(reply.value);
    else setError(reply.error);
  }, []);

  const sessionEnded = useCallback(
    (ended: AppError) => {
      setError(ended);
      void refreshStatus();
    },
    [refreshStatus],
  );

  if (!status) {
    return (
      <main>
        {error ? (
          <ErrorNotice error={error} onRetry={() => void refreshStatus()} />
        ) : (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
      </main>
    );
  }
  if (!status.signedIn) {
    return (
      <Consent
        clientConfigured={status.clientConfigured}
        signingIn={signingIn}
        error={error}
        onSignIn={() => void signIn()}
        onSettings={openSettings}
      />
    );
  }
  return <Tickets onSessionEnded={sessionEnded} />;
}
