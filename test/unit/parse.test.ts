/** The readers of untrusted JSON (shared/zoho/parse.ts) and of a thread (ticket-detail.ts), value by value at their bounds. */
import { describe, expect, it } from 'vitest';
import { count, id, isSaneTime, LATEST_TIME, TEXT_LIMITS, textOf, time, truncate, webLink } from '../../src/shared/zoho/parse.ts';
import { fullName } from '../../src/shared/zoho/ticket.ts';
import { parseThread, parseTicketDetail } from '../../src/shared/zoho/ticket-detail.ts';

describe('truncate and textOf', () => {
  it('keeps text of exactly the limit whole, and never cuts inside a surrogate pair', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
    expect(truncate('abcdef', 5)).toBe('abcde');
    // '😞' is two code units: a cut between them keeps neither.
    expect(truncate('ab😞', 3)).toBe('ab');
    expect(truncate('😞ab', 3)).toBe('😞a');
    // Text within the limit is never touched, even a lone half of a pair at its end.
    expect(truncate('ab\uD83D', 3)).toBe('ab\uD83D');
    expect(truncate('ab\uD83D', 4)).toBe('ab\uD83D');
  });

  it('reads strings and finite numbers, nothing else', () => {
    expect(textOf('x'.repeat(300))).toHaveLength(TEXT_LIMITS.short);
    expect(textOf(42)).toBe('42');
    expect(textOf(Number.NaN)).toBeNull();
    expect(textOf(Number.POSITIVE_INFINITY)).toBeNull();
    expect(textOf(true)).toBeNull();
    expect(textOf({ toString: () => 'x' })).toBeNull();
  });
});

describe('id', () => {
  it('reads digit strings and safe whole numbers, from 0', () => {
    expect(id('1892000000042032')).toBe('1892000000042032');
    expect(id(0)).toBe('0');
    expect(id(42)).toBe('42');
    expect(id(-1)).toBeNull();
    expect(id(1.5)).toBeNull();
    expect(id(2 ** 53)).toBeNull();
    expect(id('12a')).toBeNull();
    expect(id(true)).toBeNull();
  });
});

describe('time', () => {
  it('reads ISO strings and epoch milliseconds, as numbers or digit strings, from 1970 to 2200', () => {
    expect(time('2026-11-20T09:00:00.000Z')).toBe(Date.UTC(2026, 10, 20, 9));
    expect(time(Date.UTC(2026, 10, 20, 9))).toBe(Date.UTC(2026, 10, 20, 9));
    expect(time(String(Date.UTC(2026, 10, 20, 9)))).toBe(Date.UTC(2026, 10, 20, 9));
    expect(time(0)).toBe(0);
    expect(time(LATEST_TIME)).toBe(LATEST_TIME);
    expect(time(LATEST_TIME + 1)).toBeNull();
    expect(time(-1)).toBeNull();
    expect(isSaneTime(0)).toBe(true);
  });

  it('reads nothing from blank, long, partly digit or other values', () => {
    expect(time('')).toBeNull();
    expect(time('   ')).toBeNull();
    // At most 64 characters are read as a time.
    const http = 'Fri, 20 Nov 2026 09:00:00 GMT';
    expect(time(http.padEnd(64, ' '))).toBe(Date.UTC(2026, 10, 20, 9));
    expect(time(http.padEnd(65, ' '))).toBeNull();
    expect(time('T12')).toBeNull();
    // Digits at the end only: a date, not a number.
    expect(time('2026-11-20')).toBe(Date.UTC(2026, 10, 20));
    expect(time(null)).toBeNull();
    expect(time({})).toBeNull();
  });
});

describe('count', () => {
  it('reads whole numbers from 0 to the maximum, as numbers or digit strings', () => {
    expect(count(0, 10)).toBe(0);
    expect(count(10, 10)).toBe(10);
    expect(count('10', 10)).toBe(10);
    expect(count(11, 10)).toBeNull();
    expect(count(-1, 10)).toBeNull();
    expect(count(2.5, 10)).toBeNull();
    expect(count('1e3', 2000)).toBeNull();
    expect(count(true, 10)).toBeNull();
    expect(count([5], 10)).toBeNull();
  });
});

