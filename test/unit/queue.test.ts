/**
 * Departments, views, counts and the workload: what they cost in Zoho calls, that counts match
 * the lists, due times in words, and words rather than a blank when Zoho refuses a scope.
 */
import { describe, expect, it } from 'vitest';
import { queueReply, WORKLOAD_FRESH_MS, workloadReply } from '../../src/background/queue.ts';
import { findTicket } from '../../src/background/search.ts';
import { signIn } from '../../src/background/sign-in.ts';
import { chooseOrganization, listReplyFor } from '../../src/background/ticket-list.ts';
import { urgencyParts } from '../../src/shared/markup/ticket-row.ts';
import { typedTicketNumber } from '../../src/shared/quick-filter.ts';
import { DEFAULT_FILTER, filterKey, filterQuery, type TicketFilter, validFilter } from '../../src/shared/storage/filters.ts';
import { formatSpan } from '../../src/shared/words/format.ts';
import { urgencies } from '../../src/shared/zoho/due.ts';
import { DEMO_VIEWS, demoDepartments, ORGANIZATIONS } from '../sandbox/data.ts';
import { fake } from './fake-browser.ts';
import { useSandbox } from './zoho-sandbox.ts';

const sandbox = useSandbox();
const calls = (path: string) => sandbox.current.state.log.filter((r) => r.path === `/api/v1/${path}`).length;
const [CARE, BILLING] = demoDepartments(ORGANIZATIONS[0]!);
const MY_OPEN = DEMO_VIEWS[0]!;

describe('the filter with a department and a view', () => {
  it('asks for the view, in the department, and leaves status and owner to the view', () => {
    const filter: TicketFilter = {
      ...DEFAULT_FILTER,
      owner: 'me',
      department: { id: '7', name: 'Billing' },
      view: { id: '9', name: 'Mine' },
    };
    expect(filterQuery(filter, '42')).toEqual({ sortBy: '-createdTime', departmentId: '7', viewId: '9' });
    expect(filterQuery({ ...filter, view: null }, '42')).toEqual({
      sortBy: '-createdTime',
      departmentId: '7',
      status: 'Open',
      assignee: '42',
    });
    expect(filterKey(filter)).not.toBe(filterKey({ ...filter, department: null }));
    expect(filterKey(DEFAULT_FILTER)).toBe('open|all|newest');
  });

  it('reads back from storage only a department and view with a digit id and a name', () => {
    expect(validFilter({ department: { id: '7', name: 'Billing' }, view: { id: '../x', name: 'Evil' } as never })).toMatchObject({
      department: { id: '7', name: 'Billing' },
      view: null,
    });
    expect(validFilter({ view: { id: '9', name: 'x'.repeat(500) } }).view?.name).toHaveLength(200);
  });
});

describe('the queue', () => {
  it('lists the agent’s departments and a department’s views, each with a count that matches its list', async () => {
    await signIn('custom');
    const queue = await queueReply({ departmentId: BILLING!.id });
    expect(queue.departments?.map((d) => d.name)).toEqual(['Customer Care', 'Billing']);
    expect(queue.views?.map((v) => [v.name, v.custom])).toContainEqual(['Refunds and invoices', true]);
    const mine = queue.views!.find((v) => v.id === MY_OPEN.id)!;
    const list = await listReplyFor({ ...DEFAULT_FILTER, department: BILLING!, view: { id: mine.id, name: mine.name } }, { force: true });
    expect(list.listing?.tickets.length).toBe(mine.count);
    expect(list.listing?.tickets.every((t) => t.departmentId === BILLING!.id)).toBe(true);
  });

  it('counts every view at most once per freshness window, and a view switch costs a list and a count', async () => {
    await signIn('custom');
    await queueReply({});
    const views = DEMO_VIEWS.filter((v) => v.departmentIndex === undefined).length;
    expect([calls('views'), calls('myDepartments'), calls('ticketQueueView/count')]).toEqual([1, 1, views]);
    await queueReply({});
    expect([calls('views'), calls('myDepartments'), calls('ticketQueueView/count')]).toEqual([1, 1, views]);

    const before = sandbox.current.state.log.length;
    await listReplyFor({ ...DEFAULT_FILTER, view: { id: MY_OPEN.id, name: MY_OPEN.name } });
    expect(sandbox.current.state.log.slice(before).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/api/v1/tickets', '/api/v1/ticketQueueView/count']),
    );
    // The list call, its count, and the agent's id ("assigned to me" is not asked, but a new
    // session learns who is signed in once).
    expect(sandbox.current.state.log.slice(before).filter((r) => r.path !== '/api/v1/myinfo')).toHaveLength(2);

    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), freshnessSeconds: 0 } });
    await queueReply({});
    expect(calls('ticketQueueView/count')).toBe(2 * views + 1);
    expect(calls('views')).toBe(1);
  });

  it('says so in words, and still lists the rest, when Zoho wants a scope it was not given', async () => {
    await signIn('custom');
    sandbox.current.state.configure({ settingsScopesAllRequired: true });
    const queue = await queueReply({});
    expect(queue.departments).toBeNull();
    expect(queue.views).toBeNull();
    expect(queue.departmentsProblem).toMatchObject({ code: 'desk_error', detail: 'SCOPE_MISMATCH' });
    expect(queue.viewsProblem).toMatchObject({ code: 'desk_error', detail: 'SCOPE_MISMATCH' });
    // The tickets themselves need only Desk.tickets.READ.
    expect((await listReplyFor(DEFAULT_FILTER)).listing?.tickets.length).toBeGreaterThan(0);
  });

  it('remembers the department picked in each organization', async () => {
    sandbox.current.state.configure({ organizations: 2 });
    await signIn('custom');
    await fake.local.set({ departmentByOrg: { [ORGANIZATIONS[1]!.id]: { id: '6000000000006911', name: 'Billing JP' } } });
    await fake.local.set({ filter: { ...DEFAULT_FILTER, department: CARE, view: { id: MY_OPEN.id, name: MY_OPEN.name } } });
    await chooseOrganization({ orgId: ORGANIZATIONS[1]!.id });
    expect(fake.local.data['filter']).toMatchObject({ department: { name: 'Billing JP' }, view: null });
    await chooseOrganization({ orgId: ORGANIZATIONS[0]!.id });
    expect(fake.local.data['filter']).toMatchObject({ department: null });
  });
});

