/**
 * The sandbox's memory: its switches (options), the codes and tokens it issued, and a log of
 * every request, so tests can check what the extension really sent.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GECKO_ID } from '../../src/shared/build-config.ts';

export interface SandboxOptions {
  /** Lifetime of issued access tokens, in seconds (Zoho: 3600). */
  tokenLifetimeSeconds: number;
  /** Delay before every Desk answer, in milliseconds. */
  deskLatencyMs: number;
  /** When set, the token answer's `expires_in` says this, whatever the token's real lifetime. */
  expiresInSent: unknown;
  /** When set, the token endpoint answers HTTP 200 `{"error": tokenError}`. */
  tokenError: string | null;
  /** When set, the redirect names this `accounts-server` instead of the sandbox's own. */
  redirectAccountsServer: string | null;
  /** When set, the redirect carries this `location` instead of the one its server has. */
  redirectLocation: string | null;
  /** When set, the redirect carries this `iss` (RFC 9207); Zoho's documented redirect has none. */
  redirectIss: string | null;
  /** When true, the redirect carries a state the extension never sent. */
  tamperState: boolean;
  /** When true, the revoke endpoint drops the connection (Zoho unreachable). */
  revokeDown: boolean;
  /** When true, the token endpoint drops the connection. */
  tokenDown: boolean;
  /** When set, the token endpoint answers this, whatever was sent: a body Zoho's contract does not promise. */
  tokenAnswer: { readonly status: number; readonly body: string } | null;
  /** Number of organizations /organizations lists (1 or 2). */
  organizations: number;
  /** Tickets in each organization. */
  ticketCount: number;
  /**
   * What GET /oauth/v2/auth does for a browser that consented before: 'allow' redirects back
   * at once (Zoho's silent re-approval), 'refuse' shows a sign-in page as if the Zoho session
   * had ended, so a non-interactive flow cannot finish.
   */
  silentRenewal: 'allow' | 'refuse';
  /** Fields that replace the newest ticket's, in lists and its detail (absurd times, huge text…). */
  ticketPatch: Record<string, unknown> | null;
  /** Fields that replace every thread's, in the thread list and each thread. */
  threadPatch: Record<string, unknown> | null;
  /** When true, a list answers every ticket it has, and a conversation 300 messages, whatever `limit` asked for. */
  ignoreLimit: boolean;
  /**
   * When true, /views and /myDepartments need both scopes Zoho's OpenAPI file lists for them
   * (Desk.settings.READ and Desk.basic.READ); by default either works, as Zoho's guide says.
   */
  settingsScopesAllRequired: boolean;
  /** Tickets given to another assignee since (ticket id → agent id, or null: unassigned). */
  reassign: Record<string, string | null>;
  /** Tickets whose customer has written since (ticket id → when): the last message is theirs. */
  customerReplied: Record<string, number>;
  /** When set, /myinfo answers this agent id: another person signed in to Zoho. */
  agentIdOverride: string | null;
  /** Answers to play, one per Desk API call, before the real one (401, 429, 500, bad JSON…). */
  deskFaults: DeskFault[];
  /** When true, Desk drops every connection (offline, DNS failure). */
  deskDown: boolean;
  /** Redirect URIs registered for the client; Zoho requires an exact match. */
  redirectUris: string[];
  clientId: string;
}

export interface DeskFault {
  /** Only a call to this path plays the fault (e.g. '/api/v1/tickets'); any call when unset. */
  readonly path?: string;
  readonly status: number;
  /** Sent as `{errorCode, message}` unless `body` is given. */
  readonly errorCode?: string;
  /** A raw body, e.g. something that is not JSON. */
  readonly body?: string;
  readonly retryAfter?: string;
  /** A redirect's Location (with a 30x status). */
  readonly location?: string;
  /** Also revoke the token that was sent, as a token Zoho no longer accepts. */
  readonly invalidateToken?: boolean;
}

export interface LoggedRequest {
  readonly server: 'accounts' | 'desk';
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly form: Record<string, string>;
  readonly authorization: string | null;
  readonly orgId: string | null;
  /** When it arrived (Date.now()). */
  readonly at: number;
}

/** An answer Desk gave of its own (not a played fault), for the contract checks. */
export interface DeskAnswer {
  readonly path: string;
  readonly query: Record<string, string>;
  readonly status: number;
  /** The JSON sent; undefined for an answer without a body (204). */
  readonly body: unknown;
  /** Bent on purpose by a test (patched fields, limits ignored): outside the contract by design. */
  readonly played: boolean;
}

export interface IssuedCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: string[];
  readonly challenge: string;
  readonly method: string;
  readonly expiresAt: number;
  used: boolean;
}

export interface IssuedToken {
  readonly clientId: string;
  readonly scopes: string[];
  readonly expiresAt: number;
  revoked: boolean;
}

export interface PendingConsent {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: string[];
  readonly state: string | null;
  readonly challenge: string;
  readonly method: string;
}

/** The Chrome extension id that a manifest `key` gives: the first 128 bits of its SHA-256, a–p. */
export function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function chromeRedirectUri(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { key: string };
  return `https://${extensionIdFromKey(manifest.key)}.chromiumapp.org/`;
}

/** Firefox's redirect URI: the SHA-1 of the add-on id under extensions.allizom.org. */
export function firefoxRedirectUri(): string {
  return `https://${createHash('sha1').update(GECKO_ID).digest('hex')}.extensions.allizom.org/`;
}

export function defaultOptions(clientId: string): SandboxOptions {
  return {
    tokenLifetimeSeconds: 3600,
    deskLatencyMs: 0,
    expiresInSent: undefined,
    tokenError: null,
    redirectAccountsServer: null,
    redirectLocation: null,
    redirectIss: null,
    tamperState: false,
    silentRenewal: 'allow',
    ticketPatch: null,
    threadPatch: null,
    ignoreLimit: false,
    agentIdOverride: null,
    reassign: {},
    customerReplied: {},
    settingsScopesAllRequired: false,
    deskFaults: [],
    deskDown: false,
    revokeDown: false,
    tokenDown: false,
    tokenAnswer: null,
    organizations: 1,
    ticketCount: 30,
    redirectUris: [chromeRedirectUri(), firefoxRedirectUri()],
    clientId,
  };
}

export class SandboxState {
  options: SandboxOptions;
  readonly codes = new Map<string, IssuedCode>();
  readonly tokens = new Map<string, IssuedToken>();
  readonly consents = new Map<string, PendingConsent>();
  /** Browser sessions (by cookie) and the scopes each has consented to. */
  readonly sessions = new Map<string, Set<string>>();
  readonly log: LoggedRequest[] = [];
  readonly answers: DeskAnswer[] = [];

  constructor(private readonly clientId: string) {
    this.options = defaultOptions(clientId);
  }

  reset(): void {
    this.options = defaultOptions(this.clientId);
    this.codes.clear();
    this.tokens.clear();
    this.consents.clear();
    this.sessions.clear();
    this.log.length = 0;
    this.answers.length = 0;
  }

  configure(partial: Partial<SandboxOptions>): void {
    this.options = { ...this.options, ...partial };
  }
}

export function randomId(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