describe('webLink', () => {
  it('keeps http and https links up to 2,048 characters', () => {
    expect(webLink('https://desk.zoho.eu/a')).toBe('https://desk.zoho.eu/a');
    expect(webLink('http://127.0.0.1:4011/a')).toBe('http://127.0.0.1:4011/a');
    const longest = `https://desk.zoho.eu/${'a'.repeat(TEXT_LIMITS.url - 21)}`;
    expect(longest).toHaveLength(TEXT_LIMITS.url);
    expect(webLink(longest)).toBe(longest);
    expect(webLink(`${longest}a`)).toBeNull();
  });

  it('refuses other schemes, text that is no URL, and what is not text', () => {
    for (const value of ['javascript:alert(1)', 'mailto:x@example.com', 'ftp://files.example/', 'not a url', '', 42, null]) {
      expect(webLink(value), String(value)).toBeNull();
    }
  });
});

describe('fullName', () => {
  it('joins the parts it has, skips blank ones, and falls back to the name', () => {
    expect(fullName({ firstName: 'Ana', lastName: 'Agent' })).toBe('Ana Agent');
    expect(fullName({ firstName: '  ', lastName: 'Agent' })).toBe('Agent');
    expect(fullName({ firstName: null, lastName: '', name: 'Customer' })).toBe('Customer');
    expect(fullName('Ana')).toBe('');
  });
});

describe('parseThread', () => {
  const thread = {
    id: '1',
    direction: 'in',
    channel: 'EMAIL',
    createdTime: '2026-11-20T09:00:00.000Z',
    summary: 'Hi',
    content: '<p>Hi</p>',
  };

  it('reads a thread’s fields', () => {
    expect(
      parseThread({ ...thread, author: { firstName: 'Cus', lastName: 'Tomer', email: 'c@example.com' }, contentType: 'text/plain' }),
    ).toEqual({
      id: '1',
      author: 'Cus Tomer',
      direction: 'in',
      channel: 'EMAIL',
      createdTime: Date.UTC(2026, 10, 20, 9),
      summary: 'Hi',
      content: '<p>Hi</p>',
      contentType: 'text/plain',
      contentCut: false,
    });
  });

  it('names the author by e-mail when there is no name, and by nothing when there is no author', () => {
    expect(parseThread({ ...thread, author: { email: 'c@example.com' } })?.author).toBe('c@example.com');
    expect(parseThread({ ...thread, author: { firstName: null } })?.author).toBe('');
    expect(parseThread({ ...thread, author: 'c@example.com' })?.author).toBe('');
  });

  it('knows two directions, and HTML unless Zoho says plain text', () => {
    expect(parseThread({ ...thread, direction: 'out' })?.direction).toBe('out');
    expect(parseThread({ ...thread, direction: 'sideways' })?.direction).toBe('');
    expect(parseThread({ ...thread, direction: undefined })?.direction).toBe('');
    expect(parseThread({ ...thread, contentType: 'text/html' })?.contentType).toBe('text/html');
    expect(parseThread({ ...thread, contentType: 'application/pdf' })?.contentType).toBe('text/html');
    expect(parseThread({ ...thread, channel: 7 })?.channel).toBe('7');
    expect(parseThread({ ...thread, channel: null })?.channel).toBe('');
  });

  it('keeps content of exactly the limit whole, and marks a longer one cut', () => {
    const whole = parseThread({ ...thread, content: 'x'.repeat(TEXT_LIMITS.html) });
    expect([whole?.content?.length, whole?.contentCut]).toEqual([TEXT_LIMITS.html, false]);
    const cut = parseThread({ ...thread, content: 'x'.repeat(TEXT_LIMITS.html + 1) });
    expect([cut?.content?.length, cut?.contentCut]).toEqual([TEXT_LIMITS.html, true]);
    expect(parseThread({ ...thread, content: null })).toMatchObject({ content: null, contentCut: false });
  });
});

describe('parseTicketDetail', () => {
  it('reads no description as empty, not cut', () => {
    const detail = parseTicketDetail({ id: '1', ticketNumber: '101', subject: 's' }, { deskUrl: 'https://desk.zoho.eu' });
    expect([detail?.description, detail?.descriptionCut]).toEqual(['', false]);
  });
});
