/** What each request must hold (background/request-shapes.ts): every shape accepted, and each field refused when wrong. */
import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/background/request-shapes.ts';

const ID = '60001234567';

describe('isMessage', () => {
  it.each([
    [{ type: 'getStatus' }],
    [{ type: 'revoke' }],
    [{ type: 'signIn', target: 'eu' }],
    [{ type: 'signIn', target: 'x'.repeat(40) }],
    [{ type: 'listTickets' }],
    [{ type: 'listTickets', more: true, force: false, cachedFirst: true }],
    [{ type: 'chooseOrganization', orgId: ID }],
    [{ type: 'getTicket', id: ID }],
    [{ type: 'search', query: 'refund' }],
    [{ type: 'search', query: 'x'.repeat(1000) }],
    [{ type: 'getQueue' }],
    [{ type: 'getQueue', departmentId: null, viewsOnly: true }],
    [{ type: 'getQueue', departmentId: ID, viewsOnly: false }],
    [{ type: 'getWorkload', departmentId: ID, refresh: true }],
    [{ type: 'getWorkload', departmentId: null }],
    [{ type: 'findTicket', number: '4711' }],
    [{ type: 'setSearch', enabled: true }],
    [{ type: 'setSearch', enabled: false }],
    [{ type: 'setSettingsRead', enabled: true }],
  ])('accepts %j', (message) => {
    expect(isMessage(message)).toBe(true);
  });

  it.each([
    [null],
    ['getStatus'],
    [['getStatus']],
    [{}],
    [{ type: 7 }],
    // An array whose only item names a kind reads as that kind's key: the type must be a string.
    [{ type: ['revoke'] }],
    [{ type: 'toString' }],
    [{ type: 'deleteTicket', id: ID }],
    [{ type: 'signIn' }],
    [{ type: 'signIn', target: 'x'.repeat(41) }],
    [{ type: 'listTickets', more: 'yes' }],
    [{ type: 'listTickets', force: 1 }],
    [{ type: 'listTickets', cachedFirst: null }],
    [{ type: 'chooseOrganization', orgId: 60001234567 }],
    [{ type: 'chooseOrganization', orgId: `${ID}/..` }],
    [{ type: 'getTicket' }],
    [{ type: 'getTicket', id: '' }],
    [{ type: 'search' }],
    [{ type: 'search', query: 'x'.repeat(1001) }],
    [{ type: 'getQueue', departmentId: '../views' }],
    [{ type: 'getQueue', departmentId: 7 }],
    [{ type: 'getQueue', viewsOnly: 'true' }],
    [{ type: 'getWorkload', departmentId: 'all' }],
    [{ type: 'getWorkload', refresh: 0 }],
    [{ type: 'findTicket', number: '12&limit=5000' }],
    [{ type: 'findTicket', number: 12 }],
    [{ type: 'setSearch' }],
    [{ type: 'setSearch', enabled: 'true' }],
    [{ type: 'setSettingsRead', enabled: null }],
  ])('refuses %j', (message) => {
    expect(isMessage(message)).toBe(false);
  });
});
