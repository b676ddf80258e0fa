/**
 * One Desk API v1 call: `deskGet` adds the headers, handles 204, reads at most MAX_DESK_BYTES,
 * retries as retry.ts says, and maps Zoho's `{errorCode, message}` answers to typed failures
 * (deskFailure). Facts: docs/ZOHO.md, "Desk API v1".
 */
import { jsonOf, MAX_DESK_BYTES, MAX_ERROR_BYTES, readBounded } from './bounded-body.ts';
import type { DeskSite } from './desk-links.ts';
import { AppFailure, fail } from './errors.ts';
import { isRecord, TEXT_LIMITS, textOf } from './parse.ts';
import { retryAfterMs, retryDecision } from './retry.ts';

export interface DeskContext extends DeskSite {
  /** The Desk origin of the user's data center, e.g. https://desk.zoho.eu. */
  readonly deskUrl: string;
  readonly token: string;
  /** Required on every call but /organizations. */
  readonly orgId?: string;
  readonly fetch?: typeof fetch;
  /** Defaults to DESK_TIMEOUT_MS. */
  readonly timeoutMs?: number;
}

/** No answer within this time counts as a network failure: the popup says "offline". */
export const DESK_TIMEOUT_MS = 10_000;

/**
 * Maps a Desk error answer to a failure. `body` is the parsed JSON, or undefined;
 * `retryAfter` the Retry-After header, which Zoho may or may not send with a 429.
 */
export function deskFailure(status: number, body: unknown, retryAfter: string | null = null): never {
  const errorCode = isRecord(body) ? textOf(body['errorCode']) : null;
  const zohoMessage = (isRecord(body) ? textOf(body['message'], TEXT_LIMITS.line) : null) ?? undefined;
  const extra = zohoMessage ? { zohoMessage } : {};
  const wait = retryAfterMs(retryAfter);
  const rateExtra = wait === null ? extra : { ...extra, retryAfterMs: wait };
  switch (errorCode) {
    case 'INVALID_OAUTH':
    case 'UNAUTHORIZED':
      return fail('session_ended', { detail: errorCode, ...extra });
    case 'TOO_MANY_REQUESTS':
      return fail('rate_limited', { detail: errorCode, ...rateExtra });
    case 'INTERNAL_SERVER_ERROR':
      return fail('server_error', { detail: errorCode, ...extra });
    case null:
      break;
    default:
      return fail('desk_error', { detail: errorCode, ...extra });
  }
  if (status === 401) return fail('session_ended', { detail: `HTTP ${status}` });
  if (status === 429) return fail('rate_limited', { detail: `HTTP ${status}`, ...(wait === null ? {} : { retryAfterMs: wait }) });
  if (status >= 500) return fail('server_error', { detail: `HTTP ${status}` });
  return fail('desk_error', { detail: `HTTP ${status}` });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GET a Desk API path. Answers the parsed JSON body, or null for HTTP 204 (Zoho's empty page).
 * A 429 is tried again as Zoho asks (Retry-After) or with backoff, 3 tries in all; a 5xx once
 * (retry.ts). Each call retries on its own, so one failure never repeats its neighbours.
 */
export async function deskGet(ctx: DeskContext, path: string, query: Record<string, string | number> = {}): Promise<unknown> {
  for (let tries = 1; ; tries++) {
    try {
      return await deskGetOnce(ctx, path, query);
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      const decision = retryDecision(error.error.code, tries, error.error.retryAfterMs ?? null);
      if (!decision.retry) throw error;
      await sleep(decision.waitMs);
    }
  }
}

async function deskGetOnce(ctx: DeskContext, path: string, query: Record<string, string | number> = {}): Promise<unknown> {
  const url = new URL(`/api/v1/${path}`, ctx.deskUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = { Authorization: `Zoho-oauthtoken ${ctx.token}` };
  if (ctx.orgId) headers['orgId'] = ctx.orgId;

  let response: Response;
  try {
    response = await (ctx.fetch ?? fetch)(url, {
      headers,
      signal: AbortSignal.timeout(ctx.timeoutMs ?? DESK_TIMEOUT_MS),
      // The token is the only credential: never send cookies of a Zoho web session along.
      credentials: 'omit',
      cache: 'no-store',
      // A redirect is not followed: its request would carry the orgId (and, in older
      // browsers, the token) to wherever the Location names.
      redirect: 'manual',
    });
  } catch {
    return fail('network');
  }
  // Browsers answer a redirect not followed as an opaque one (status 0); Node as the 30x itself.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return fail('desk_redirect', { detail: `HTTP ${response.status}` });
  }
  if (response.status === 204) return null;

  // An error's status says enough on its own: a body too large to read does not hide it.
  const raw = response.ok ? await readBounded(response, MAX_DESK_BYTES) : await readBounded(response, MAX_ERROR_BYTES).catch(() => '');
  const body = jsonOf(raw);
  if (body === undefined && raw !== '' && response.ok) return fail('bad_response', { detail: 'not JSON' });
  const retryAfter = response.headers.get('retry-after');
  if (!response.ok) return deskFailure(response.status, body, retryAfter);
  if (isRecord(body) && textOf(body['errorCode'])) return deskFailure(response.status, body, retryAfter);
  return body;
}
