/**
 * Opening the ticket whose number was typed in the quick filter: from the loaded list when it
 * is there, else through search by number, which needs full search (Desk.search.READ) on.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { send } from '../shared/messages.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';

/** What came of opening a ticket by its number. */
export type NumberLookup = { number: string; state: 'finding' | 'not-found' | 'needs-search' } | null;

/** Answers the lookup on screen, the way to start one, and the way to drop it (as useState does). */
export function useNumberLookup(
  searchEnabled: boolean,
  onFound: (ticket: Ticket) => void,
  onSignedOut: (error: AppError) => void,
  onError: (error: AppError) => void,
) {
  const [lookup, setLookup] = useState<NumberLookup>(null);
  /** Counts lookups: only the latest one's answer counts. */
  const lookups = useRef(0);

  const openNumber = useCallback(
    async (number: string, loaded: readonly Ticket[]) => {
      const here = loaded.find((ticket) => ticket.number === number);
      if (here) return onFound(here);
      if (!searchEnabled) return setLookup({ number, state: 'needs-search' });
      setLookup({ number, state: 'finding' });
      const asked = ++lookups.current;
      const reply = await send('findTicket', { number });
      // Typed on, or cleared, since: this answer is not wanted any more.
      if (asked !== lookups.current) return;
      if (reply.ok && reply.value) {
        setLookup(null);
        onFound(reply.value);
      } else if (reply.ok || reply.error.code === 'search_not_enabled') {
        setLookup({ number, state: reply.ok ? 'not-found' : 'needs-search' });
      } else if (reply.error.code === 'session_ended' || reply.error.code === 'not_signed_in') {
        setLookup(null);
        onSignedOut(reply.error);
      } else {
        setLookup(null);
        onError(reply.error);
      }
    },
    [searchEnabled, onFound, onSignedOut, onError],
  );

  /** Forgets the lookup on screen, and the answer of one under way. */
  const cancelLookup = useCallback(() => {
    setLookup(null);
    lookups.current += 1;
  }, []);

  return [lookup, openNumber, cancelLookup] as const;
}
