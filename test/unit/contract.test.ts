/**
 * Zoho's own contract (test/contract/): the checks can fail and name what failed; the client's
 * requests and the sandbox's answers meet it for every endpoint the extension uses; and the
 * parsers take every JSON type the contract allows for the fields they read.
 */
import { describe, expect, it } from 'vitest';
import { ticketDetail } from '../../src/background/detail.ts';
import { queueReply, workloadReply } from '../../src/background/queue.ts';
import { findTicket, search } from '../../src/background/search.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { listReply, listReplyFor } from '../../src/background/ticket-list.ts';
import { agentWorkload, listMyDepartments, listViews, viewCount } from '../../src/shared/zoho/desk-api.ts';
import { parseDataList, parseTicket } from '../../src/shared/zoho/ticket.ts';
import { answerProblems, contract, contractProblems, endpointFor, requestProblems } from '../contract/contract.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();

describe('the contract checks', () => {
  const ok = { path: '/api/v1/ticketQueueView/count', query: {}, status: 200, body: { count: '4' } };

  it('pass what the contract allows', () => {
    expect(answerProblems(ok)).toEqual([]);
    expect(
      requestProblems({
        method: 'GET',
        path: '/api/v1/tickets',
        query: { from: '0', limit: '50', sortBy: '-createdTime', assignee: 'Unassigned' },
      }),
    ).toEqual([]);
  });

  it('name the endpoint and the field of an answer that breaks it', () => {
    expect(answerProblems({ ...ok, body: { count: true } })).toEqual([
      'GET /api/v1/ticketQueueView/count → 200: body.count is boolean, the contract says string|integer',
    ]);
    expect(answerProblems({ ...ok, body: {} })).toEqual(['GET /api/v1/ticketQueueView/count → 200: body.count is required but missing']);
    expect(answerProblems({ ...ok, body: { count: 1, total: 2 } })).toEqual([
      'GET /api/v1/ticketQueueView/count → 200: body.total is not declared',
    ]);
    expect(answerProblems({ ...ok, status: 204, body: undefined })).toEqual([
      'GET /api/v1/ticketQueueView/count → 204: the contract declares no 204 answer for this path',
    ]);
    const views = { path: '/api/v1/views', query: { module: 'tickets' }, status: 200 };
    expect(
      answerProblems({
        ...views,
        body: { data: [{ id: '1', name: 'x', viewName: 'x', isCustomView: 'no', isLocked: false, deprecatedViewId: null }] },
      }),
    ).toEqual(['GET /api/v1/views → 200: data[0].isCustomView is string, the contract says boolean|null']);
    expect(answerProblems({ path: '/api/v1/tickets', query: {}, status: 401, body: { errorCode: 'NOPE', message: 'x' } })).toHaveLength(1);
    const search = { path: '/api/v1/tickets/search', query: {}, status: 200 };
    expect(answerProblems({ ...search, body: { data: [] } })).toEqual([
      'GET /api/v1/tickets/search → 200: top-level count is required but missing',
    ]);
    // Nullable `data` is allowed where the contract says so, and only there.
    expect(answerProblems({ ...search, body: { data: null, count: 0 } })).toEqual([]);
    expect(answerProblems({ path: '/api/v1/tickets', query: {}, status: 200, body: { data: null } })).toEqual([
      'GET /api/v1/tickets → 200: data is not an array',
    ]);
  });

  it('name the endpoint and the parameter of a request that breaks it', () => {
    const at = (query: Record<string, string>, path = '/api/v1/tickets') => requestProblems({ method: 'GET', path, query });
    expect(at({ sortBy: 'modifiedTime' })).toEqual([
      'GET /api/v1/tickets: sortBy="modifiedTime" is not one of dueDate, createdTime, recentThread',
    ]);
    expect(at({ page: '2' })).toEqual(['GET /api/v1/tickets: query parameter page is not declared']);
    expect(at({ viewId: 'mine' })).toEqual(['GET /api/v1/tickets: viewId="mine" is not digits']);
    expect(at({ limit: '500' })).toEqual(['GET /api/v1/tickets: limit=500 is past the sane limit of 100']);
    expect(at({ include: 'contacts,secrets' })).toEqual([
      'GET /api/v1/tickets: include="secrets" is not one of contacts, products, departments, team, assignee',
    ]);
    expect(at({}, '/api/v1/views')).toEqual(['GET /api/v1/views: required query parameter module is missing']);
    expect(at({ isEnabled: 'yes' }, '/api/v1/myDepartments')).toEqual(['GET /api/v1/myDepartments: isEnabled="yes" is not true or false']);
    expect(at({}, '/api/v1/tickets/12/comments')).toEqual(["GET /api/v1/tickets/12/comments: no such path in Zoho's contract"]);
    expect(requestProblems({ method: 'PATCH', path: '/api/v1/tickets/12', query: {} })).toEqual([
      'PATCH /api/v1/tickets/12: the client only reads, yet sent PATCH',
    ]);
  });

  it('tell a literal path from a path with an id', () => {
    expect(endpointFor('/api/v1/tickets/search')?.path).toBe('/api/v1/tickets/search');
    expect(endpointFor('/api/v1/tickets/42/threads/7')?.path).toBe('/api/v1/tickets/{ticketId}/threads/{threadId}');
  });
});

