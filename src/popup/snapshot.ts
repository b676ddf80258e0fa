/**
 * The popup's first frame, drawn without Preact from the cached list (issue 5).
 *
 * The Preact app needs its modules fetched and evaluated before it can draw anything, which
 * costs more than a blank extension page takes to appear (docs/PERFORMANCE.md). This tiny
 * classic script draws the same markup the app's first render produces (TicketsView with a
 * cached list and a refresh under way) so tickets are painted in the first frame. The app then
 * renders into the same element: Preact adopts these nodes in order and patches what differs,
 * so nothing moves or flashes. The snapshot is `inert` until then; no click can land on it.
 *
 * Keep in step with TicketsView.tsx, FilterBar.tsx and TicketList.tsx. The end-to-end test
 * "the first frame" checks that the app adopts the snapshot's rows where they were painted.
 * Text goes in as text (textContent), never as markup.
 */
import { t } from '../shared/i18n.ts';
import { FILTER_FIELDS } from '../ui/filter-choices.ts';
import { FIRST_TICKET_TIMING, ROW_HEIGHT, ticketRow, WINDOW_FROM, type RowPart } from '../ui/ticket-row.ts';
import type { FirstFrame } from './first-frame.ts';

/** More rows than the 600 px popup shows; the app renders the rest a moment later. */
export const SNAPSHOT_ROWS = 10;

type Child = Node | string | null | false;

function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

const parts = (list: readonly RowPart[]) => list.map((part) => el('span', { class: part.class }, part.text));

function header(orgName: string): HTMLElement {
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
function filters(frame: FirstFrame): HTMLElement {
  return el(
    'div',
    { class: 'filters', role: 'group', 'aria-label': t('filters') },
    ...FILTER_FIELDS.map(({ name, label, choices }) => {
      const chosen = choices.find(([value]) => value === frame.filter[name]) ?? choices[0];
      return el(
        'label',
        { class: 'filter' },
        el('span', { class: 'sr-only' }, t(label)),
        el('select', {}, chosen ? el('option', { value: chosen[0] }, t(chosen[1])) : null),
      );
    }),
  );
}

function quickFilter(): HTMLElement {
  return el(
    'div',
    { class: 'quick' },
    el('label', { class: 'sr-only', for: 'quick-filter' }, t('quickFilter')),
    el('input', { id: 'quick-filter', type: 'search', placeholder: t('quickFilterHint'), autocomplete: 'off' }),
  );
}

function rows(frame: FirstFrame, now: number): HTMLElement {
  const tickets = frame.listing?.tickets ?? [];
  // A long list is windowed in the app: fixed-height rows placed by index (TicketList.tsx).
  const windowed = tickets.length > WINDOW_FROM;
  const list = el('ul', { class: windowed ? 'tickets windowed' : 'tickets', 'aria-label': t('tickets') });
  // Through CSSOM, as Preact does: the content security policy refuses style attributes.
  if (windowed) list.style.height = `${tickets.length * ROW_HEIGHT}px`;
  for (const [index, ticket] of tickets.slice(0, SNAPSHOT_ROWS).entries()) {
    const row = ticketRow(ticket, now);
    const number = el('span', { class: 'number' }, row.number);
    if (index === 0) number.setAttribute('elementtiming', FIRST_TICKET_TIMING);
    const item = el(
      'li',
      { 'aria-setsize': String(tickets.length), 'aria-posinset': String(index + 1) },
      el(
        'button',
        { type: 'button', class: 'ticket', 'data-ticket-id': ticket.id, 'data-index': String(index) },
        el('span', { class: 'line1' }, number, el('span', { class: 'subject', title: row.subject }, row.subject)),
        el(
          'span',
          { class: 'line2' },
          ...parts(row.facts),
          row.time && el('time', { datetime: row.time.iso, title: row.time.title }, row.time.text),
        ),
        el('span', { class: 'line3' }, ...parts(row.owner)),
      ),
    );
    if (windowed) item.style.top = `${index * ROW_HEIGHT}px`;
    list.append(item);
  }
  return list;
}

/**
 * Draws the first frame into `root` if there is a cached list with tickets and the app has not
 * drawn yet. Returns whether it drew.
 */
export function paintSnapshot(root: HTMLElement, frame: FirstFrame, now = Date.now()): boolean {
  const listing = frame.listing;
  if (!listing || listing.tickets.length === 0 || root.firstChild) return false;
  root.append(
    el(
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
    ),
  );
  return true;
}
