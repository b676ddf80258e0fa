/**
 * The popup's first frame as markup: what the app's first render draws for a cached list (the
 * tickets view, with a refresh under way), so that the app adopts it node for node. Drawn as
 * HTML by the service worker (background/popup-page.ts) or as DOM nodes by the boot (boot.ts).
 * Inert until the app takes over; text is always text. The rows come from shared/markup/ticket-row.ts, as
 * the app's do; the header, filters and quick filter follow the popup's TicketsHeader.tsx,
 * FilterBar.tsx and QuickFilter.tsx.
 * The story: docs/ARCHITECTURE.md, "The popup's first frame".
 */

import type { FirstFrame } from '../storage/first-frame.ts';
import { t } from '../words/i18n.ts';
import { queueButton, shownFields } from './filter-choices.ts';
import { el, type Markup, toElement, toHtml } from './markup.ts';
import { rowAttributes, rowMarkup } from './ticket-row.ts';

/** More rows than the 600 px popup shows; the app renders the rest a moment later. */
export const SNAPSHOT_ROWS = 10;

function header(orgName: string): Markup {
  return el(
    'header',
    { class: 'bar' },
    el('h1', {}, el('bdi', {}, orgName)),
    el(
      'div',
      { class: 'tools' },
      el('span', { role: 'status', class: 'muted small' }, t('updating')),
      el('button', { type: 'button', disabled: '' }, t('refresh')),
      el('button', { type: 'button' }, t('settings')),
    ),
  );
}

/** The filter bar as popup/FilterBar.tsx draws it, each select showing its remembered choice (a closed select shows one). */
function filters(frame: FirstFrame): Markup {
  return el(
    'fieldset',
    { class: 'filters', 'aria-label': t('filters') },
    queueButton(frame.filter, false),
    ...shownFields(frame.filter).map(({ name, label, choices }) => {
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
      const attributes = rowAttributes(ticket, index, tickets.length);
      return el('li', attributes.item, el('button', attributes.button, ...rowMarkup(ticket, now, index === 0)));
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
    // The workload line's place, kept so that nothing moves when the app fills it (WorkloadLine.tsx).
    el('p', { class: 'workload muted small' }),
    filters(frame),
    quickFilter(),
    el(
      'div',
      { class: 'scroll' },
      el('section', { 'aria-label': t('ticketList') }, rows(frame, now)),
      // Always last in the list's scroll area; with a short list it sets the popup's height.
      el('p', { class: 'footer-note muted small' }, t('keyboardHelp')),
      // The way to the side panel, as TicketsView.tsx draws it outside the panel.
      el('p', { class: 'footer-note small' }, el('button', { type: 'button', class: 'link' }, t('openSidePanel'))),
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
