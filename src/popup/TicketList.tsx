/**
 * The tickets, one button each: it opens the ticket's detail in the popup. ↑/↓ and j/k move
 * between rows. Past WINDOW_FROM tickets only the rows in view are rendered (fixed-height
 * rows), so scrolling and filtering stay smooth with thousands. All Zoho text renders as text.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ROW_EMS, rowAttributes, rowMarkup, WINDOW_FROM } from '../shared/markup/ticket-row.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { isTyping } from './boot.ts';
import { vnode } from './markup-vnode.ts';

const OVERSCAN = 6;
/** Rows in a list's first render, windowed or drawn a screenful first: more than 600 px show. */
const FIRST_ROWS = 20;

/** A windowed row's height in pixels, at the text size the browser has. */
const rowHeight = (list: HTMLElement) => ROW_EMS * (Number.parseFloat(getComputedStyle(list).fontSize) || 14); // 14 px: before styles apply

const STEPS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

interface Props {
  tickets: readonly Ticket[];
  label: string;
  onOpen: (ticket: Ticket) => void;
  /**
   * Coming back from a ticket: where the list was scrolled and which row to focus. The list is
   * mounted anew, and a windowed one would otherwise render its top rows only.
   */
  returnTo?: ReturnPoint | null;
}

export interface ReturnPoint {
  readonly ticketId: string;
  readonly scrollTop: number;
}

export function TicketList({ tickets, label, onOpen, returnTo = null }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const windowed = tickets.length > WINDOW_FROM;
  const [range, setRange] = useState<[number, number]>([0, windowed ? FIRST_ROWS : tickets.length]);
  const pendingFocus = useRef<number | null>(null);
  const now = Date.now();
  // A screenful first and the rest a frame later: the frame that first shows tickets waits for
  // less. Coming back from a ticket, all at once, so the row to focus is there.
  const [complete, setComplete] = useState(returnTo !== null);
  useEffect(() => setComplete(true), []);

  // Back from a ticket: the scroll position as it was, and focus on the ticket's row, once
  // rendered (the effect below). Before the window is computed, so it covers that row.
  useLayoutEffect(() => {
    const scroller = list.current?.closest<HTMLElement>('.scroll');
    if (!returnTo || !scroller) return;
    scroller.scrollTop = returnTo.scrollTop;
    const index = tickets.findIndex((ticket) => ticket.id === returnTo.ticketId);
    if (index >= 0) pendingFocus.current = index;
    // Only when mounted: the view mounts a new list on the way back.
  }, []);

  // The rows in view, from the scroll position of the popup's scrolling area.
  useLayoutEffect(() => {
    const element = list.current;
    const scroller = element?.closest<HTMLElement>('.scroll');
    // Unwindowed lists render every row and ignore the range: setting it here would only
    // render the whole list a second time before the first paint.
    if (!windowed || !element || !scroller) return;
    const update = () => {
      const height = rowHeight(element);
      const top = scroller.scrollTop - element.offsetTop;
      const first = Math.max(0, Math.floor(top / height) - OVERSCAN);
      const last = Math.min(tickets.length, Math.ceil((top + scroller.clientHeight) / height) + OVERSCAN);
      setRange((current) => (current[0] === first && current[1] === last ? current : [first, last]));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    return () => scroller.removeEventListener('scroll', update);
  }, [windowed, tickets.length]);

  // Keyboard moves to a row outside the window, or back from a ticket: focus the row once it
  // is rendered. preventScroll keeps the scroll position just restored.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`button[data-index="${pendingFocus.current}"]`);
    if (button) {
      button.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  // ↓/↑ and j/k move through the rows from anywhere in the list view, not only from a row:
  // a key the user types into a field, or one already handled, is left alone.
  useEffect(() => {
    const onDocumentKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && !isTyping(event.target)) move(event);
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  });

  function move(event: KeyboardEvent): void {
    const element = list.current;
    const step = STEPS[event.key];
    if (!element || !step || event.altKey || event.ctrlKey || event.metaKey) return;
    // A row still waiting to be rendered and focused is where the user is: keys pressed faster
    // than the window follows must not be lost.
    const current = pendingFocus.current ?? Number((document.activeElement as HTMLElement | null)?.dataset['index'] ?? -1);
    const next = Math.min(tickets.length - 1, Math.max(0, current + step));
    event.preventDefault();
    const button = element.querySelector<HTMLButtonElement>(`button[data-index="${next}"]`);
    if (button && (!windowed || (next > range[0] && next < range[1] - 1))) {
      pendingFocus.current = null;
      button.focus();
      return;
    }
    // Bring the row into view; the effect above focuses it after the window follows.
    const scroller = element.closest<HTMLElement>('.scroll');
    if (scroller) {
      const height = rowHeight(element);
      const top = element.offsetTop + next * height;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + height > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + height - scroller.clientHeight;
    }
    pendingFocus.current = next;
    button?.focus();
  }

  const [first, last] = windowed ? range : [0, complete ? tickets.length : Math.min(tickets.length, FIRST_ROWS)];
  return (
    <ul
      ref={list}
      class={windowed ? 'tickets windowed' : 'tickets'}
      aria-label={label}
      style={windowed ? { height: `${tickets.length * ROW_EMS}em` } : undefined}
    >
      {tickets.slice(first, last).map((ticket, offset) => {
        const index = first + offset;
        const attributes = rowAttributes(ticket, index, tickets.length);
        return (
          // The same row the first frame draws (shared/markup/ticket-row.ts), so that this list adopts it.
          <li key={ticket.id} {...(attributes.item as object)} style={windowed ? { top: `${index * ROW_EMS}em` } : undefined}>
            <button {...(attributes.button as object)} onClick={() => onOpen(ticket)}>
              {rowMarkup(ticket, now, index === 0).map((part) => vnode(part))}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
