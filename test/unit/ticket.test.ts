import { describe, expect, it } from 'vitest';
import { ticketLink } from '../../src/shared/zoho/desk-links.ts';
import { isOverdue } from '../../src/shared/zoho/due.ts';
import { defaultOrganization, parseOrganization } from '../../src/shared/zoho/organization.ts';
import { count, id, LATEST_TIME, TEXT_LIMITS, time, truncate } from '../../src/shared/zoho/parse.ts';
import { parseDataList, parseTicket } from '../../src/shared/zoho/ticket.ts';
import { parseThread, parseTicketDetail } from '../../src/shared/zoho/ticket-detail.ts';

const SITE = { deskUrl: 'https://desk.zoho.com', portal: 'zylker' };
const parse = (raw: unknown) => parseTicket(raw, SITE);

const full = {
  id: '1892000000042032',
  ticketNumber: '101',
  subject: '<img src=x onerror=alert(1)>',
  status: 'Open',
  statusType: 'Open',
  priority: 'High',
  channel: 'Email',
  assignee: { firstName: 'Ana', lastName: 'Agent', email: 'ana@zylker.example' },
  dueDate: '2026-11-21T09:00:00.000Z',
  responseDueDate: '2026-11-20T10:00:00.000Z',
  customerResponseTime: '2026-11-20T09:30:00.000Z',
  lastThread: { channel: 'EMAIL', isDraft: false, isForward: false, direction: 'in' },
  departmentId: '1892000000006907',
  createdTime: '2026-11-20T09:00:00.000Z',
  email: 'fallback@example.com',
  contact: { firstName: 'Lucy', lastName: 'Carter', email: 'lucy@example.com' },
  webUrl: 'https://desk.zoho.com/support/zylker/ShowHomePage.do#Cases/dv/1892000000042032',
};

describe('parseTicket', () => {
  it('keeps only the fields the list shows, text untouched', () => {
    expect(parse(full)).toEqual({
      id: '1892000000042032',
      number: '101',
      subject: '<img src=x onerror=alert(1)>',
      status: 'Open',
      statusType: 'Open',
      priority: 'High',
      channel: 'Email',
      requester: 'Lucy Carter',
      assignee: 'Ana Agent',
      createdTime: Date.UTC(2026, 10, 20, 9),
      dueDate: Date.UTC(2026, 10, 21, 9),
      responseDueDate: Date.UTC(2026, 10, 20, 10),
      customerWaitingSince: Date.UTC(2026, 10, 20, 9, 30),
      departmentId: '1892000000006907',
      webUrl: full.webUrl,
    });
  });

  it('has a customer waiting only when the last message came from them', () => {
    const answered = { ...full, lastThread: { ...full.lastThread, direction: 'out' } };
    expect(parse(answered)?.customerWaitingSince).toBeNull();
    expect(parse({ ...full, lastThread: null })?.customerWaitingSince).toBeNull();
  });

  it('treats null fields as normal', () => {
    expect(
      parseTicket(
        { id: '7', ticketNumber: null, subject: null, status: null, createdTime: null, contact: null },
        { deskUrl: SITE.deskUrl },
      ),
    ).toEqual({
      id: '7',
      number: '7',
      subject: '',
      status: '',
      statusType: '',
      priority: '',
      channel: '',
      requester: '',
      assignee: '',
      createdTime: null,
      dueDate: null,
      responseDueDate: null,
      customerWaitingSince: null,
      departmentId: null,
      webUrl: null,
    });
  });

  it('falls back from contact name to contact email to ticket email', () => {
    expect(parse({ ...full, contact: { firstName: null, lastName: null, email: 'c@example.com' } })?.requester).toBe('c@example.com');
    expect(parse({ ...full, contact: null })?.requester).toBe('fallback@example.com');
  });

  it('refuses entries without a usable id', () => {
    expect(parse({ ...full, id: undefined })).toBeNull();
    expect(parse({ ...full, id: '' })).toBeNull();
    // Above 2^53 JSON.parse has already changed the digits: not an id to trust.
    expect(parse({ ...full, id: Number('1892000000042032123') })).toBeNull();
    // Ids go into URL paths: only digits are ids.
    expect(parse({ ...full, id: '../organizations' })).toBeNull();
    expect(parse({ ...full, id: '12/threads' })).toBeNull();
    expect(parse({ ...full, id: -4 })).toBeNull();
    expect(parse('a string')).toBeNull();
    expect(parse(null)).toBeNull();
  });

  it('keeps a ticket with absurd times, reading the times as unknown', () => {
    const ticket = parse({ ...full, createdTime: '99999999999999999', dueDate: 8.64e15 + 1 });
    expect(ticket?.id).toBe(full.id);
    expect(ticket?.createdTime).toBeNull();
    expect(ticket?.dueDate).toBeNull();
  });

  it('cuts subjects, names and numbers that are too long', () => {
    const ticket = parse({
      ...full,
      subject: 'x'.repeat(1_000_000),
      ticketNumber: '9'.repeat(500),
      status: 's'.repeat(10_000),
      contact: { firstName: 'n'.repeat(5000) },
    });
    expect(ticket?.subject).toHaveLength(TEXT_LIMITS.line);
    expect(ticket?.number.length).toBeLessThanOrEqual(30);
    expect(ticket?.status).toHaveLength(TEXT_LIMITS.short);
    expect(ticket?.requester).toHaveLength(TEXT_LIMITS.short);
  });
});

