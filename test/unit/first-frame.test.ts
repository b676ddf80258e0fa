// @vitest-environment jsdom
/**
 * The popup's first frame (docs/PERFORMANCE.md): the opening's reads and requests, the snapshot the
 * first-frame script paints, and the Preact view adopting that snapshot in place.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { withFirstFrame } from '../../src/background/popup-page.ts';
import { handOver, keepOpeningTickets, startOpening, takenOver, takeOpeningTickets, takeOver } from '../../src/popup/first-frame.ts';
import { firstFrameShown, signalFirstFrame } from '../../src/popup/first-frame-signal.ts';
import { TicketsView } from '../../src/popup/TicketsView.tsx';
import { type FirstFrame, readFirstFrame } from '../../src/shared/first-frame.ts';
import type { TicketListing } from '../../src/shared/messages.ts';
import type { Ticket } from '../../src/shared/ticket.ts';
import { HEAD_SIZE, splitListing } from '../../src/shared/ticket-cache.ts';
import { paintSnapshot, SNAPSHOT_ROWS, snapshotHtml } from '../../src/ui/snapshot.ts';
import { WINDOW_FROM } from '../../src/ui/ticket-row.ts';
import { HOSTILE_SUBJECT } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';

const NOW = Date.UTC(2026, 10, 29, 12);

function ticket(n: number, changes: Partial<Ticket> = {}): Ticket {
  return {
    id: `60000000000${n}`,
    number: String(100 + n),
    subject: `Printer ${n} jams`,
    status: 'Open',
    statusType: 'Open',
    priority: 'High',
    channel: 'Email',
    requester: `Requester ${n}`,
    assignee: 'Ana Agent',
    createdTime: NOW - n * 3_600_000,
    dueDate: null,
    webUrl: `https://desk.zoho.eu/support/zylker/ShowHomePage.do#Cases/dv/60000000000${n}`,
    ...changes,
  };
}

function listing(count: number, changes: Partial<TicketListing> = {}): TicketListing {
  return {
    tickets: Array.from({ length: count }, (_, i) => ticket(i)),
    skipped: 0,
    orgId: 'org-1',
    orgName: 'Zylker Support',
    filterKey: 'closed|me|due',
    fetchedAt: NOW - 5_000,
    hasMore: false,
    capped: false,
    ...changes,
  };
}

const frame = (list: TicketListing | null): FirstFrame => ({ filter: { status: 'closed', owner: 'me', sort: 'due' }, listing: list });

function root(): HTMLElement {
  document.body.innerHTML = '<div id="app"></div>';
  return document.getElementById('app')!;
}

/** Pages a test rendered into, unmounted after it even when it fails: their effects run late. */
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const app of mounted.splice(0)) render(null, app);
  // The hand-over lives on the page's global: each test starts on a fresh page.
  delete (globalThis as Record<string, unknown>)['deskTicketsOpening'];
  takeOpeningTickets();
});

describe('the opening', () => {
  it('reads the remembered filter and its cached list for the organization in use', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({
      ticketCache: { 'closed|me|due': listing(3), 'open|all|newest': listing(1, { filterKey: 'open|all|newest' }) },
    });
    const first = await readFirstFrame();
    expect(first.filter).toEqual({ status: 'closed', owner: 'me', sort: 'due' });
    expect(first.listing?.tickets).toHaveLength(3);

    await fake.local.set({ orgId: 'org-2' });
    expect((await readFirstFrame()).listing).toBeNull();
  });

  it('asks the background at once whether the user is signed in, and for the list', async () => {
    const opening = startOpening();
    await opening.frame;
    expect(fake.sentMessages.map((message) => message.type).sort()).toEqual(['getStatus', 'listTickets']);
    await Promise.all([opening.status, opening.tickets]);
  });

  it('with tickets cached, asks for the list only after the first frame: the answer can be large', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({ ticketCache: { 'closed|me|due': listing(3) } });
    const opening = startOpening();
    expect((await opening.frame).listing).not.toBeNull();
    expect(fake.sentMessages.map((message) => message.type)).toEqual(['getStatus']);
    await opening.tickets;
    expect(fake.sentMessages.map((message) => message.type)).toEqual(['getStatus', 'listTickets']);
  });

  it('still asks for the list in a page that gets no frames (a background tab)', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({ ticketCache: { 'closed|me|due': listing(3) } });
    const frames = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0;
    try {
      await startOpening().tickets;
      expect(fake.sentMessages.map((message) => message.type)).toContain('listTickets');
    } finally {
      globalThis.requestAnimationFrame = frames;
    }
  });

  it('hands the script’s work to the app once, so nothing is asked twice', async () => {
    expect(takenOver()).toBe(false);
    const opening = startOpening();
    handOver(opening);
    expect(takeOver()).toBe(opening);
    // A script arriving after the app finds it has taken over, and starts nothing.
    expect(takenOver()).toBe(true);
    await Promise.all([opening.status, opening.tickets]);
    expect(fake.sentMessages).toHaveLength(2);

    // A second take, or a page where the script did not run: the app starts the work itself.
    const own = takeOver();
    expect(own).not.toBe(opening);
    await Promise.all([own.status, own.tickets]);
    expect(fake.sentMessages).toHaveLength(4);
  });

  it('gives the opening’s list answer to one first load only', () => {
    const answer = Promise.resolve({ ok: false as const, error: { code: 'not_signed_in' as const } });
    keepOpeningTickets(answer);
    expect(takeOpeningTickets()).toBe(answer);
    expect(takeOpeningTickets()).toBeNull();
  });
});

