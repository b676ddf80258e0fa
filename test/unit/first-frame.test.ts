// @vitest-environment jsdom
/**
 * The popup's boot (src/popup/boot.ts): the opening's reads and requests, the snapshot the
 * first frame paints, the keys kept until the app takes over, and the Preact view adopting
 * that snapshot in place.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { pageRoot, withFirstFrame } from '../../src/background/popup-page.ts';
import { BOOT_GLOBAL, bootFromScript, firstFrameShown, replayKeys, takeBoot } from '../../src/popup/boot.ts';
import { TicketsView } from '../../src/popup/TicketsView.tsx';
import { paintSnapshot, SNAPSHOT_ROWS, snapshotHtml } from '../../src/shared/markup/snapshot.ts';
import { WINDOW_FROM } from '../../src/shared/markup/ticket-row.ts';
import { type Reply, send, type TicketListing, type TicketsReply } from '../../src/shared/messages.ts';
import type { TicketFilter } from '../../src/shared/storage/filters.ts';
import { type FirstFrame, readFirstFrame } from '../../src/shared/storage/first-frame.ts';
import { HEAD_SIZE, splitListing } from '../../src/shared/storage/ticket-cache.ts';
import type { Ticket } from '../../src/shared/zoho/ticket.ts';
import { HOSTILE_SUBJECT } from '../sandbox/data.ts';
import { getMessage } from '../support/catalogue.ts';
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
    responseDueDate: null,
    customerWaitingSince: null,
    departmentId: null,
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

const CLOSED_MINE: TicketFilter = { status: 'closed', owner: 'me', sort: 'due' };
const frame = (list: TicketListing | null, filter: TicketFilter = CLOSED_MINE): FirstFrame => ({ filter, listing: list });

function root(): HTMLElement {
  document.body.innerHTML = '<div id="app"></div>';
  return document.getElementById('app')!;
}

/** Pages a test rendered into, unmounted after it even when it fails: their effects run late. */
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const app of mounted.splice(0)) render(null, app);
  // The hand-over lives on the page's global: each test starts on a fresh page.
  delete (globalThis as Record<string, unknown>)[BOOT_GLOBAL];
});

/** The boot as the page's classic script starts it, taken over by the app. */
const TOOLS = { readFirstFrame, send, paint: paintSnapshot };

function booted() {
  bootFromScript(TOOLS);
  return takeBoot(TOOLS);
}

