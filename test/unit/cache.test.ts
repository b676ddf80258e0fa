/** The ticket cache: fresh lists spare Zoho calls, one request is shared, revoke clears it. */
import { describe, expect, it } from 'vitest';
import { refreshBadge } from '../../src/background/badge.ts';
import { COLD_WAIT_MS, frameToServe, servedFirstFrame, watchFirstFrame } from '../../src/background/popup-page.ts';
import { revoke } from '../../src/background/revoke.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { cacheWritten, listReply, listReplyFor, startRememberedList } from '../../src/background/ticket-list.ts';
import { clearSession } from '../../src/background/worker-store.ts';
import type { TicketListing } from '../../src/shared/messages.ts';
import { HEAD_SIZE, MAX_CACHED_LISTS, withListing } from '../../src/shared/storage/ticket-cache.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const ticketCalls = () => sandbox.current.state.log.filter((r) => r.path === '/api/v1/tickets').length;
const cache = () => fake.session.data['ticketCache'] as Record<string, TicketListing>;
/** A list is answered before it is written to the cache. */
const cacheAfterWrites = async () => {
  await cacheWritten();
  return cache();
};

describe('freshness', () => {
  it('answers a list younger than the window from the cache, with no call', async () => {
    await signIn('custom');
    await listReply();
    const calls = ticketCalls();
    const again = await listReply();
    expect(ticketCalls()).toBe(calls);
    expect(again.listing?.tickets.length).toBeGreaterThan(0);
  });

  it('asks Zoho once when the list is older than the window, and when forced', async () => {
    await signIn('custom');
    await listReply();
    const key = Object.keys(await cacheAfterWrites())[0]!;
    await fake.session.set({ ticketCache: { [key]: { ...cache()[key]!, fetchedAt: Date.now() - 31_000 } } });
    const calls = ticketCalls();
    await listReply();
    expect(ticketCalls()).toBe(calls + 1);
    await listReply({ force: true });
    expect(ticketCalls()).toBe(calls + 2);
  });

  it('answers the popup’s first request with a stale list at once, and its refresh to the next', async () => {
    await signIn('custom');
    await listReply();
    const key = Object.keys(await cacheAfterWrites())[0]!;
    await fake.session.set({ ticketCache: { [key]: { ...cache()[key]!, fetchedAt: Date.now() - 31_000, orgName: 'Old name' } } });
    sandbox.current.state.configure({ deskLatencyMs: 200 });
    const calls = ticketCalls();
    const first = await listReply({ cachedFirst: true });
    expect(first.refreshing).toBe(true);
    expect(first.listing?.orgName).toBe('Old name');
    const refreshed = await listReply();
    expect(refreshed.refreshing).toBeUndefined();
    expect(refreshed.listing?.orgName).not.toBe('Old name');
    expect(ticketCalls()).toBe(calls + 1);
    // Fresh now: answered from the cache, not marked.
    expect((await listReply({ cachedFirst: true })).refreshing).toBeUndefined();
    expect(ticketCalls()).toBe(calls + 1);
  });

  it('starts a missing or stale list for the worker, which the popup joins; nothing when fresh or signed out', async () => {
    await startRememberedList();
    expect(ticketCalls()).toBe(0);
    await signIn('custom');
    sandbox.current.state.configure({ deskLatencyMs: 200 });
    const started = startRememberedList();
    await listReply();
    await started;
    expect(ticketCalls()).toBe(1);
    await startRememberedList();
    expect(ticketCalls()).toBe(1);
  });

  it('follows the freshness window set in settings', async () => {
    await signIn('custom');
    await fake.local.set({ settings: { freshnessSeconds: 0 } });
    await listReply();
    const calls = ticketCalls();
    await listReply();
    expect(ticketCalls()).toBe(calls + 1);
  });
});

describe('one request for everyone', () => {
  it('the popup and the badge alarm share the request in flight', async () => {
    await signIn('custom');
    sandbox.current.state.configure({ deskLatencyMs: 200 });
    // The badge counts open tickets assigned to me; the popup shows the same filter.
    await fake.local.set({ filter: { status: 'open', owner: 'me', sort: 'newest' } });
    const calls = ticketCalls();
    await Promise.all([listReply(), refreshBadge(), listReply()]);
    expect(ticketCalls()).toBe(calls + 1);
    expect(fake.badge.text).not.toBe('');
  });
});