describe('every endpoint the extension uses, as it uses it', () => {
  it('meets the contract, requests and answers alike', async () => {
    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), searchEnabled: true } });
    await signIn('custom');
    const { listing } = await listReply({ force: true });
    await listReply({ more: true });
    const department = { id: '6000000000006911', name: 'Billing' };
    const queue = await queueReply({ departmentId: department.id });
    const view = queue.views?.find((candidate) => candidate.custom);
    if (!view) throw new Error('the sandbox lists a custom view in Billing');
    await listReplyFor({ status: 'open', owner: 'me', sort: 'due', department, view: { id: view.id, name: view.name } }, { force: true });
    await workloadReply({ departmentId: null });
    await ticketDetail({ id: listing!.tickets[0]!.id });
    await search({ query: 'login' });
    await findTicket({ number: listing!.tickets[0]!.number });

    const used = new Set(sandbox.current.state.log.filter((r) => r.server === 'desk').map((r) => endpointFor(r.path)?.path));
    expect([...used].sort()).toEqual(contract.endpoints.map((endpoint) => endpoint.path).sort());
    expect(sandbox.current.state.answers.length).toBeGreaterThan(10);
    expect(contractProblems(sandbox.current.state)).toEqual([]);
  });
});

/** A value of each JSON type a contract type union allows, for a field of this name. */
function samples(field: string, declared: string): unknown[] {
  const time = contract.timeFields.includes(field);
  const out: unknown[] = [];
  for (const type of declared.split('|')) {
    if (type === 'null') out.push(null);
    if (type === 'string') out.push(time ? '2026-11-20T09:00:00.000Z' : /id$|Id$|Number$|Count$/.test(field) ? '1892000000042032' : 'text');
    if (type === 'integer') out.push(time ? Date.UTC(2026, 10, 20, 9) : /Number$/.test(field) ? 101 : 1892000000042032);
  }
  return out;
}