describe('the opening', () => {
  it('reads the remembered filter and its cached list for the organization in use', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({
      ticketCache: { 'closed|me|due': listing(3), 'open|all|newest': listing(1, { filterKey: 'open|all|newest' }) },
    });
    const first = await readFirstFrame();
    expect(first.filter).toEqual({ status: 'closed', owner: 'me', sort: 'due', department: null, view: null });
    expect(first.listing?.tickets).toHaveLength(3);

    await fake.local.set({ orgId: 'org-2' });
    expect((await readFirstFrame()).listing).toBeNull();
  });

  it('asks the background at once whether the user is signed in, and for the list', async () => {
    const boot = booted();
    await Promise.all([boot.frame, boot.status, boot.tickets]);
    expect(fake.sentMessages.map((message) => message.type).sort()).toEqual(['getStatus', 'listTickets']);
  });

  it('with tickets cached, asks for the list only after the first frame: the answer can be large', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({ ticketCache: { 'closed|me|due': listing(3) } });
    const boot = booted();
    expect((await boot.frame).listing).not.toBeNull();
    await boot.status;
    expect(fake.sentMessages.map((message) => message.type)).toEqual(['getStatus']);
    await boot.tickets;
    expect(fake.sentMessages.map((message) => message.type)).toEqual(['getStatus', 'listTickets']);
  });

  it('still asks for the list in a page that gets no frames (a background tab)', async () => {
    await fake.local.set({ filter: { status: 'closed', owner: 'me', sort: 'due' }, orgId: 'org-1' });
    await fake.session.set({ ticketCache: { 'closed|me|due': listing(3) } });
    const frames = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0;
    try {
      await booted().tickets;
      expect(fake.sentMessages.map((message) => message.type)).toContain('listTickets');
    } finally {
      globalThis.requestAnimationFrame = frames;
    }
  });

  it('hands the script’s work to the app once, so nothing is asked twice', async () => {
    bootFromScript(TOOLS);
    const boot = takeBoot(TOOLS);
    // A script arriving after the app has taken over starts nothing.
    bootFromScript(TOOLS);
    await Promise.all([boot.status, boot.tickets]);
    expect(fake.sentMessages).toHaveLength(2);
    // A page where the script did not run: the app starts the same work itself.
    const own = takeBoot(TOOLS);
    expect(own).not.toBe(boot);
    await Promise.all([own.status, own.tickets]);
    expect(fake.sentMessages).toHaveLength(4);
  });

  it('keeps the keys pressed before the app takes over, and the app plays them', async () => {
    const app = root();
    const list = listing(5);
    await fake.local.set({ filter: frame(list).filter, orgId: 'org-1' });
    await fake.session.set({ ticketCache: { 'closed|me|due': list } });
    bootFromScript(TOOLS);
    await firstFrameShown();
    for (const key of ['/', 'x', '#']) dispatchEvent(new KeyboardEvent('keydown', { key }));
    dispatchEvent(new KeyboardEvent('keydown', { key: 'r', ctrlKey: true }));
    const boot = takeBoot(TOOLS);
    show(app, list, boot.tickets);
    await new Promise((done) => setTimeout(done, 50));
    const keys = boot.takeKeys();
    expect(keys).toEqual(['/', 'x', '#']);
    replayKeys(keys);
    expect(document.activeElement?.id).toBe('quick-filter');
    expect((document.activeElement as HTMLInputElement).value).toBe('x#');
    // Kept no longer once taken.
    dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(boot.takeKeys()).toEqual([]);
  });

  it('does not keep a key the app has handled, or one typed into a field: it is not played twice', () => {
    const boot = booted();
    const handled = new KeyboardEvent('keydown', { key: 'j', cancelable: true });
    handled.preventDefault();
    dispatchEvent(handled);
    const field = document.body.appendChild(document.createElement('input'));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    dispatchEvent(new KeyboardEvent('keydown', { key: 'k' }));
    expect(boot.takeKeys()).toEqual(['k']);
  });

  it('never keeps the app from loading when the first frame fails', async () => {
    // A cache that is not what it should be: drawing it throws.
    await fake.session.set({ ticketCache: { 'open|all|newest': { ...listing(2, { filterKey: 'open|all|newest' }), tickets: 'broken' } } });
    root();
    bootFromScript(TOOLS);
    await expect(firstFrameShown()).resolves.toBeUndefined();
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
    expect(rows[0]?.querySelector('.overdue')?.textContent).toBe('Overdue by 1 min');
    expect(rows[0]?.querySelector('.overdue')?.getAttribute('title')).not.toBe('');
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
    show(app, list, new Promise(() => {}));
    // The view's first list: a screenful now, the rest a frame later.
    expect(app.querySelectorAll('button.ticket')).toHaveLength(20);
    // Had the snapshot's markup differed from the view's, Preact would have replaced nodes.
    expect(drawn.filter((element) => !element.isConnected)).toEqual([]);
    expect(app.querySelector('[inert]')).toBeNull();
    await expect.poll(() => app.querySelectorAll('button.ticket').length).toBe(25);
    expect(app.querySelectorAll('.tickets-view')).toHaveLength(1);
  });

  it('is adopted alike with a department and a view: the queue button names them, only the sort stays', () => {
    const app = root();
    const list = listing(12);
    const filter: TicketFilter = { ...CLOSED_MINE, department: { id: '7', name: 'Billing' }, view: { id: '9', name: 'My Open Tickets' } };
    paintSnapshot(app, frame(list, filter), Date.now());
    const drawn = [...app.querySelectorAll('*')];
    expect(app.querySelector('button.queue')?.textContent).toBe('Department and view: BillingMy Open Tickets');
    expect(app.querySelectorAll('.filters select')).toHaveLength(1);
    show(app, list, new Promise(() => {}), filter);
    expect(drawn.filter((element) => !element.isConnected)).toEqual([]);
    expect(app.querySelector('button.queue')?.getAttribute('aria-expanded')).toBe('false');
    expect(app.querySelectorAll('.filters select')).toHaveLength(1);
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
    show(app, head, new Promise(() => {}));
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
    show(served, { ...hostile, tickets, orgName: 'Zylker & <Co>' }, new Promise(() => {}));
    expect(nodes.filter((element) => !element.isConnected)).toEqual([]);
    expect(served.querySelector('[inert]')).toBeNull();
  });

  it('leaves the page as packaged when there is nothing to draw', () => {
    const page = '<html><body><div id="app"></div></body></html>';
    expect(withFirstFrame(page, snapshotHtml(frame(null), NOW))).toBe(page);
    expect(withFirstFrame(page, snapshotHtml(frame(listing(0)), NOW))).toBe(page);
  });

  it('serves the page in the browser’s language and direction, the panel’s full size', () => {
    const page = '<!doctype html>\n<html lang="en">\n<head><title>Desk Tickets</title></head><body><div id="app"></div></body></html>';
    const popup = 'chrome-extension://id/src/popup/index.html';
    expect(pageRoot(page, popup)).toContain('<html lang="en" dir="ltr">');
    fake.uiLanguage = 'ar';
    expect(pageRoot(page, popup)).toContain('<html lang="ar" dir="rtl">');
    expect(pageRoot(page, popup)).toContain(`<title>${getMessage('ar', 'extShortName')}</title>`);
    expect(pageRoot(page, `${popup}?panel`)).toContain('<html lang="ar" dir="rtl" class="panel">');
    // A browser tag that starts as the catalogue's does is the page's language: only letters,
    // digits and hyphens of it go in.
    fake.uiLanguage = 'en"><script>';
    expect(pageRoot(page, popup)).toContain('<html lang="enscript" dir="ltr">');
  });
});

