/**
 * The signed-in view: organization, filters, quick filter, tickets, paging, and a ticket's
 * detail. When Zoho cannot answer, the last tickets stay, marked out of date, with the reason.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AppError } from '../shared/errors.ts';
import { filterItem, filterKey, type TicketFilter, validFilter } from '../shared/filters.ts';
import { formatCount, t, tn } from '../shared/i18n.ts';
import { type Reply, type SearchResult, send, type TicketListing, type TicketView } from '../shared/messages.ts';
import { departmentByOrganizationItem } from '../shared/organization-choice.ts';
import { PANEL_CLASS } from '../shared/panel.ts';
import { quickFilter, typedTicketNumber } from '../shared/quick-filter.ts';
import { openSidePanel } from '../shared/side-panel.ts';
import type { Ticket } from '../shared/ticket.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import { formatTime } from '../ui/format.ts';
import { isTyping } from './boot.ts';
import { ErrorNotice, type NoticeActions } from './ErrorNoticeLater.tsx';
import { FilterBar } from './FilterBar.tsx';
import { isolatedNodes } from './markup-vnode.ts';
import { type ReturnPoint, TicketList } from './TicketList.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';
import { useLater } from './use-later.ts';
import { WorkloadLine } from './WorkloadLine.tsx';

/** How often the side panel asks for its list while visible; the background's cache keeps it to one Zoho call per freshness window. */
export const PANEL_REFRESH_MS = 30_000;
const inPanel = typeof document !== 'undefined' && document.documentElement.classList.contains(PANEL_CLASS);

/** Opens the side panel in this window (a user gesture: the button's click), and closes the popup. */
async function toSidePanel(): Promise<void> {
  const current = await browser.windows.getCurrent().catch(() => null);
  await openSidePanel(current?.id).catch(() => undefined);
  window.close();
}

const loadDetail = () => import('./TicketDetail.tsx').then((module) => module.TicketDetail);
const loadQueuePanel = () => import('./QueuePanel.tsx').then((module) => module.QueuePanel);

/** What came of opening a ticket by its number. */
type NumberLookup = { number: string; state: 'finding' | 'not-found' | 'needs-search' } | null;

interface Props {
  /** The cached list for the current filter, painted in the first frame. */
  initialListing: TicketListing | null;
  initialFilter: TicketFilter;
  /** Hands over, once, the list asked for when the popup opened; null: ask anew. */
  takeOpening: () => Promise<Reply<TicketView>> | null;
  signingIn: boolean;
  /** Why the last sign-in from this view failed (cancelled, declined, another data center…). */
  signInError: AppError | null;
  onSignIn: () => void;
  onSettings: () => void;
  /** Called when there is nothing to show without signing in. */
  onSignedOut: (error: AppError) => void;
  onSwitchDataCenter: (targetId: string) => void;
  /** Full search is on in settings: offer it for the quick filter's words. */
  searchEnabled: boolean;
}

