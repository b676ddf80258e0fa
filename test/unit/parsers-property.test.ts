/**
 * Property tests: the readers of Zoho's answers given arbitrary JSON never throw, and what they
 * return holds its invariants (ids are digit strings, times are finite and in range, strings
 * are bounded, lists are no longer than asked). Then the first frame is drawn from whatever
 * they return, which must not throw either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/background/request-shapes.ts';
import { MAX_LIFETIME_S, MIN_LIFETIME_S, tokenLifetimeSeconds } from '../../src/background/token-server.ts';
import { snapshotHtml } from '../../src/shared/markup/snapshot.ts';
import { ticketRow } from '../../src/shared/markup/ticket-row.ts';
import { deskFailure } from '../../src/shared/zoho/desk-fetch.ts';
import { AppFailure } from '../../src/shared/zoho/errors.ts';
import { parseOrganization } from '../../src/shared/zoho/organization.ts';
import { ID_PATTERN, isSaneTime, TEXT_LIMITS, time } from '../../src/shared/zoho/parse.ts';
import { parseDataList, parseTicket, type Ticket } from '../../src/shared/zoho/ticket.ts';
import { parseThread, parseTicketDetail } from '../../src/shared/zoho/ticket-detail.ts';

const SITE = { deskUrl: 'https://desk.zoho.eu', portal: 'zylker' };
const RUNS = { numRuns: 300 };

/** Values Zoho sends in a time field, and the absurd ones it might. */
const timeLike = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid' : date.toISOString())),
  fc.string(),
  fc.constant('99999999999999999'),
  fc.constant('+275760-09-13T00:00:00.000Z'),
  fc.constant(null),
);
const idLike = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.stringMatching(/^\d{1,40}$/), fc.constant('..'), fc.constant(null));
const textLike = fc.oneof(fc.string({ maxLength: 3000 }), fc.jsonValue(), fc.constant('x'.repeat(TEXT_LIMITS.html + 10)));
const person = fc.oneof(
  fc.record({ firstName: textLike, lastName: textLike, email: textLike, name: textLike }, { requiredKeys: [] }),
  fc.jsonValue(),
);