describe('the snapshot', () => {
  it('paints the first rows of the cached list as text, inert, with the remembered filter', () => {
    const app = root();
    const list = listing(40);
    const hostile = { ...list, tickets: [ticket(0, { subject: HOSTILE_SUBJECT, dueDate: NOW - 1 }), ...list.tickets.slice(1)] };
    expect(paintSnapshot(app, frame(hostile), NOW)).toBe(true);

    const view = app.querySelector('.tickets-view')!;
    expect(view.hasAttribute('inert')).toBe(true);
    expect(app.querySelector('h1')?.textContent).toBe('Zylker Support');
    expect([...app.querySelectorAll('select')].map((select) => select.selectedOptions[0]?.textContent)).toEqual([
      'Closed',
      'Assigned to me',
      'Due date',
    ]);
    const rows = app.querySelectorAll('ul.tickets > li');
    expect(rows).toHaveLength(SNAPSHOT_ROWS);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('40');
    expect(rows[0]?.querySelector('[elementtiming="first-ticket"]')?.textContent).toBe('#100');
    // Hostile text stays text: no element was made of it.
    expect(rows[0]?.querySelector('.subject')?.textContent).toBe(HOSTILE_SUBJECT);
    expect(app.querySelector('img')).toBeNull();
    expect(rows[0]?.querySelector('.overdue')?.textContent).toBe('Overdue');
    expect(rows[1]?.querySelector('time')?.textContent).toBe('1 hour ago');
  });

  it('paints nothing without cached tickets, or once the app has drawn', () => {
    expect(paintSnapshot(root(), frame(null), NOW)).toBe(false);
    expect(paintSnapshot(root(), frame(listing(0)), NOW)).toBe(false);
    const drawn = root();
    drawn.append(document.createElement('main'));
    expect(paintSnapshot(drawn, frame(listing(5)), NOW)).toBe(false);
    expect(drawn.querySelector('.tickets-view')).toBeNull();
  });

  it('is adopted in place by the tickets view: every node kept, no longer inert', async () => {
    const app = root();
    const list = listing(25);
    paintSnapshot(app, frame(list), Date.now());
    const drawn = [...app.querySelectorAll('*')];
    expect(drawn.length).toBeGreaterThan(100);
    keepOpeningTickets(new Promise(() => {}));
    show(app, list);
    // The view's first list: a screenful now, the rest a frame later.
    expect(app.querySelectorAll('button.ticket')).toHaveLength(20);
    // Had the snapshot's markup differed from the view's, Preact would have replaced nodes.
    expect(drawn.filter((element) => !element.isConnected)).toEqual([]);
    expect(app.querySelector('[inert]')).toBeNull();
    await expect.poll(() => app.querySelectorAll('button.ticket').length).toBe(25);
    expect(app.querySelectorAll('.tickets-view')).toHaveLength(1);
  });

  it('draws a long list from its cached first rows, as plain rows the view adopts', () => {
    // The first frame reads only the head the background stores: fewer rows than a windowed
    // list has, so the snapshot never needs the positions a windowed list sets.
    expect(HEAD_SIZE).toBeLessThanOrEqual(WINDOW_FROM);
    const { head } = splitListing(listing(250));
    const app = root();
    paintSnapshot(app, frame(head), Date.now());
    const ul = app.querySelector('ul.tickets')!;
    const firstRow = app.querySelector('li');
    expect(ul.className).toBe('tickets');
    expect(app.querySelector('[style]')).toBeNull();
    keepOpeningTickets(new Promise(() => {}));
    show(app, head);
    expect(app.querySelector('ul.tickets')).toBe(ul);
    expect(app.querySelector('li')).toBe(firstRow);
  });

  it('is the same served as HTML by the service worker, hostile text included, and adopted alike', async () => {
    const hostile = listing(25);
    const subject = `${HOSTILE_SUBJECT} $& $' "quoted" & <b>bold</b>`;
    const tickets = [ticket(0, { subject, requester: '<script>alert(1)</script>' }), ...hostile.tickets.slice(1)];
    const first = frame({ ...hostile, tickets, orgName: 'Zylker & <Co>' });
    const drawn = root();
    paintSnapshot(drawn, first, NOW);
    const expected = drawn.innerHTML;

    const page = withFirstFrame('<!doctype html><html><body><div id="app"></div></body></html>', snapshotHtml(first, NOW));
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    const served = parsed.getElementById('app')!;
    expect(served.innerHTML).toBe(expected);
    expect(parsed.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(served.querySelector('.subject')?.textContent).toBe(subject);
    expect(served.querySelector('h1')?.textContent).toBe('Zylker & <Co>');

    // Adopted in place, as the script's drawing is.
    const app = root();
    app.replaceWith(document.adoptNode(served));
    const nodes = [...served.querySelectorAll('*')];
    keepOpeningTickets(new Promise(() => {}));
    show(served, { ...hostile, tickets, orgName: 'Zylker & <Co>' });
    expect(nodes.filter((element) => !element.isConnected)).toEqual([]);
    expect(served.querySelector('[inert]')).toBeNull();
  });

  it('leaves the page as packaged when there is nothing to draw', () => {
    const page = '<html><body><div id="app"></div></body></html>';
    expect(withFirstFrame(page, snapshotHtml(frame(null), NOW))).toBe(page);
    expect(withFirstFrame(page, snapshotHtml(frame(listing(0)), NOW))).toBe(page);
  });
});

describe('the tickets view’s first load', () => {
  const answered = (list: TicketListing) => ({ ok: true as const, value: { listing: list, problem: null, organizations: [] } });

  it('takes the answer to the request sent at open, and asks nothing more', async () => {
    const app = root();
    keepOpeningTickets(Promise.resolve(answered(listing(3, { orgName: 'Opened' }))));
    show(app, null);
    await expect.poll(() => app.querySelector('h1')?.textContent).toBe('Opened');
    expect(fake.sentMessages.filter((message) => message.type === 'listTickets')).toEqual([]);
  });

  it('asks again when that answer was "not signed in": a sign-in may have finished since', async () => {
    const app = root();
    fake.answer = async (message) => (message.type === 'listTickets' ? answered(listing(2, { orgName: 'Asked again' })) : undefined);
    keepOpeningTickets(Promise.resolve({ ok: false as const, error: { code: 'not_signed_in' as const } }));
    show(app, null);
    await expect.poll(() => app.querySelector('h1')?.textContent).toBe('Asked again');
    expect(fake.sentMessages.filter((message) => message.type === 'listTickets')).toHaveLength(1);
  });
});

function show(app: HTMLElement, list: TicketListing | null): void {
  mounted.push(app);
  render(
    h(TicketsView, {
      initialListing: list,
      initialFilter: frame(list).filter,
      searchEnabled: false,
      signingIn: false,
      signInError: null,
      onSignIn: () => {},
      onSettings: () => {},
      onSignedOut: () => {},
      onSwitchDataCenter: () => {},
    }),
    app,
  );
}

describe('a first frame that fails', () => {
  it('never keeps the app from loading', async () => {
    signalFirstFrame(Promise.reject(new RangeError('Invalid time value')));
    try {
      await expect(firstFrameShown()).resolves.toBeUndefined();
    } finally {
      signalFirstFrame(Promise.resolve());
    }
  });
});
