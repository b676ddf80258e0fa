/**
 * The one handler map for the message protocol. Every request is checked against the sender
 * the browser stamps (never a claim inside the message), and every failure leaves as an
 * AppError: no exception text or stack ever reaches a page.
 */
import browser from 'webextension-polyfill';
import type { Message, MessageType, Protocol, Reply } from '../shared/messages.ts';
import { toAppError } from '../shared/zoho/errors.ts';
import { refreshBadge } from './badge.ts';
import { ticketDetail } from './detail.ts';
import { queueReply, workloadReply } from './queue.ts';
import { isMessage } from './request-shapes.ts';
import { revoke } from './revoke.ts';
import { findTicket, search } from './search.ts';
import { setSearch, setSettingsRead } from './search-scope.ts';
import { signIn } from './sign-in.ts';
import { status } from './status.ts';
import { chooseOrganization, listReply } from './ticket-list.ts';

type Handlers = { [K in MessageType]: (request: Protocol[K]['request']) => Promise<Protocol[K]['response']> };

const handlers: Handlers = {
  getStatus: status,
  signIn: async (request) => {
    await signIn(request.target);
    void refreshBadge();
    return status();
  },
  listTickets: listReply,
  chooseOrganization,
  getTicket: ticketDetail,
  search,
  getQueue: queueReply,
  getWorkload: workloadReply,
  findTicket,
  setSearch,
  setSettingsRead,
  revoke,
};

/**
 * Only the extension's own pages may ask. There are no content scripts, and web pages cannot
 * reach runtime.onMessage, but the check keeps it so if either ever changes.
 */
export function isTrustedSender(sender: browser.Runtime.MessageSender): boolean {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  try {
    return new URL(sender.url).origin === ownOrigin;
  } catch {
    return false;
  }
}

/** Answers a request, or returns undefined (no answer at all) for anything not ours. */
export function dispatch(message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
  if (!isTrustedSender(sender) || !isMessage(message)) return undefined;
  return answer(message);
}

async function answer(message: Message): Promise<Reply<unknown>> {
  const handler = handlers[message.type] as (request: Message) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(message) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