/** An object shaped like a Zoho ticket or thread, with any value in any field, or any JSON at all. */
const ticketLike = fc.oneof(
  fc.record(
    {
      id: idLike,
      ticketNumber: textLike,
      subject: textLike,
      status: textLike,
      statusType: textLike,
      priority: textLike,
      channel: textLike,
      createdTime: timeLike,
      dueDate: timeLike,
      webUrl: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)'), fc.constant('https://desk.zoho.eu/support/x')),
      contact: person,
      assignee: person,
      author: person,
      email: textLike,
      description: textLike,
      content: textLike,
      summary: textLike,
      direction: textLike,
      contentType: textLike,
      companyName: textLike,
      portalName: textLike,
      isDefault: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

const bounded = (value: string, max: number) => typeof value === 'string' && value.length <= max;
const isTimeOrNull = (value: number | null) => value === null || isSaneTime(value);

function checkTicket(ticket: Ticket): void {
  expect(ticket.id).toMatch(ID_PATTERN);
  expect(isTimeOrNull(ticket.createdTime) && isTimeOrNull(ticket.dueDate)).toBe(true);
  expect(bounded(ticket.subject, TEXT_LIMITS.line)).toBe(true);
  expect(bounded(ticket.number, 30)).toBe(true);
  for (const field of [ticket.status, ticket.statusType, ticket.priority, ticket.channel, ticket.requester, ticket.assignee]) {
    expect(bounded(field, TEXT_LIMITS.short)).toBe(true);
  }
  if (ticket.webUrl !== null) expect(ticket.webUrl.startsWith(`${SITE.deskUrl}/`)).toBe(true);
}

describe('readers of Zoho’s answers, given anything', () => {
  it('parseTicket never throws, and a ticket holds its invariants', () => {
    fc.assert(
      fc.property(ticketLike, (raw) => {
        const ticket = parseTicket(raw, SITE);
        if (ticket) checkTicket(ticket);
      }),
      RUNS,
    );
  });

  it('parseDataList keeps no more items than asked', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ data: fc.array(ticketLike, { maxLength: 200 }) }), fc.jsonValue()),
        fc.integer({ min: 0, max: 100 }),
        (body, limit) => {
          const parsed = parseDataList(body, (raw) => parseTicket(raw, SITE), limit);
          if (!parsed) return;
          expect(parsed.items.length).toBeLessThanOrEqual(limit);
          expect(parsed.items.length + parsed.skipped).toBeLessThanOrEqual(limit);
          parsed.items.forEach(checkTicket);
        },
      ),
      RUNS,
    );
  });

  it('parseTicketDetail and parseThread bound their HTML and times', () => {
    fc.assert(
      fc.property(ticketLike, (raw) => {
        const detail = parseTicketDetail(raw, SITE);
        if (detail) {
          checkTicket(detail);
          expect(bounded(detail.description, TEXT_LIMITS.html)).toBe(true);
        }
        const thread = parseThread(raw);
        if (thread) {
          expect(thread.id).toMatch(ID_PATTERN);
          expect(isTimeOrNull(thread.createdTime)).toBe(true);
          expect(thread.content === null || bounded(thread.content, TEXT_LIMITS.html)).toBe(true);
          expect(bounded(thread.summary, TEXT_LIMITS.line)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('parseOrganization keeps a portal only when it is a slug', () => {
    fc.assert(
      fc.property(ticketLike, (raw) => {
        const org = parseOrganization(raw);
        if (!org) return;
        expect(org.id).toMatch(ID_PATTERN);
        expect(org.portal === null || /^[A-Za-z0-9_-]{1,100}$/.test(org.portal)).toBe(true);
        expect(bounded(org.name, TEXT_LIMITS.short)).toBe(true);
      }),
      RUNS,
    );
  });

  it('time answers a sane time or null', () => {
    fc.assert(
      fc.property(fc.oneof(timeLike, fc.jsonValue()), (value) => {
        expect(isTimeOrNull(time(value))).toBe(true);
      }),
      RUNS,
    );
  });

  it('an error answer always becomes a typed failure with bounded words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), ticketLike, fc.option(fc.string()), (status, body, retryAfter) => {
        try {
          deskFailure(status, body, retryAfter);
        } catch (error) {
          expect(error).toBeInstanceOf(AppFailure);
          const { zohoMessage, detail } = (error as AppFailure).error;
          expect(zohoMessage === undefined || bounded(zohoMessage, TEXT_LIMITS.line)).toBe(true);
          expect(detail === undefined || bounded(detail, TEXT_LIMITS.short)).toBe(true);
          return;
        }
        throw new Error('deskFailure returned');
      }),
      RUNS,
    );
  });

  it('a token lifetime is always within the believed range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.jsonValue()), (value) => {
        const seconds = tokenLifetimeSeconds(value);
        expect(seconds).toBeGreaterThanOrEqual(MIN_LIFETIME_S);
        expect(seconds).toBeLessThanOrEqual(MAX_LIFETIME_S);
      }),
      RUNS,
    );
  });

  it('a message that passes the boundary carries only digit ids', () => {
    fc.assert(
      fc.property(fc.constantFrom('getTicket', 'chooseOrganization', 'getQueue', 'getWorkload', 'findTicket'), idLike, (type, value) => {
        const message = { type, id: value, orgId: value, departmentId: value, number: value };
        // No department at all (null) means every department; any id given is digits.
        if (isMessage(message) && value !== null && value !== undefined) expect(String(value)).toMatch(ID_PATTERN);
      }),
      RUNS,
    );
  });
});

describe('the first frame, drawn from whatever the readers return', () => {
  it('never throws, whatever the tickets hold', () => {
    fc.assert(
      fc.property(fc.array(ticketLike, { maxLength: 12 }), fc.integer({ min: 0, max: 8.64e15 }), (raws, now) => {
        const tickets = raws.map((raw) => parseTicket(raw, SITE)).filter((ticket) => ticket !== null);
        for (const ticket of tickets) ticketRow(ticket, now);
        const listing = { tickets, skipped: 0, orgId: '1', orgName: 'Org', filterKey: 'k', fetchedAt: now, hasMore: false, capped: false };
        snapshotHtml({ filter: { status: 'open', owner: 'all', sort: 'newest' }, listing }, now);
      }),
      RUNS,
    );
  });
});