function Problem({ error, fetchedAt, actions }: { error: AppError; fetchedAt: number | null; actions: NoticeActions }) {
  if (error.code === 'network' && fetchedAt !== null) {
    return (
      <div class="notice" role="alert">
        <p>{t('offlineNote', formatTime(fetchedAt))}</p>
        {actions.onRetry && (
          <button type="button" onClick={actions.onRetry}>
            {t('tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return <ErrorNotice error={error} {...actions} />;
}

export function TicketsView(props: Props) {
  const {
    initialListing,
    initialFilter,
    takeOpening,
    searchEnabled,
    signingIn,
    signInError,
    onSignIn,
    onSettings,
    onSignedOut,
    onSwitchDataCenter,
  } = props;
  const [view, setView] = useState<TicketView | null>(initialListing && { listing: initialListing, problem: null, organizations: [] });
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState<'list' | 'more' | null>('list');
  const [filter, setFilter] = useState<TicketFilter>(initialFilter);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult | null>(null);
  const [openedTicket, setOpenedTicket] = useState<Ticket | null>(null);
  const [queueOpen, setQueueOpen] = useState(false);
  const [lookup, setLookup] = useState<NumberLookup>(null);
  /** Counts lookups by number: only the latest one's answer counts. */
  const lookups = useRef(0);
  /** The organization of the list on screen, for the department remembered per organization. */
  const orgInUse = useRef<string | null>(initialListing?.orgId ?? null);
  const queryInput = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  /** The ticket last opened and where the list was: the list comes back to it. */
  const returnTo = useRef<ReturnPoint | null>(null);
  const TicketDetail = useLater(openedTicket !== null, loadDetail);
  const QueuePanel = useLater(queueOpen, loadQueuePanel);

  // Only the latest request's answer counts: a slow one must not overwrite a newer filter's.
  const latest = useRef(0);
  /** One request at a time counts: `latest` drops the answers of those overtaken since. */
  const run = useCallback(async <T,>(kind: 'list' | 'more', reply: Promise<Reply<T>>, answer: (reply: Reply<T>) => void) => {
    setLoading(kind);
    const request = ++latest.current;
    const settled = await reply;
    if (request !== latest.current) return;
    setLoading(null);
    answer(settled);
  }, []);

  /** A list request: its answer is what the view shows. */
  const runList = useCallback(
    function list(kind: 'list' | 'more', reply: Promise<Reply<TicketView>>): Promise<void> {
      return run(kind, reply, (answer) => {
        if (answer.ok) {
          setView(answer.value);
          setError(null);
          if (answer.value.listing) orgInUse.current = answer.value.listing.orgId;
          // The cached list, out of date, while its refresh runs: ask for that refresh, which
          // joins the one under way (background/tickets.ts). "Updating…" stays meanwhile.
          if (answer.value.refreshing) void list('list', send('listTickets'));
        } else if (answer.error.code === 'session_ended' || answer.error.code === 'not_signed_in') {
          onSignedOut(answer.error);
        } else {
          setView(null);
          setError(answer.error);
        }
      });
    },
    [run, onSignedOut],
  );

  /** `force`: the Refresh button asks Zoho even when the cached list is fresh. */
  const load = useCallback((force = false) => runList('list', send('listTickets', force ? { force } : {})), [runList]);

  /**
   * The first load takes the answer to the request sent when the popup opened, unless it may be
   * out of date already: "not signed in" or "session ended" (the user has signed in since, on
   * the consent screen, or a sign-in finished as the popup opened) or no answer at all.
   */
  const firstLoad = useCallback(() => {
    const opening = takeOpening();
    const ask = () => send('listTickets', { cachedFirst: true });
    const stale = (reply: Reply<TicketView>) => !reply.ok && ['not_signed_in', 'session_ended', 'unexpected'].includes(reply.error.code);
    return runList('list', opening ? opening.then((reply) => (stale(reply) ? ask() : reply)) : ask());
  }, [runList, takeOpening]);

  const loadMore = useCallback(() => runList('more', send('listTickets', { more: true })), [runList]);

  // The organization's own department and view come back with it (background/tickets.ts): the
  // filter shown is read again once the switch is done.
  const choose = useCallback(
    (orgId: string) =>
      runList('list', send('chooseOrganization', { orgId })).then(async () => {
        setResults(null);
        setFilter(validFilter(await filterItem.get()));
      }),
    [runList],
  );

  const changeFilter = useCallback(
    async (next: TicketFilter) => {
      const departmentChanged = next.department?.id !== filter.department?.id;
      setFilter(next);
      setResults(null);
      // Another filter's tickets must not stand in for this one's while it loads.
      setView((current) => (current && current.listing?.filterKey !== filterKey(next) ? { ...current, listing: null } : current));
      await filterItem.set(next);
      const listed = load();
      const orgId = orgInUse.current;
      if (orgId && departmentChanged) {
        // Remembered per organization: switching back to it brings this department back.
        const departments = await departmentByOrganizationItem.get();
        await departmentByOrganizationItem.set({ ...departments, [orgId]: next.department ?? null });
      }
      await listed;
    },
    [load, filter.department?.id],
  );

  /**
   * Opens the ticket whose number was typed: from the loaded list when it is there, else through
   * search by number, which needs full search (Desk.search.READ) turned on.
   */
  const openNumber = useCallback(
    async (number: string, loaded: readonly Ticket[]) => {
      const here = loaded.find((ticket) => ticket.number === number);
      if (here) return setOpenedTicket(here);
      if (!searchEnabled) return setLookup({ number, state: 'needs-search' });
      setLookup({ number, state: 'finding' });
      const asked = ++lookups.current;
      const reply = await send('findTicket', { number });
      // Typed on, or cleared, since: this answer is not wanted any more.
      if (asked !== lookups.current) return;
      if (reply.ok && reply.value) {
        setLookup(null);
        setOpenedTicket(reply.value);
      } else if (reply.ok || reply.error.code === 'search_not_enabled') {
        setLookup({ number, state: reply.ok ? 'not-found' : 'needs-search' });
      } else if (reply.error.code === 'session_ended' || reply.error.code === 'not_signed_in') {
        setLookup(null);
        onSignedOut(reply.error);
      } else {
        setLookup(null);
        setError(reply.error);
      }
    },
    [searchEnabled, onSignedOut],
  );

  // A filter changed or a refresh started meanwhile: that answer is the one to show (`run`).
  const runSearch = useCallback(
    () => run('list', send('search', { query }), (reply) => (reply.ok ? setResults(reply.value) : setError(reply.error))),
    [run, query],
  );

  // Stale-while-revalidate: the cached list is on screen; the background decides whether it is
  // fresh enough or asks Zoho.
  useEffect(() => {
    void firstLoad();
  }, [firstLoad]);

  // The side panel stays open: it asks again every PANEL_REFRESH_MS while it is visible (the
  // background answers from the cache while the list is fresh), at once when it is shown again,
  // and never while hidden.
  useEffect(() => {
    if (!inPanel) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const follow = () => {
      clearInterval(timer);
      if (document.visibilityState !== 'visible') return;
      timer = setInterval(() => void load(), PANEL_REFRESH_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void load();
      follow();
    };
    follow();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [load]);

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
        if (query || results) {
          setQuery('');
          setResults(null);
          setLookup(null);
          lookups.current += 1;
        } else {
          queryInput.current?.blur();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openedTicket, query, results]);

  // Back from a ticket, the list mounted anew has used the return point; a list mounted later
  // (a filter change, a quick filter that matched nothing) starts at the top.
  useEffect(() => {
    if (!openedTicket) returnTo.current = null;
  }, [openedTicket]);

  if (openedTicket) {
    return TicketDetail ? (
      <ErrorBoundary
        key={openedTicket.id}
        ways={[
          { label: t('backToList'), run: () => setOpenedTicket(null) },
          { label: t('reload'), run: reloadPage },
        ]}
      >
        <TicketDetail ticket={openedTicket} onBack={() => setOpenedTicket(null)} />
      </ErrorBoundary>
    ) : (
      <p class="muted detail" role="status">
        {t('loadingTicket')}
      </p>
    );
  }

  const listing = view?.listing ?? null;
  const problem = view?.problem ?? error;
  const stale = listing !== null && view?.problem !== null && view?.problem !== undefined;
  const orgs = view?.organizations ?? [];
  const shown = results ? results.tickets : quickFilter(listing?.tickets ?? [], query);
  const number = typedTicketNumber(query);
  const actions: NoticeActions = {
    onRetry: () => void load(true),
    onSignIn: signingIn ? undefined : onSignIn,
    onSettings,
    onSwitchDataCenter,
  };
  const openTicket = (ticket: Ticket) => {
    returnTo.current = { ticketId: ticket.id, scrollTop: scroller.current?.scrollTop ?? 0 };
    setOpenedTicket(ticket);
  };

  return (
    <div class="tickets-view">
      <header class="bar">
        {orgs.length > 1 && listing ? (
          <label class="org-picker">
            <span class="sr-only">{t('organization')}</span>
            <select value={listing.orgId} onChange={(event) => void choose(event.currentTarget.value)}>
              {orgs.map((org) => (
                <option key={org.id} value={org.id} dir="auto">
                  {org.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <h1>
            <bdi>{listing?.orgName ?? t('ticketsTitle')}</bdi>
          </h1>
        )}
        <div class="tools">
          {loading !== null && listing ? (
            <span role="status" class="muted small">
              {t('updating')}
            </span>
          ) : (
            listing && <UpdatedAgo at={listing.fetchedAt} />
          )}
          <button type="button" onClick={() => void load(true)} disabled={loading !== null}>
            {t('refresh')}
          </button>

          <button type="button" onClick={onSettings}>
            {t('settings')}
          </button>
        </div>
      </header>
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
      <div class="quick">
        <label class="sr-only" for="quick-filter">
          {t('quickFilter')}
        </label>
        <input
          id="quick-filter"
          ref={queryInput}
          type="search"
          value={query}
          placeholder={t('quickFilterHint')}
          autoComplete="off"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setResults(null);
            setLookup(null);
            lookups.current += 1;
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && number) {
              event.preventDefault();
              void openNumber(number, listing?.tickets ?? []);
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              document.querySelector<HTMLButtonElement>('button.ticket')?.focus();
            }
          }}
        />
        {number && (
          <button type="button" class="link" onClick={() => void openNumber(number, listing?.tickets ?? [])}>
            {t('openTicketNumber', number)}
          </button>
        )}
        {lookup && (
          <p class="small" role={lookup.state === 'finding' ? 'status' : 'alert'}>
            {lookup.state === 'finding'
              ? t('findingTicket', lookup.number)
              : lookup.state === 'not-found'
                ? t('ticketNumberNotFound', lookup.number)
                : t('ticketNumberNeedsSearch', lookup.number)}
          </p>
        )}
        {searchEnabled && query.trim().length >= 3 && !results && (
          <button type="button" class="link" onClick={() => void runSearch()}>
            {isolatedNodes('searchZoho', query.trim())}
          </button>
        )}
        {results && (
          <button type="button" class="link" onClick={() => setResults(null)}>
            {t('clearSearch')}
          </button>
        )}
      </div>
      <div class="scroll" ref={scroller}>
        {signInError && (
          <div class="problem">
            <ErrorNotice error={signInError} onSettings={onSettings} onSwitchDataCenter={onSwitchDataCenter} />
          </div>
        )}
        {problem && (
          <div class="problem">
            <Problem error={problem} fetchedAt={listing?.fetchedAt ?? null} actions={actions} />
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
