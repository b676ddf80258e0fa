/**
 * The list the tickets view shows, and the requests that change it: the first load (as the view
 * mounts), a refresh, the next page, another organization or filter. Only the latest request's
 * answer counts: a slow one must not overwrite a newer filter's.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Reply, send, type TicketListing, type TicketsReply } from '../shared/messages.ts';
import { filterItem, filterKey, type TicketFilter, validFilter } from '../shared/storage/filters.ts';
import { departmentByOrganizationItem } from '../shared/storage/organization-choice.ts';
import type { AppError } from '../shared/zoho/errors.ts';

export type Loading = 'list' | 'more' | null;

export interface ListOptions {
  /** The cached list for the current filter, painted in the first frame. */
  readonly initialListing: TicketListing | null;
  readonly initialFilter: TicketFilter;
  /** Hands over, once, the list asked for when the popup opened; null: ask anew. */
  readonly takeOpening: () => Promise<Reply<TicketsReply>> | null;
  /** Called when there is nothing to show without signing in. */
  readonly onSignedOut: (error: AppError) => void;
  /** Called when the filter or organization changes: what was found for the last one goes. */
  readonly onListChanged: () => void;
}

const signedOut = (error: AppError) => error.code === 'session_ended' || error.code === 'not_signed_in';

export function useTicketList({ initialListing, initialFilter, takeOpening, onSignedOut, onListChanged }: ListOptions) {
  const [view, setView] = useState<TicketsReply | null>(initialListing && { listing: initialListing, problem: null, organizations: [] });
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState<Loading>('list');
  const [filter, setFilter] = useState<TicketFilter>(initialFilter);
  /** The organization of the list on screen, for the department remembered per organization. */
  const orgInUse = useRef<string | null>(initialListing?.orgId ?? null);
  const latest = useRef(0);

  /** One request at a time counts: `latest` drops the answers of those overtaken since. */
  const run = useCallback(async <T>(kind: 'list' | 'more', reply: Promise<Reply<T>>, answer: (reply: Reply<T>) => void) => {
    setLoading(kind);
    const request = ++latest.current;
    const settled = await reply;
    if (request !== latest.current) return;
    setLoading(null);
    answer(settled);
  }, []);

  /** A list request: its answer is what the view shows. */
  const runList = useCallback(
    function list(kind: 'list' | 'more', reply: Promise<Reply<TicketsReply>>): Promise<void> {
      return run(kind, reply, (answer) => {
        if (answer.ok) {
          setView(answer.value);
          setError(null);
          if (answer.value.listing) orgInUse.current = answer.value.listing.orgId;
          // The cached list, out of date, while its refresh runs: ask for that refresh, which
          // joins the one under way (background/ticket-list.ts). "Updating…" stays meanwhile.
          if (answer.value.refreshing) void list('list', send('listTickets'));
        } else if (signedOut(answer.error)) {
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
    const stale = (reply: Reply<TicketsReply>) => !reply.ok && ['not_signed_in', 'session_ended', 'unexpected'].includes(reply.error.code);
    return runList('list', opening ? opening.then((reply) => (stale(reply) ? ask() : reply)) : ask());
  }, [runList, takeOpening]);

  // Stale-while-revalidate: the cached list is on screen; the background decides whether it is
  // fresh enough or asks Zoho.
  useEffect(() => {
    void firstLoad();
  }, [firstLoad]);

  const loadMore = useCallback(() => runList('more', send('listTickets', { more: true })), [runList]);

  // The organization's own department and view come back with it (background/ticket-list.ts):
  // the filter shown is read again once the switch is done.
  const choose = useCallback(
    (orgId: string) =>
      runList('list', send('chooseOrganization', { orgId })).then(async () => {
        onListChanged();
        setFilter(validFilter(await filterItem.get()));
      }),
    [runList, onListChanged],
  );

  const changeFilter = useCallback(
    async (next: TicketFilter) => {
      const departmentChanged = next.department?.id !== filter.department?.id;
      setFilter(next);
      onListChanged();
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
    [load, filter.department?.id, onListChanged],
  );

  return { view, error, setError, loading, filter, run, load, loadMore, choose, changeFilter };
}