describe('the tickets view’s first load', () => {
  const answered = (list: TicketListing) => ({ ok: true as const, value: { listing: list, problem: null, organizations: [] } });

  it('takes the answer to the request sent at open, and asks nothing more', async () => {
    const app = root();
    const view = show(app, null, Promise.resolve(answered(listing(3, { orgName: 'Opened' }))));
    await expect.poll(() => app.querySelector('h1')?.textContent).toBe('Opened');
    expect(fake.sentMessages.filter((message) => message.type === 'listTickets')).toEqual([]);
    expect(view.taken()).toBe(1);
  });

  it('asks again when that answer was "not signed in": a sign-in may have finished since', async () => {
    const app = root();
    fake.answer = async (message) => (message.type === 'listTickets' ? answered(listing(2, { orgName: 'Asked again' })) : undefined);
    show(app, null, Promise.resolve({ ok: false as const, error: { code: 'not_signed_in' as const } }));
    await expect.poll(() => app.querySelector('h1')?.textContent).toBe('Asked again');
    expect(fake.sentMessages.filter((message) => message.type === 'listTickets')).toHaveLength(1);
  });
});

function show(
  app: HTMLElement,
  list: TicketListing | null,
  openingTickets: Promise<Reply<TicketsReply>> | null,
  filter: TicketFilter = CLOSED_MINE,
): { taken: () => number } {
  mounted.push(app);
  let taken = 0;
  let opening = openingTickets;
  render(
    h(TicketsView, {
      initialListing: list,
      initialFilter: filter,
      takeOpening: () => {
        taken += 1;
        const tickets = opening;
        opening = null;
        return tickets;
      },
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
  return { taken: () => taken };
}
