/**
 * The one message protocol between the extension's pages and the background. Each request
 * type is paired with its answer type here, and nowhere else. Answers never carry the token.
 */
import browser from 'webextension-polyfill';
import type { NamedChoice } from './storage/filters.ts';
import type { DeskView, Workload } from './zoho/desk-api.ts';
import type { AppError } from './zoho/errors.ts';
import type { Organization } from './zoho/organization.ts';
import type { Ticket } from './zoho/ticket.ts';
import type { Thread, TicketDetail } from './zoho/ticket-detail.ts';

export interface Connection {
  readonly orgName: string | null;
  /** A data center id from sign-in-targets.ts ('custom' for the configured server). */
  readonly dataCenter: string;
  readonly accountsServer: string;
  readonly deskUrl: string;
  readonly scopes: readonly string[];
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

export interface Status {
  readonly signedIn: boolean;
  readonly clientConfigured: boolean;
  /** The redirect URI to register in Zoho's API console, from identity.getRedirectURL(). */
  readonly redirectUri: string;
  readonly connection: Connection | null;
  /** Why the last sign-in failed, for a popup that was closed while it ran. */
  readonly lastSignInError: AppError | null;
  /** Tickets from before are still there to show (the session ended, or Zoho is away). */
  readonly hasCachedTickets: boolean;
  /** Full search is on in settings (the Desk.search.READ scope is asked for). */
  readonly searchEnabled: boolean;
  /** Views and departments may use Desk.settings.READ (asked for when turned on in settings). */
  readonly settingsReadEnabled: boolean;
  /** The sign-in target (data center) last signed in to: preselected for the next sign-in. */
  readonly lastTarget: string | null;
}

export interface TicketListing {
  readonly tickets: readonly Ticket[];
  /** Items Zoho sent that could not be shown (no id, not an object). */
  readonly skipped: number;
  readonly orgId: string;
  readonly orgName: string;
  /** filterKey() of the filter these tickets answer. */
  readonly filterKey: string;
  /** Epoch milliseconds. */
  readonly fetchedAt: number;
  /** Zoho may have more: the last page was full. */
  readonly hasMore: boolean;
  /** The list stopped at the cap (MAX_TICKETS) although Zoho has more. */
  readonly capped: boolean;
}

/**
 * What the popup shows: the tickets (fresh, or the last ones when `problem` is set) and the
 * organizations to choose from.
 */
export interface TicketsReply {
  readonly listing: TicketListing | null;
  /** Set when the list could not be refreshed; `listing` is then out of date. */
  readonly problem: AppError | null;
  readonly organizations: readonly Organization[];
  /** `listing` is the cached list, out of date, and its refresh is under way: ask again. */
  readonly refreshing?: true;
}

export interface TicketDetailReply {
  /** Null when the ticket was too large to read: the popup shows the list's row instead. */
  readonly ticket: TicketDetail | null;
  /** Newest first. */
  readonly threads: readonly Thread[];
}

export interface SearchResult {
  readonly query: string;
  readonly tickets: readonly Ticket[];
}

/** A Zoho Desk view with how many tickets it holds (null: not counted yet, or not countable). */
export interface CountedView extends DeskView {
  readonly count: number | null;
}

/** What the queue picker offers: the agent's departments and a department's views. */
export interface QueueReply {
  /** Null when Zoho would not list them (`departmentsProblem` says why). */
  readonly departments: readonly NamedChoice[] | null;
  readonly views: readonly CountedView[] | null;
  /** When the counts were taken (epoch ms), or null. */
  readonly countedAt: number | null;
  readonly departmentsProblem: AppError | null;
  readonly viewsProblem: AppError | null;
}

export interface WorkloadReply {
  readonly workload: Workload;
  /** When Zoho counted it (epoch ms). */
  readonly at: number;
}

export interface RevokeOutcome {
  /** False when Zoho could not be reached or refused: the token was still forgotten here. */
  readonly revokedAtZoho: boolean;
  /** Where the user can remove the app by hand (Zoho Accounts → Sessions → Connected Apps). */
  readonly connectedAppsUrl: string;
}

export interface Protocol {
  getStatus: { request: Record<string, never>; response: Status };
  /** `target`: a data center id from sign-in-targets.ts. */
  signIn: { request: { target: string }; response: Status };
  /**
   * `more`: append the next page. `force`: ask Zoho even when the cached list is fresh.
   * Without either, a list younger than the freshness window comes from the cache.
   */
  listTickets: { request: { more?: boolean; force?: boolean; cachedFirst?: boolean }; response: TicketsReply };
  chooseOrganization: { request: { orgId: string }; response: TicketsReply };
  getTicket: { request: { id: string }; response: TicketDetailReply };
  search: { request: { query: string }; response: SearchResult };
  /** Departments, views and counts; `departmentId` null or absent: all departments. */
  getQueue: { request: { departmentId?: string | null; viewsOnly?: boolean }; response: QueueReply };
  /** The agent's own open, on hold, overdue and due-within-the-hour counts. */
  getWorkload: { request: { departmentId?: string | null; refresh?: boolean }; response: WorkloadReply };
  /** The ticket with this number (search by ticket number, so Desk.search.READ), or null. */
  findTicket: { request: { number: string }; response: Ticket | null };
  /** Turns full search on or off: a new authorization with or without Desk.search.READ. */
  setSearch: { request: { enabled: boolean }; response: Status };
  /** Allows or stops Desk.settings.READ for views and departments, the same way as search. */
  setSettingsRead: { request: { enabled: boolean }; response: Status };
  revoke: { request: Record<string, never>; response: RevokeOutcome };
}

export type MessageType = keyof Protocol;

export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Sends a request to the background. Never throws: a dead channel is an 'unexpected' error. */
export async function send<K extends MessageType>(
  type: K,
  request: Protocol[K]['request'] = {} as Protocol[K]['request'],
): Promise<Reply<Protocol[K]['response']>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ ...request, type });
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
      return reply as Reply<Protocol[K]['response']>;
    }
  } catch {
    // Falls through: the background did not answer (reloaded, crashed).
  }
  return { ok: false, error: { code: 'unexpected' } };
}