describe('the workload', () => {
  it('comes in one call, counted as Zoho counts, and is asked again only with a list refresh, after five minutes', async () => {
    await signIn('custom');
    const first = await workloadReply({});
    expect(first.workload.open).toBeGreaterThan(0);
    expect(first.workload.overdue).toBeGreaterThan(0);
    expect(calls('agentsTicketsCount')).toBe(1);
    await workloadReply({ refresh: true });
    expect(calls('agentsTicketsCount')).toBe(1);
    const queue = fake.session.data['queue'] as { workload: Record<string, { at: number }> };
    for (const entry of Object.values(queue.workload)) entry.at -= WORKLOAD_FRESH_MS;
    // An open whose list was fresh: the cached workload, however old.
    await workloadReply({});
    expect(calls('agentsTicketsCount')).toBe(1);
    await workloadReply({ refresh: true });
    expect(calls('agentsTicketsCount')).toBe(2);
  });

  it('is asked once when the list is refreshed while the first ask is still on its way', async () => {
    await signIn('custom');
    // Each Desk answer takes a while: the first ask is surely still on its way when the refresh comes.
    sandbox.current.state.configure({ deskLatencyMs: 200 });
    // The popup's first ask, and the refresh that a second list answer brings before it is back.
    const [first, refreshed] = await Promise.all([workloadReply({}), workloadReply({ refresh: true })]);
    expect(calls('agentsTicketsCount')).toBe(1);
    expect(refreshed).toEqual(first);
  });
});

describe('a ticket by its number', () => {
  it('is taken from "#123" or "123", and nothing else', () => {
    expect(['#123', ' 123 ', '12a', '#', 'login 12'].map(typedTicketNumber)).toEqual(['123', '123', null, null, null]);
  });

  it('is found through search by number, which needs full search turned on', async () => {
    await signIn('custom');
    await expect(findTicket({ number: '105' })).rejects.toMatchObject({ error: { code: 'search_not_enabled' } });
    await fake.local.set({ settings: { ...(fake.local.data['settings'] as object), searchEnabled: true } });
    await signIn('custom');
    expect((await findTicket({ number: '105' }))?.number).toBe('105');
    expect(await findTicket({ number: '99999' })).toBeNull();
    expect(sandbox.current.state.log.filter((r) => r.path === '/api/v1/tickets/search').map((r) => r.query['ticketNumber'])).toEqual([
      '105',
      '99999',
    ]);
  });
});

describe('due times in words', () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const open = { statusType: 'Open', dueDate: null, responseDueDate: null, customerWaitingSince: null };
  const min = 60_000;

  it('says what is most pressing first: a first response, then overdue or due soon, then a waiting customer', () => {
    expect(urgencies({ ...open, responseDueDate: now + 45 * min, dueDate: now - min }, now).map((u) => u.kind)).toEqual([
      'responseDueSoon',
      'overdue',
    ]);
    expect(urgencies({ ...open, responseDueDate: now + 45 * min, dueDate: now + 30 * min }, now).map((u) => u.kind)).toEqual([
      'responseDueSoon',
    ]);
    // A first response due later than the hour is said, but not marked urgent.
    expect(urgencies({ ...open, responseDueDate: now + 180 * min }, now).map((u) => u.kind)).toEqual(['responseDue']);
    expect(urgencies({ ...open, dueDate: now - 120 * min, customerWaitingSince: now - 180 * min }, now).map((u) => u.kind)).toEqual([
      'overdue',
      'waiting',
    ]);
    expect(urgencies({ ...open, dueDate: now + 30 * min }, now).map((u) => u.kind)).toEqual(['dueSoon']);
    expect(urgencies({ ...open, dueDate: now + 3 * 24 * 60 * min }, now)).toEqual([]);
    expect(urgencies({ ...open, statusType: 'Closed', dueDate: now - min }, now)).toEqual([]);
  });

  it('words them with the exact time on hover', () => {
    const ticket = { ...open, dueDate: now - 120 * min, customerWaitingSince: now - 180 * min };
    const parts = urgencyParts(ticket as never, now);
    expect(parts.map((p) => [p.class, p.text])).toEqual([
      ['overdue', 'Overdue by 2 hr'],
      ['waiting', 'Customer waiting 3 hr'],
    ]);
    expect(parts[0]?.title).toMatch(/2026/);
    expect(urgencyParts({ ...open, responseDueDate: now + 45 * min } as never, now)[0]?.text).toBe('Response due in 45 min');
  });

  it('rounds spans to minutes, hours or days', () => {
    expect([formatSpan(30_000), formatSpan(45 * min), formatSpan(130 * min), formatSpan(3 * 24 * 60 * min)]).toEqual([
      '1 min',
      '45 min',
      '2 hr',
      '3 days',
    ]);
  });
});