describe('Open in Zoho Desk', () => {
  it('follows webUrl only on the Desk origin in use', () => {
    expect(parse(full)?.webUrl).toBe(full.webUrl);
    // Zoho's own link on the Desk in use is kept as it is, even where one could be built.
    const own = 'https://desk.zoho.com/agent/zylker/tickets/details/1892000000042032';
    expect(parse({ ...full, webUrl: own })?.webUrl).toBe(own);
    // Another data center's Desk, another host, http, or a look-alike: built from the origin instead.
    for (const webUrl of [
      'https://desk.zoho.eu/support/zylker/ShowHomePage.do#Cases/dv/1',
      'https://evil.example/support/zylker',
      'http://desk.zoho.com/support/zylker',
      'https://desk.zoho.com.evil.example/',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
    ]) {
      expect(parse({ ...full, webUrl })?.webUrl, webUrl).toBe(`https://desk.zoho.com/support/zylker/ShowHomePage.do#Cases/dv/${full.id}`);
    }
  });

  it('shows no link when there is no portal to build one from', () => {
    expect(ticketLink('https://evil.example/', '1', { deskUrl: 'https://desk.zoho.com' })).toBeNull();
    expect(ticketLink('https://evil.example/', '1', { deskUrl: 'https://desk.zoho.com', portal: '../x' })).toBeNull();
  });
});

describe('ticket detail and threads', () => {
  it('cuts HTML past its cap and says so', () => {
    const long = `<p>${'a'.repeat(TEXT_LIMITS.html)}</p>`;
    const detail = parseTicketDetail({ ...full, description: long }, SITE);
    expect(detail?.description).toHaveLength(TEXT_LIMITS.html);
    expect(detail?.descriptionCut).toBe(true);
    expect(parseTicketDetail({ ...full, description: '<p>short</p>' }, SITE)?.descriptionCut).toBe(false);
    const thread = parseThread({ id: '5', content: long, createdTime: '99999999999999999' });
    expect(thread?.content).toHaveLength(TEXT_LIMITS.html);
    expect(thread?.contentCut).toBe(true);
    expect(thread?.createdTime).toBeNull();
  });

  it('reads a thread with nothing but its id as empty fields, not as missing ones', () => {
    expect(parseThread({ id: '5' })).toEqual({
      id: '5',
      author: '',
      direction: '',
      channel: '',
      createdTime: null,
      summary: '',
      content: null,
      contentType: 'text/html',
      contentCut: false,
    });
  });

  it('refuses a thread whose id is not digits', () => {
    expect(parseThread({ id: '..' })).toBeNull();
    expect(parseThread({ id: '1/../../organizations' })).toBeNull();
  });
});

