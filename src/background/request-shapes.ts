/**
 * What each request must hold, checked where it arrives (router.ts), before any handler runs:
 * ids are digit strings, so a `..` or a slash from a page can never reach a Desk URL path
 * (docs/SECURITY.md). Kept out of shared/messages.ts: only the background needs it.
 */
import type { Message, MessageType } from '../shared/messages.ts';
import { ID_PATTERN, isRecord } from '../shared/zoho/parse.ts';

const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);
const isFlag = (value: unknown) => value === undefined || typeof value === 'boolean';
const isIdOrNone = (value: unknown) => value === undefined || value === null || isId(value);
const isShortText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

const REQUEST_SHAPES: { [K in MessageType]: (request: Record<string, unknown>) => boolean } = {
  getStatus: () => true,
  signIn: (request) => isShortText(request['target'], 40),
  listTickets: (request) => isFlag(request['more']) && isFlag(request['force']) && isFlag(request['cachedFirst']),
  chooseOrganization: (request) => isId(request['orgId']),
  getTicket: (request) => isId(request['id']),
  search: (request) => isShortText(request['query'], 1000),
  getQueue: (request) => isIdOrNone(request['departmentId']) && isFlag(request['viewsOnly']),
  getWorkload: (request) => isIdOrNone(request['departmentId']) && isFlag(request['refresh']),
  // Ticket numbers are digits, like ids; they go into a query string.
  findTicket: (request) => isId(request['number']),
  setSearch: (request) => typeof request['enabled'] === 'boolean',
  setSettingsRead: (request) => typeof request['enabled'] === 'boolean',
  revoke: () => true,
};

export function isMessage(value: unknown): value is Message {
  if (!isRecord(value) || typeof value['type'] !== 'string' || !Object.hasOwn(REQUEST_SHAPES, value['type'])) return false;
  return REQUEST_SHAPES[value['type'] as MessageType](value);
}
