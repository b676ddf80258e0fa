import { describe, expect, it } from 'vitest';
import { quickFilter } from '../../src/shared/quick-filter.ts';
import { DEFAULT_FILTER, filterKey, filterQuery, validFilter } from '../../src/shared/storage/filters.ts';
import { formatRelative, relativeValue } from '../../src/shared/words/format.ts';
import { parseTicket, type Ticket } from '../../src/shared/zoho/ticket.ts';

describe('filterQuery', () => {
  it('maps each filter to Desk query parameters', () => {
    expect(filterQuery(DEFAULT_FILTER, null)).toEqual({ status: 'Open', sortBy: '-createdTime' });
    expect(filterQuery({ status: 'onhold', owner: 'unassigned', sort: 'due' }, null)).toEqual({
      status: 'On Hold',
      assignee: 'Unassigned',
      sortBy: 'dueDate',
    });
    expect(filterQuery({ status: 'all', owner: 'me', sort: 'activity' }, '42')).toEqual({
      assignee: '42',
      sortBy: '-recentThread',
    });
    expect(filterQuery({ status: 'closed', owner: 'all', sort: 'newest' }, '42')).toEqual({
      status: 'Closed',
      sortBy: '-createdTime',
    });
  });

  it('keys filters apart and repairs what storage holds', () => {
    expect(filterKey(DEFAULT_FILTER)).not.toBe(filterKey({ ...DEFAULT_FILTER, owner: 'me' }));
    expect(validFilter({ status: 'bogus' as never, owner: 'me' })).toEqual({ ...DEFAULT_FILTER, owner: 'me' });
    expect(validFilter(null)).toEqual(DEFAULT_FILTER);
  });
});

describe('quickFilter', () => {
  const tickets = [
    { id: '1', ticketNumber: '101', subject: 'Rückerstattung für Bestellung', contact: { firstName: 'Jürgen', lastName: 'Weiß' } },
    { id: '2', ticketNumber: '102', subject: 'ログインできません', email: 'hanako@example.jp' },
    { id: '3', ticketNumber: '1102', subject: 'Invoice question', contact: { firstName: 'Eve', lastName: 'Hacker' } },
  ].map((raw) => parseTicket(raw, { deskUrl: 'https://desk.zoho.com' })!) as Ticket[];
  const ids = (query: string) => quickFilter(tickets, query).map((t) => t.id);

  it('matches number, subject and requester, ignoring case and accents', () => {
    expect(ids('')).toEqual(['1', '2', '3']);
    expect(ids('#102')).toEqual(['2']);
    expect(ids('102')).toEqual(['2', '3']);
    expect(ids('ruckerstattung')).toEqual(['1']);
    expect(ids('JURGEN')).toEqual(['1']);
    expect(ids('ログイン')).toEqual(['2']);
    expect(ids('hanako@')).toEqual(['2']);
    expect(ids('eve invoice')).toEqual(['3']);
    expect(ids('eve refund')).toEqual([]);
  });
});

describe('relative time', () => {
  const now = Date.UTC(2026, 10, 29, 12);
  it('picks the largest unit that fits', () => {
    expect(relativeValue(now - 3 * 3600_000 - 59_000, now)).toEqual([-3, 'hour']);
    expect(relativeValue(now - 30_000, now)).toEqual([0, 'second']);
    expect(relativeValue(now - 2 * 86_400_000, now)).toEqual([-2, 'day']);
    expect(relativeValue(now + 90_000, now)).toEqual([1, 'minute']);
  });

  it('writes it in the browser’s language', () => {
    expect(formatRelative(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(formatRelative(now - 86_400_000, now)).toBe('yesterday');
  });
});
