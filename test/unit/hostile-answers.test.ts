/**
 * What a broken or hostile Zoho can send, and what the background keeps of it: bounded bodies,
 * no more items than asked, absurd times, oversized HTML, and a storage.session that is full.
 * Everything runs against the real sandbox through the background's own functions.
 */
import { describe, expect, it } from 'vitest';
import { THREADS_LISTED, ticketDetail } from '../../src/background/detail.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { cacheWritten, listReply, listReplyFor } from '../../src/background/ticket-list.ts';
import { MAX_DESK_BYTES, readBounded } from '../../src/shared/zoho/bounded-body.ts';
import { TEXT_LIMITS } from '../../src/shared/zoho/parse.ts';
import { failureCode } from './failure-code.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const configure = (options: Parameters<typeof sandbox.current.state.configure>[0]) => sandbox.current.state.configure(options);
const ticketCalls = () => sandbox.current.state.log.filter((r) => r.path === '/api/v1/tickets').length;
const ALL = { status: 'all', owner: 'all', sort: 'newest' } as const;

describe('bounded bodies', () => {
  const stream = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let n = 0; n < chunks; n++) controller.enqueue(new Uint8Array(size).fill(120));
        controller.close();
      },
    });

  it('reads a body under the cap whole', async () => {
    expect(await readBounded(new Response('{"data":[]}'), 1024)).toBe('{"data":[]}');
  });

  it('refuses a body past the cap, streamed or declared, without reading it all', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(120));
      },
    });
    expect(await failureCode(readBounded(new Response(endless), 4096))).toBe('too_large');
    expect(pulled).toBeLessThan(10);
    expect(await failureCode(readBounded(new Response(stream(10, 1024)), 4096))).toBe('too_large');
    const declared = new Response('x', { headers: { 'content-length': String(MAX_DESK_BYTES + 1) } });
    expect(await failureCode(readBounded(declared, MAX_DESK_BYTES))).toBe('too_large');
  });

  it('says a Desk answer is too large, and keeps the tickets from before', async () => {
    await signIn();
    const before = await listReply({ force: true });
    configure({ deskFaults: [{ path: '/api/v1/tickets', status: 200, body: `{"data":[${'"x",'.repeat(MAX_DESK_BYTES / 4)}1]}` }] });
    const view = await listReply({ force: true });
    expect(view.problem?.code).toBe('too_large');
    expect(view.listing?.tickets).toEqual(before.listing?.tickets);
  });
});

describe('no more than asked', () => {
  it('keeps 50 tickets when Zoho answers 1,100 to limit=50, and never passes the 1,000 cap', async () => {
    await signIn();
    // 1,100 list items (enough for 20 pages of 50) are ~1.3 MB, under the 4 MB a Desk answer may be (bounded-body.ts).
    configure({ ticketCount: 1100, ignoreLimit: true });
    const view = await listReplyFor(ALL, { force: true });
    expect(view.listing?.tickets).toHaveLength(50);
    expect(view.listing?.hasMore).toBe(true);
    let last = view;
    for (let page = 2; page <= 20; page++) last = await listReplyFor(ALL, { more: true });
    expect(last.listing?.tickets).toHaveLength(1000);
    expect(last.listing?.capped).toBe(true);
    expect(last.listing?.hasMore).toBe(false);
  });

  it('keeps at most the threads asked for, and fetches at most five in full', async () => {
    await signIn();
    const { listing } = await listReply({ force: true });
    // A conversation of 300 messages, answered whole whatever limit was asked.
    configure({ ignoreLimit: true });
    const detail = await ticketDetail({ id: listing!.tickets[0]!.id });
    expect(detail.threads).toHaveLength(THREADS_LISTED);
    const threadCalls = sandbox.current.state.log.filter((r) => /\/threads\/\d+$/.test(r.path));
    expect(threadCalls).toHaveLength(5);
  });
});

