import { describe, expect, it } from 'vitest';
import { parseOrganization, defaultOrganization } from '../../src/shared/organization.ts';
import { time } from '../../src/shared/parse.ts';
import { isOverdue, parseDataList, parseTicket } from '../../src/shared/ticket.ts';

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
  createdTime: '2026-11-20T09:00:00.000Z',
  email: 'fallback@example.com',
  contact: { firstName: 'Lucy', lastName: 'Carter', email: 'lucy@example.com' },
  webUrl: 'https://desk.zoho.com/support/zylker/ShowHomePage.do#Cases/dv/1892000000042032',
};

describe('parseTicket', () => {
  it('keeps only the fields the list shows, text untouched', () => {
    expect(parseTicket(full)).toEqual({
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
      webUrl: full.webUrl,
    });
  });

  it('treats null fields as normal', () => {
    expect(
      parseTicket({ id: '7', ticketNumber: null, subject: null, status: null, createdTime: null, contact: null }),
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
      webUrl: null,
    });
  });

  it('falls back from contact name to contact email to ticket email', () => {
    expect(parseTicket({ ...full, contact: { firstName: null, lastName: null, email: 'c@example.com' } })?.requester).toBe(
      'c@example.com',
    );
    expect(parseTicket({ ...full, contact: null })?.requester).toBe('fallback@example.com');
  });

  it('refuses entries without a usable id', () => {
    expect(parseTicket({ ...full, id: undefined })).toBeNull();
    expect(parseTicket({ ...full, id: '' })).toBeNull();
    // Above 2^53 JSON.parse has already changed the digits: not an id to trust.
    expect(parseTicket({ ...full, id: 1892000000042032123 })).toBeNull();
    expect(parseTicket('a string')).toBeNull();
    expect(parseTicket(null)).toBeNull();
  });

  it('never turns a non-http webUrl into a link', () => {
    expect(parseTicket({ ...full, webUrl: 'javascript:alert(1)' })?.webUrl).toBeNull();
    expect(parseTicket({ ...full, webUrl: 'data:text/html,<b>x</b>' })?.webUrl).toBeNull();
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

describe('time', () => {
  it('accepts ISO strings and epoch milliseconds as number or string', () => {
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(time('2026-01-02T03:04:05.000Z')).toBe(ms);
    expect(time(ms)).toBe(ms);
    expect(time(String(ms))).toBe(ms);
    expect(time('yesterday')).toBeNull();
    expect(time(null)).toBeNull();
  });
});

describe('parseDataList', () => {
  it('reads an HTTP 204 (null body) as an empty list', () => {
    expect(parseDataList(null, parseTicket)).toEqual({ items: [], skipped: 0 });
  });

  it('keeps good items and counts bad ones', () => {
    const parsed = parseDataList({ data: [full, { subject: 'no id' }, 42, { ...full, id: '2' }] }, parseTicket);
    expect(parsed?.items.map((t) => t.id)).toEqual(['1892000000042032', '2']);
    expect(parsed?.skipped).toBe(2);
  });

  it('answers null when data is not a list', () => {
    expect(parseDataList({ data: { id: '1' } }, parseTicket)).toBeNull();
    expect(parseDataList([full], parseTicket)).toBeNull();
    expect(parseDataList(undefined, parseTicket)).toBeNull();
  });
});

describe('organizations', () => {
  it('parses and picks the default', () => {
    const orgs = [
      parseOrganization({ id: '1', companyName: 'A', isDefault: false }),
      parseOrganization({ id: 2, portalName: 'b', isDefault: true }),
    ].filter((org) => org !== null);
    expect(orgs).toEqual([
      { id: '1', name: 'A', isDefault: false },
      { id: '2', name: 'b', isDefault: true },
    ]);
    expect(defaultOrganization(orgs)?.id).toBe('2');
    expect(defaultOrganization([orgs[0]!])?.id).toBe('1');
    expect(defaultOrganization([])).toBeUndefined();
  });
});
