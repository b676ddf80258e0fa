/**
 * The signed-in view: organization, filters, quick filter, tickets, paging, and a ticket's
 * detail. When Zoho cannot answer, the last tickets stay, marked out of date, with the reason.
 * The list's requests, the number lookup and the panel's refresh are hooks of their own.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type SearchResult, send } from '../shared/messages.ts';
import { openSidePanel } from '../shared/open-panel.ts';
import { quickFilter, typedTicketNumber } from '../shared/quick-filter.ts';
import { formatTime } from '../shared/words/format.ts';
import { formatCount, t, tn } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { isTyping } from './boot.ts';
import { ErrorNotice } from './ErrorNoticeLater.tsx';
import { FilterBar } from './FilterBar.tsx';
import { ListProblem } from './ListProblem.tsx';
import { isolatedNodes } from './markup-vnode.ts';
import { OpenedTicket } from './OpenedTicket.tsx';
import { QuickFilter } from './QuickFilter.tsx';
import { type ReturnPoint, TicketList } from './TicketList.tsx';
import { TicketsHeader } from './TicketsHeader.tsx';
import { useLater } from './use-later.ts';
import { useNumberLookup } from './use-number-lookup.ts';
import { inPanel, usePanelRefresh } from './use-panel-refresh.ts';
import { type ListOptions, useTicketList } from './use-ticket-list.ts';
import { WorkloadLine } from './WorkloadLine.tsx';

/** Opens the side panel in this window (a user gesture: the button's click), and closes the popup. */
async function toSidePanel(): Promise<void> {
  const current = await browser.windows.getCurrent().catch(() => null);
  await openSidePanel(current?.id).catch(() => undefined);
  window.close();
}

const loadDetail = () => import('./TicketDetail.tsx').then((module) => module.TicketDetail);
const loadQueuePanel = () => import('./QueuePanel.tsx').then((module) => module.QueuePanel);

interface Props extends Omit<ListOptions, 'onListChanged'> {
  signingIn: boolean;
  /** Why the last sign-in from this view failed (cancelled, declined, another data center…). */
  signInError: AppError | null;
  onSignIn: () => void;
  onSettings: () => void;
  onSwitchDataCenter: (targetId: string) => void;
  /** Full search is on in settings: offer it for the quick filter's words. */
  searchEnabled: boolean;
}

