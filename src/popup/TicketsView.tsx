/**
 * The signed-in view: organization, tickets, paging. When Zoho cannot answer, the last tickets
 * stay, marked out of date, with the reason and the next step.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AppError } from '../shared/errors.ts';
import { send, type Reply, type TicketView } from '../shared/messages.ts';
import { ErrorNotice, type NoticeActions } from '../ui/ErrorNotice.tsx';
import { formatTime } from '../ui/format.ts';
import { TicketList } from './TicketList.tsx';

interface Props {
  signingIn: boolean;
  onSignIn: () => void;
  onSettings: () => void;
  /** Called when there is nothing to show without signing in. */
  onSignedOut: (error: AppError) => void;
  onSwitchDataCenter: (targetId: string) => void;
}

function Problem({ error, fetchedAt, actions }: { error: AppError; fetchedAt: number | null; actions: NoticeActions }) {
  if (error.code === 'network' && fetchedAt !== null) {
    return (
      <div class="notice" role="alert">
        <p>Offline: showing tickets from {formatTime(fetchedAt)}.</p>
        {actions.onRetry && (
          <button type="button" onClick={actions.onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  return <ErrorNotice error={error} {...actions} />;
}

export function TicketsView({ signingIn, onSignIn, onSettings, onSignedOut, onSwitchDataCenter }: Props) {
  const [view, setView] = useState<TicketView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState<'list' | 'more' | null>('list');

  const apply = useCallback(
    (reply: Reply<TicketView>) => {
      setLoading(null);
      if (reply.ok) {
        setView(reply.value);
        setError(null);
      } else if (reply.error.code === 'session_ended' || reply.error.code === 'not_signed_in') {
        onSignedOut(reply.error);
      } else {
        setError(reply.error);
      }
    },
    [onSignedOut],
  );

  const load = useCallback(async () => {
    setLoading('list');
    apply(await send('listTickets', {}));
  }, [apply]);

  const loadMore = useCallback(async () => {
    setLoading('more');
    apply(await send('listTickets', { more: true }));
  }, [apply]);

  const choose = useCallback(
    async (orgId: string) => {
      setLoading('list');
      apply(await send('chooseOrganization', { orgId }));
    },
    [apply],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const listing = view?.listing ?? null;
  const problem = view?.problem ?? error;
  const stale = listing !== null && problem !== null;
  const orgs = view?.organizations ?? [];
  const actions: NoticeActions = {
    onRetry: () => void load(),
    onSignIn: signingIn ? undefined : onSignIn,
    onSettings,
    onSwitchDataCenter,
  };

  return (
    <div class="tickets-view">
      <header class="bar">
        {orgs.length > 1 && listing ? (
          <label class="org-picker">
            <span class="sr-only">Organization</span>
            <select value={listing.orgId} onChange={(event) => void choose(event.currentTarget.value)}>
              {orgs.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <h1>{listing?.orgName ?? 'Zoho Desk tickets'}</h1>
        )}
        <div class="tools">
          {loading !== null && listing && (
            <span role="status" class="muted small">
              Updating…
            </span>
          )}
          <button type="button" onClick={() => void load()} disabled={loading !== null}>
            Refresh
          </button>
          <button type="button" onClick={onSettings}>
            Settings
          </button>
        </div>
      </header>
      <div class="scroll">
        {problem && (
          <div class="problem">
            <Problem error={problem} fetchedAt={listing?.fetchedAt ?? null} actions={actions} />
          </div>
        )}
        {loading === 'list' && !listing && (
          <p class="empty muted" role="status">
            Loading your tickets…
          </p>
        )}
        {listing && (
          <section aria-label={stale ? 'Tickets (out of date)' : 'Ticket list'} class={stale ? 'stale' : undefined}>
            {stale && <p class="stale-label muted">Out of date: last updated {formatTime(listing.fetchedAt)}</p>}
            <TicketList tickets={listing.tickets} />
          </section>
        )}
        {listing && listing.hasMore && (
          <div class="more">
            <button type="button" onClick={() => void loadMore()} disabled={loading !== null}>
              {loading === 'more' ? 'Loading…' : 'Load more tickets'}
            </button>
          </div>
        )}
        {listing?.capped && (
          <p class="footer-note muted" role="note">
            Showing the first {listing.tickets.length.toLocaleString()} tickets. Narrow the list in Zoho Desk
            to see others.
          </p>
        )}
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
