/**
 * The popup's first frame, drawn without Preact from the cached list (docs/PERFORMANCE.md).
 *
 * The Preact app needs its modules fetched and evaluated before it can draw anything, which
 * costs more than a blank extension page takes to appear (docs/PERFORMANCE.md). So the first
 * frame is this markup: the same the app's first render produces (TicketsView with a cached
 * list and a refresh under way). Two places draw it, and whichever comes first wins:
 * - the service worker, into the popup's HTML as it serves it (background/popup-page.ts), so
 *   the tickets come with the page;
 * - else the popup's first-frame script, as DOM nodes, once it has read the cache.
 * The app then renders into the same element: Preact adopts these nodes in order and patches
 * what differs, so nothing moves or flashes. The snapshot is `inert` until then; no click can
 * land on it.
 *
 * Keep in step with TicketsView.tsx, FilterBar.tsx and TicketList.tsx. The end-to-end test
 * "the first frame" checks that the app adopts the snapshot's rows where they were painted.
 * Text goes in as text, never as markup (ui/markup.ts). It is drawn from a cached list's first
 * rows (ticket-cache.ts, HEAD_SIZE: fewer than a windowed list has), so always as plain rows.
 */
import type { FirstFrame } from '../shared/first-frame.ts';
import { t } from '../shared/i18n.ts';
import { FILTER_FIELDS } from './filter-choices.ts';
import { el, type Markup, toElement, toHtml } from './markup.ts';
import { FIRST_TICKET_TIMING, type RowPart, ticketRow } from './ticket-row.ts';

/** More rows than the 600 px popup shows; the app renders the rest a moment later. */
export const SNAPSHOT_ROWS = 10;

const parts = (list: readonly RowPart[]) => list.map((part) => el('span', { class: part.class }, part.text));

function header(orgName: string): Markup {
  return el(
    'header',
    { class: 'bar' },
    el('h1', {}, orgName),
    el(
      'div',
      { class: 'tools' },
      el('span', { role: 'status', class: 'muted small' }, t('updating')),
      el('button', { type: 'button', disabled: '' }, t('refresh')),
      el('button', { type: 'button' }, t('settings')),
    ),
  );
}

/** The filter bar with each select showing its remembered choice (a closed select shows one). */
function filters(frame: FirstFrame): Markup {
  return el(
    'fieldset',
    { class: 'filters', 'aria-label': t('filters') },
    ...FILTER_FIELDS.map(({ name, label, choices }) => {
      const selected = choices.find(([value]) => value === frame.filter[name]) ?? choices[0];
      return el(
        'label',
        { class: 'filter' },
        el('span', { class: 'sr-only' }, t(label)),
        el('select', {}, selected ? el('option', { value: selected[0] }, t(selected[1])) : null),
      );
    }),
  );
}

function quickFilter(): Markup {
  return el(
    'div',
    { class: 'quick' },
    el('label', { class: 'sr-only', for: 'quick-filter' }, t('quickFilter')),
    el('input', { id: 'quick-filter', type: 'search', placeholder: t('quickFilterHint'), autocomplete: 'off' }),
  );
}

function rows(frame: FirstFrame, now: number): Markup {
  const tickets = frame.listing?.tickets ?? [];
  return el(
    'ul',
    { class: 'tickets', 'aria-label': t('tickets') },
    ...tickets.slice(0, SNAPSHOT_ROWS).map((ticket, index) => {
      const row = ticketRow(ticket, now);
      // Element Timing marks when the first ticket is painted (npm run bench).
      const timing = index === 0 ? { elementtiming: FIRST_TICKET_TIMING } : {};
      return el(
        'li',
        { 'aria-setsize': String(tickets.length), 'aria-posinset': String(index + 1) },
        el(
          'button',
          { type: 'button', class: 'ticket', 'data-ticket-id': ticket.id, 'data-index': String(index) },
          el(
            'span',
            { class: 'line1' },
            el('span', { class: 'number', ...timing }, row.number),
            el('span', { class: 'subject', title: row.subject }, row.subject),
          ),
          el(
            'span',
            { class: 'line2' },
            ...parts(row.facts),
            row.time && el('time', { datetime: row.time.iso, title: row.time.title }, row.time.text),
          ),
          el('span', { class: 'line3' }, ...parts(row.owner)),
        ),
      );
    }),
  );
}

/** The first frame for a cached list with tickets; null when there is nothing to show. */
export function snapshot(frame: FirstFrame, now: number): Markup | null {
  const listing = frame.listing;
  if (!listing || listing.tickets.length === 0) return null;
  return el(
    'div',
    { class: 'tickets-view', inert: '' },
    header(listing.orgName),
    filters(frame),
    quickFilter(),
    el(
      'div',
      { class: 'scroll' },
      el('section', { 'aria-label': t('ticketList') }, rows(frame, now)),
      // Always last in the list's scroll area; with a short list it sets the popup's height.
      el('p', { class: 'footer-note muted small' }, t('keyboardHelp')),
    ),
  );
}

/**
 * Draws the first frame into `root` if there is a cached list with tickets and nothing is
 * drawn there yet (by the service worker, or by the app). Returns whether it drew.
 */
export function paintSnapshot(appElement: HTMLElement, frame: FirstFrame, now = Date.now()): boolean {
  // Drawn already (usually by the worker, in Chrome): nothing to build.
  if (appElement.firstChild) return false;
  const markup = snapshot(frame, now);
  if (!markup) return false;
  appElement.append(toElement(markup, appElement.ownerDocument));
  return true;
}

/** The first frame as HTML, for the service worker to put in the popup's page; '' if none. */
export function snapshotHtml(frame: FirstFrame, now = Date.now()): string {
  const markup = snapshot(frame, now);
  return markup ? toHtml(markup) : '';
}