export function TicketsView(props: Props) {
  const { searchEnabled, signingIn, signInError, onSignIn, onSettings, onSignedOut, onSwitchDataCenter } = props;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult | null>(null);
  const [openedTicket, setOpenedTicket] = useState<Ticket | null>(null);
  const [queueOpen, setQueueOpen] = useState(false);
  const clearResults = useCallback(() => setResults(null), []);
  const list = useTicketList({ ...props, onListChanged: clearResults });
  const { view, error, loading, filter, load, changeFilter } = list;
  const [lookup, openNumber, cancelLookup] = useNumberLookup(searchEnabled, setOpenedTicket, onSignedOut, list.setError);
  const queryInput = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  /** The ticket last opened and where the list was: the list comes back to it. */
  const returnTo = useRef<ReturnPoint | null>(null);
  const TicketDetail = useLater(openedTicket !== null, loadDetail);
  const QueuePanel = useLater(queueOpen, loadQueuePanel);

  // A filter changed or a refresh started meanwhile: that answer is the one to show (`run`).
  const runSearch = useCallback(
    () => list.run('list', send('search', { query }), (reply) => (reply.ok ? setResults(reply.value) : list.setError(reply.error))),
    [list.run, list.setError, query],
  );

  /** A new query: what was found for the last one goes. */
  const changeQuery = useCallback(
    (next: string) => {
      setQuery(next);
      setResults(null);
      cancelLookup();
    },
    [cancelLookup],
  );

  usePanelRefresh(load);

  // "/" focuses the quick filter; Esc leaves a ticket. In the quick filter, Esc clears it, and
  // on an empty one leaves it, so that j and k move through the list at once.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !openedTicket && !isTyping(event.target)) {
        event.preventDefault();
        queryInput.current?.focus();
      } else if (event.key === 'Escape' && openedTicket) {
        event.preventDefault();
        setOpenedTicket(null);
      } else if (event.key === 'Escape' && event.target === queryInput.current) {
        event.preventDefault();
        if (query || results) changeQuery('');
        else queryInput.current?.blur();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openedTicket, query, results, changeQuery]);

  // Back from a ticket, the list mounted anew has used the return point; a list mounted later
  // (a filter change, a quick filter that matched nothing) starts at the top.
  useEffect(() => {
    if (!openedTicket) returnTo.current = null;
  }, [openedTicket]);

  if (openedTicket) return <OpenedTicket ticket={openedTicket} Detail={TicketDetail} onBack={() => setOpenedTicket(null)} />;

  const listing = view?.listing ?? null;
  const problem = view?.problem ?? error;
  const stale = listing !== null && view?.problem !== null && view?.problem !== undefined;
  const shown = results ? results.tickets : quickFilter(listing?.tickets ?? [], query);
  const actions = {
    onRetry: () => void load(true),
    onSignIn: signingIn ? undefined : onSignIn,
    onSettings,
    onSwitchDataCenter,
  };
  const openTicket = (ticket: Ticket) => {
    returnTo.current = { ticketId: ticket.id, scrollTop: scroller.current?.scrollTop ?? 0 };
    setOpenedTicket(ticket);
  };
  const { loadMore } = list;

  return (
    <div class="tickets-view">
      <TicketsHeader
        listing={listing}
        orgs={view?.organizations ?? []}
        loading={loading}
        onChoose={(orgId) => void list.choose(orgId)}
        onRefresh={() => void load(true)}
        onSettings={onSettings}
      />
      <WorkloadLine filter={filter} onChange={(next) => void changeFilter(next)} listedAt={listing?.fetchedAt ?? null} />
      <FilterBar
        filter={filter}
        onChange={(next) => void changeFilter(next)}
        queueOpen={queueOpen}
        onToggleQueue={() => setQueueOpen(!queueOpen)}
      />
      {queueOpen && QueuePanel && (
        <QueuePanel
          filter={filter}
          onChange={(next) => void changeFilter(next)}
          onSettings={onSettings}
          onClose={() => {
            setQueueOpen(false);
            document.querySelector<HTMLButtonElement>('button.queue')?.focus();
          }}
        />
      )}
      <QuickFilter
        inputRef={queryInput}
        query={query}
        number={typedTicketNumber(query)}
        lookup={lookup}
        results={results}
        searchEnabled={searchEnabled}
        onQuery={changeQuery}
        onOpenNumber={(number) => void openNumber(number, listing?.tickets ?? [])}
        onSearch={() => void runSearch()}
        onClearSearch={clearResults}
      />
      <div class="scroll" ref={scroller}>
        {signInError && (
          <div class="problem">
            <ErrorNotice error={signInError} onSettings={onSettings} onSwitchDataCenter={onSwitchDataCenter} />
          </div>
        )}
        {problem && (
          <div class="problem">
            <ListProblem error={problem} fetchedAt={listing?.fetchedAt ?? null} actions={actions} />
          </div>
        )}
        {problem?.code === 'desk_error' &&
          ['INVALID_DATA', 'URL_NOT_FOUND'].includes(problem.detail ?? '') &&
          (filter.view || filter.department) && (
            // A department or view remembered from before that Zoho no longer knows: a way back.
            <div class="notice" role="alert">
              <p>{t('queueChoiceGone')}</p>
              <button type="button" onClick={() => void changeFilter({ ...filter, department: null, view: null })}>
                {t('resetQueue')}
              </button>
            </div>
          )}
        {loading === 'list' && !listing && (
          <p class="empty muted" role="status">
            {t('loadingTickets')}
          </p>
        )}
        {listing && (
          <section
            aria-label={results ? t('searchResults', results.query) : stale ? t('ticketsStale') : t('ticketList')}
            class={stale ? 'stale' : undefined}
          >
            {stale && <p class="stale-label muted">{t('outOfDate', formatTime(listing.fetchedAt))}</p>}
            {query && !results && (
              <p class="match-count muted small" role="status">
                {tn('matchCount', listing.tickets.length, formatCount(shown.length))}
              </p>
            )}
            {shown.length > 0 && <TicketList tickets={shown} label={t('tickets')} onOpen={openTicket} returnTo={returnTo.current} />}
            {shown.length === 0 && query && <p class="empty muted">{isolatedNodes('noMatches', query)}</p>}
            {shown.length === 0 && !query && (
              <div class="empty" role="status">
                <p class="empty-title">{t('emptyTitle')}</p>
                <p class="muted">{t('emptyBody')}</p>
              </div>
            )}
          </section>
        )}
        {listing?.hasMore && !results && (
          <div class="more">
            <button type="button" onClick={() => void loadMore()} disabled={loading !== null}>
              {loading === 'more' ? t('loading') : t('loadMore')}
            </button>
          </div>
        )}
        {listing?.capped && (
          <p class="footer-note muted" role="note">
            {tn('capped', listing.tickets.length)}
          </p>
        )}
        {listing && listing.skipped > 0 && (
          <p class="footer-note muted" role="note">
            {tn('skipped', listing.skipped)}
          </p>
        )}
        <p class="footer-note muted small">{t('keyboardHelp')}</p>
        {!inPanel && (
          <p class="footer-note small">
            <button type="button" class="link" onClick={() => void toSidePanel()}>
              {t('openSidePanel')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