describe('isOverdue', () => {
  const now = Date.UTC(2026, 10, 29);
  it('is a past due date on a ticket that is not closed', () => {
    expect(isOverdue({ dueDate: now - 1, statusType: 'Open' }, now)).toBe(true);
    expect(isOverdue({ dueDate: now - 1, statusType: 'On Hold' }, now)).toBe(true);
    expect(isOverdue({ dueDate: now - 1, statusType: 'Closed' }, now)).toBe(false);
    expect(isOverdue({ dueDate: now + 1, statusType: 'Open' }, now)).toBe(false);
    expect(isOverdue({ dueDate: null, statusType: 'Open' }, now)).toBe(false);
  });
});

describe('readers', () => {
  it('time accepts ISO strings and epoch milliseconds as number or string', () => {
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(time('2026-01-02T03:04:05.000Z')).toBe(ms);
    expect(time(ms)).toBe(ms);
    expect(time(String(ms))).toBe(ms);
    expect(time('yesterday')).toBeNull();
    expect(time(null)).toBeNull();
  });

  it('time reads values outside 1970 to 2200 as unknown', () => {
    expect(time('99999999999999999')).toBeNull();
    expect(time(Number('99999999999999999'))).toBeNull();
    expect(time('+275760-09-13T00:00:00.000Z')).toBeNull();
    expect(time(-1)).toBeNull();
    expect(time(LATEST_TIME + 1)).toBeNull();
    expect(time(Number.POSITIVE_INFINITY)).toBeNull();
    expect(time(`${'1'.repeat(70)}`)).toBeNull();
    expect(time(LATEST_TIME)).toBe(LATEST_TIME);
  });

  it('id takes digit strings and safe non-negative integers only', () => {
    expect(id('123')).toBe('123');
    expect(id(123)).toBe('123');
    expect(id(' 123')).toBeNull();
    expect(id('1'.repeat(31))).toBeNull();
    expect(id(1.5)).toBeNull();
  });

  it('count takes whole numbers in range', () => {
    expect(count(3, 10)).toBe(3);
    expect(count('3', 10)).toBe(3);
    expect(count(11, 10)).toBeNull();
    expect(count(-1, 10)).toBeNull();
    expect(count('1e3', 10_000)).toBeNull();
  });

  it('truncate never splits a surrogate pair', () => {
    expect(truncate('ab😀', 3)).toBe('ab');
    expect(truncate('ab😀', 4)).toBe('ab😀');
  });
});

describe('parseDataList', () => {
  it('reads an HTTP 204 (null body) as an empty list', () => {
    expect(parseDataList(null, parse, 50)).toEqual({ items: [], skipped: 0 });
  });

  it('keeps good items and counts bad ones', () => {
    const parsed = parseDataList({ data: [full, { subject: 'no id' }, 42, { ...full, id: '2' }] }, parse, 50);
    expect(parsed?.items.map((t) => t.id)).toEqual(['1892000000042032', '2']);
    expect(parsed?.skipped).toBe(2);
  });

  it('keeps no more items than were asked for', () => {
    const data = Array.from({ length: 5000 }, (_, n) => ({ ...full, id: String(n + 1) }));
    const parsed = parseDataList({ data }, parse, 50);
    expect(parsed?.items).toHaveLength(50);
    expect(parsed?.items.at(-1)?.id).toBe('50');
  });

  it('answers null when data is not a list', () => {
    expect(parseDataList({ data: { id: '1' } }, parse, 50)).toBeNull();
    expect(parseDataList([full], parse, 50)).toBeNull();
    expect(parseDataList(undefined, parse, 50)).toBeNull();
  });
});

describe('organizations', () => {
  it('parses and picks the default', () => {
    const orgs = [
      parseOrganization({ id: '1', companyName: 'A', isDefault: false }),
      parseOrganization({ id: 2, portalName: 'b', isDefault: true }),
      parseOrganization({ id: 3, companyName: 'C', portalName: '../../evil', isDefault: false }),
    ].filter((org) => org !== null);
    expect(orgs).toEqual([
      { id: '1', name: 'A', isDefault: false, portal: null },
      { id: '2', name: 'b', isDefault: true, portal: 'b' },
      { id: '3', name: 'C', isDefault: false, portal: null },
    ]);
    expect(defaultOrganization(orgs)?.id).toBe('2');
    expect(defaultOrganization([orgs[0]!])?.id).toBe('1');
    expect(defaultOrganization([])).toBeUndefined();
  });
});