describe('what is kept', () => {
  it('keeps both lists when two filters finish fetching at the same time', async () => {
    await signIn('custom');
    sandbox.current.state.configure({ deskLatencyMs: 50 });
    await Promise.all([
      listReplyFor({ status: 'open', owner: 'all', sort: 'newest' }),
      listReplyFor({ status: 'closed', owner: 'all', sort: 'newest' }),
      listReplyFor({ status: 'onhold', owner: 'all', sort: 'newest' }),
    ]);
    expect(Object.keys(await cacheAfterWrites()).sort()).toEqual(['closed|all|newest', 'onhold|all|newest', 'open|all|newest']);
  });

  it('keeps only the fields the list shows, one list per filter, and revoke clears all', async () => {
    await signIn('custom');
    await listReply();
    await fake.local.set({ filter: { status: 'closed', owner: 'all', sort: 'newest' } });
    await listReply();
    expect(Object.keys(await cacheAfterWrites()).sort()).toEqual(['closed|all|newest', 'open|all|newest']);
    const ticket = cache()['open|all|newest']!.tickets[0]!;
    expect(Object.keys(ticket).sort()).toEqual(
      [
        'assignee',
        'channel',
        'createdTime',
        'customerWaitingSince',
        'departmentId',
        'dueDate',
        'responseDueDate',
        'id',
        'number',
        'priority',
        'requester',
        'status',
        'statusType',
        'subject',
        'webUrl',
      ].sort(),
    );
    await revoke();
    expect(fake.session.data).not.toHaveProperty('ticketCache');
  });

  it('answers a list while writing it, and writes nothing back after a revoke meanwhile', async () => {
    await signIn('custom');
    await listReply();
    // The answer is out and its write under way: what revoke does to the session, now.
    await clearSession();
    await cacheWritten();
    expect(fake.session.data).not.toHaveProperty('ticketCache');
    expect(fake.session.data).not.toHaveProperty('ticketCacheTail');
  });

  it('writes nothing back of a fetch still on its way when the account is forgotten', async () => {
    await signIn('custom');
    sandbox.current.state.configure({ deskLatencyMs: 150 });
    const pending = listReply({ force: true });
    await new Promise((done) => setTimeout(done, 30));
    // Forgotten while Zoho has not answered yet: the answer must not fill the cache again.
    await clearSession();
    await pending.catch(() => undefined);
    await cacheWritten();
    expect(fake.session.data).not.toHaveProperty('ticketCache');
    expect(fake.session.data).not.toHaveProperty('ticketCacheTail');
  });

  it('keeps the first rows apart from the rest, so the first frame reads little', async () => {
    sandbox.current.state.configure({ ticketCount: 300 });
    await fake.local.set({ filter: { status: 'all', owner: 'all', sort: 'newest' } });
    await signIn('custom');
    await listReply();
    await listReply({ more: true });
    await listReply({ more: true });
    expect((await cacheAfterWrites())['all|all|newest']!.tickets).toHaveLength(HEAD_SIZE);
    const tails = fake.session.data['ticketCacheTail'] as Record<string, unknown[]>;
    expect(tails['all|all|newest']).toHaveLength(150 - HEAD_SIZE);
    const calls = ticketCalls();
    const view = await listReply();
    expect(ticketCalls()).toBe(calls);
    expect(view.listing?.tickets).toHaveLength(150);
    await revoke();
    expect(fake.session.data).not.toHaveProperty('ticketCacheTail');
  });

  it('keeps at most a few lists, dropping the oldest', () => {
    let kept = {};
    for (let i = 0; i < MAX_CACHED_LISTS + 3; i++) {
      kept = withListing(kept, { filterKey: `f${i}`, fetchedAt: i } as TicketListing);
    }
    expect(Object.keys(kept).sort()).toEqual(['f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
  });
});

describe('the first frame the worker serves', () => {
  const later = () => new Promise((done) => setTimeout(done, 5));

  it('is kept between opens, and read again after any change to what it is made of', async () => {
    watchFirstFrame();
    await signIn();
    await listReply({ force: true });
    await cacheWritten();
    const first = servedFirstFrame();
    // Kept: the next open waits for no storage read.
    expect(servedFirstFrame()).toBe(first);
    expect((await first).listing?.tickets.length).toBeGreaterThan(0);

    // This worker's own cache write.
    await listReply({ force: true });
    await cacheWritten();
    const afterWrite = servedFirstFrame();
    expect(afterWrite).not.toBe(first);

    // A change another page made: the remembered filter.
    await fake.local.set({ filter: { status: 'closed', owner: 'all', sort: 'newest' } });
    await later();
    const afterFilter = servedFirstFrame();
    expect(afterFilter).not.toBe(afterWrite);
    expect((await afterFilter).filter.status).toBe('closed');

    // A new session: nothing of the last one is served.
    await revoke();
    const afterRevoke = await servedFirstFrame();
    expect(afterRevoke.listing).toBeNull();
  });

  it('with nothing cached, carries the list the worker started if Zoho answers in time, and waits no longer', async () => {
    await signIn();
    const fast = await frameToServe(startRememberedList());
    expect(fast.listing?.tickets.length).toBeGreaterThan(0);
    expect(ticketCalls()).toBe(1);

    await clearSession();
    await signIn();
    await cacheWritten();
    await fake.session.remove('ticketCache');
    sandbox.current.state.configure({ deskLatencyMs: COLD_WAIT_MS * 5 });
    const started = startRememberedList();
    const asked = Date.now();
    const slow = await frameToServe(started);
    expect(slow.listing).toBeNull();
    expect(Date.now() - asked).toBeLessThan(COLD_WAIT_MS * 4);
    // The popup's own request joins that fetch.
    expect((await listReply()).listing?.tickets.length).toBeGreaterThan(0);
    await started;
    expect(ticketCalls()).toBe(2);
  });

  it('serves a cached list without waiting for the fetch of a stale one', async () => {
    await signIn();
    await listReply();
    await cacheWritten();
    const never = new Promise<null>(() => undefined);
    expect((await frameToServe(never)).listing?.tickets.length).toBeGreaterThan(0);
  });
});