describe('absurd values', () => {
  it('lists a ticket whose times are out of range, with the times unknown', async () => {
    configure({ ticketPatch: { createdTime: '99999999999999999', dueDate: '+275760-09-13T00:00:00.000Z' } });
    await signIn();
    const { listing } = await listReply({ force: true });
    const odd = listing!.tickets[0]!;
    expect(odd.number).toBe('130');
    expect(odd.createdTime).toBeNull();
    expect(odd.dueDate).toBeNull();
  });

  it('cuts a huge subject and a huge description, and says the description was cut', async () => {
    configure({ ticketPatch: { subject: 'S'.repeat(2_000_000), description: `<p>${'d'.repeat(1_000_000)}</p>` } });
    await signIn();
    const { listing } = await listReply({ force: true });
    expect(listing!.tickets[0]!.subject).toHaveLength(TEXT_LIMITS.line);
    const detail = await ticketDetail({ id: listing!.tickets[0]!.id });
    expect(detail.ticket?.description).toHaveLength(TEXT_LIMITS.html);
    expect(detail.ticket?.descriptionCut).toBe(true);
  });

  it('shows the detail of a ticket too large to read, with its conversation, marked as cut', async () => {
    await signIn();
    const { listing } = await listReply({ force: true });
    configure({ ticketPatch: { description: `<p>${'d'.repeat(MAX_DESK_BYTES)}</p>` } });
    const detail = await ticketDetail({ id: listing!.tickets[0]!.id });
    expect(detail.ticket).toBeNull();
    expect(detail.threads.length).toBeGreaterThan(0);
  });

  it('keeps a thread too large to fetch as its summary, marked as cut', async () => {
    await signIn();
    const { listing } = await listReply({ force: true });
    configure({ threadPatch: { content: `<p>${'c'.repeat(MAX_DESK_BYTES)}</p>` } });
    const detail = await ticketDetail({ id: listing!.tickets[0]!.id });
    expect(detail.threads[0]?.content).toBeNull();
    expect(detail.threads[0]?.contentCut).toBe(true);
    expect(detail.threads[0]?.summary).toMatch(/^Message/);
  });
});

describe('a full storage.session', () => {
  it('answers the tickets when the cache write fails, and the next open asks Zoho again', async () => {
    await signIn();
    // Room for the token and the organizations, not for a list.
    await listReply({ force: true });
    await cacheWritten();
    fake.session.data = { token: fake.session.data['token'], organizations: fake.session.data['organizations'] };
    fake.session.quotaBytes = fake.session.bytesInUse() + 2000;
    const calls = ticketCalls();
    const view = await listReply();
    expect(view.listing?.tickets.length).toBeGreaterThan(0);
    await cacheWritten();
    expect(fake.session.data).not.toHaveProperty('ticketCache');
    expect(fake.session.data).not.toHaveProperty('ticketCacheTail');
    const again = await listReply();
    expect(again.problem).toBeNull();
    expect(again.listing?.tickets).toEqual(view.listing?.tickets);
    expect(ticketCalls()).toBe(calls + 2);
  });

  it('keeps the new list alone when the other lists fill the quota', async () => {
    await signIn();
    await listReplyFor(ALL, { force: true });
    await listReplyFor({ ...ALL, status: 'closed' }, { force: true });
    await cacheWritten();
    const lists = () => Object.keys(fake.session.data['ticketCache'] as object);
    expect(lists()).toHaveLength(2);
    fake.session.quotaBytes = fake.session.bytesInUse() + 500;
    await listReplyFor({ ...ALL, status: 'onhold' }, { force: true });
    await cacheWritten();
    expect(lists()).toEqual(['onhold|all|newest']);
    expect(Object.keys(fake.session.data['ticketCacheTail'] as object)).toEqual(['onhold|all|newest']);
  });

  it('makes room for a renewed token by dropping the ticket cache', async () => {
    await signIn();
    await listReply({ force: true });
    await cacheWritten();
    // Full: no room for the renewal's flow record, nor for a token any longer than this one.
    fake.session.quotaBytes = fake.session.bytesInUse() + 10;
    const token = fake.session.data['token'] as { expiresAt: number; accessToken: string };
    token.expiresAt = Date.now() + 30_000;
    const view = await listReply({ force: true });
    expect(view.problem).toBeNull();
    expect((fake.session.data['token'] as { accessToken: string }).accessToken).not.toBe(token.accessToken);
  });
});

describe('an error too large to read', () => {
  it('is still the error its status says: a 401 with a huge body renews the token', async () => {
    await signIn();
    await listReply({ force: true });
    const huge = `{"errorCode":"INVALID_OAUTH","message":"${'m'.repeat(MAX_DESK_BYTES)}"}`;
    configure({ deskFaults: [{ path: '/api/v1/tickets', status: 401, body: huge }] });
    const view = await listReply({ force: true });
    expect(view.problem).toBeNull();
    expect(sandbox.current.state.log.filter((r) => r.path === '/oauth/v2/token')).toHaveLength(2);
  });
});