describe('the parsers take every type the contract allows', () => {
  const ticketsEndpoint = endpointFor('/api/v1/tickets')!;
  const answer = ticketsEndpoint.responses['200'] as { item: { fields: Record<string, string | { type: string }> } };
  const read = [
    'id',
    'ticketNumber',
    'subject',
    'status',
    'statusType',
    'priority',
    'channel',
    'email',
    'createdTime',
    'dueDate',
    'responseDueDate',
    'customerResponseTime',
    'departmentId',
    'webUrl',
  ];
  const base = { id: '1892000000042032', ticketNumber: '101', statusType: 'Open' };
  const site = { deskUrl: 'https://desk.zoho.com' };

  it.each(read)('on a ticket list item: %s', (field) => {
    const spec = answer.item.fields[field]!;
    const declared = typeof spec === 'string' ? spec : spec.type;
    const values = samples(field, declared);
    expect(values.length).toBeGreaterThan(0);
    const parsed = values.map((value) =>
      parseTicket({ ...base, [field]: field === 'statusType' && value === 'text' ? 'Open' : value }, site),
    );
    parsed.forEach((ticket, index) => {
      // A list item without an id cannot be opened: it is left out, and counted as skipped.
      if (field === 'id' && values[index] === null) expect(ticket).toBeNull();
      else expect(ticket, `${field}: a ticket`).not.toBeNull();
    });
  });

  it('reads ids and numbers given as strings or integers alike', () => {
    expect(parseTicket({ ...base, id: 1892000000042032 }, site)?.id).toBe('1892000000042032');
    expect(parseTicket({ ...base, ticketNumber: 101 }, site)?.number).toBe('101');
    expect(parseTicket({ ...base, departmentId: 6000000000006907 }, site)?.departmentId).toBe('6000000000006907');
  });

  it('reads a list whose `data` is null, as the contract allows, as an empty list', () => {
    expect(parseDataList({ data: null }, (raw) => parseTicket(raw, site), 5)).toEqual({ items: [], skipped: 0 });
  });

  it('reads times given as ISO strings and as epoch milliseconds alike', () => {
    const iso = parseTicket({ ...base, createdTime: '2026-11-20T09:00:00.000Z', dueDate: '2026-11-21T09:00:00.000Z' }, site);
    const epoch = parseTicket({ ...base, createdTime: Date.UTC(2026, 10, 20, 9), dueDate: Date.UTC(2026, 10, 21, 9) }, site);
    expect([epoch?.createdTime, epoch?.dueDate]).toEqual([iso?.createdTime, iso?.dueDate]);
  });

  it('reads the assignee of a list item (`email`) and of a search result (`emailId`) alike', () => {
    const person = { firstName: 'Ana', lastName: 'Agent', id: '1', photoURL: null };
    expect(parseTicket({ ...base, assignee: { ...person, email: 'ana@zylker.example' } }, site)?.assignee).toBe('Ana Agent');
    expect(parseTicket({ ...base, assignee: { ...person, emailId: 'ana@zylker.example', zuid: null } }, site)?.assignee).toBe('Ana Agent');
    expect(parseTicket({ ...base, assignee: null, contact: null, lastThread: null }, site)?.assignee).toBe('');
  });

  it('reads counts, departments and views with ids and counts as strings or integers', async () => {
    await signIn('custom');
    const answers = [
      {
        data: [
          { id: 6000000000006907, name: 'Customer Care' },
          { id: '6000000000006911', name: 'Billing' },
        ],
      },
      { data: [{ id: 6000000000068001, name: 'My Open Tickets', displayLabel: null, isCustomView: false }] },
      { count: 7 },
      { count: '7' },
      { data: [{ agentId: 42, openCount: 3, onholdCount: '1', overDueCount: 0, dueIn1HrCount: '2', isOnline: true }] },
    ];
    const ctx = { deskUrl: 'https://desk.zoho.com', token: 't', orgId: '1', fetch: async () => Response.json(answers.shift()) };
    expect(await listMyDepartments(ctx)).toEqual([
      { id: '6000000000006907', name: 'Customer Care' },
      { id: '6000000000006911', name: 'Billing' },
    ]);
    expect(await listViews(ctx, null)).toEqual([{ id: '6000000000068001', name: 'My Open Tickets', custom: false }]);
    expect([await viewCount(ctx, '1', null), await viewCount(ctx, '1', '2')]).toEqual([7, 7]);
    expect(await agentWorkload(ctx, '42', null)).toEqual({ open: 3, onHold: 1, overdue: 0, dueWithinHour: 2 });
  });
});
