/**
 * When to try a Desk call again. Zoho answers HTTP 429 (TOO_MANY_REQUESTS) when too many
 * calls run at once, with or without `Retry-After`, and 5xx when it has a problem
 * (docs/ZOHO.md, "Errors"). Daily credits are limited, so retries are few and spaced.
 */
import type { ErrorCode } from './errors.ts';
import { count } from './parse.ts';

/** At most this many tries in all for a 429. */
export const MAX_TRIES_RATE_LIMITED = 3;
/** At most this many tries in all for a 5xx: one retry. */
export const MAX_TRIES_SERVER_ERROR = 2;
/** A wait longer than this is not worth holding the popup for: the user is told instead. */
export const MAX_WAIT_MS = 10_000;
const BASE_DELAY_MS = 500;

/** A `Retry-After` further away than this is not believed: it is read as unknown. */
const MAX_RETRY_AFTER_S = 24 * 3600;

/** Reads `Retry-After` (seconds, or an HTTP date) as milliseconds from `now`, or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '' || header.length > 64) return null;
  if (/^\d+$/.test(header.trim())) {
    const seconds = count(header.trim(), MAX_RETRY_AFTER_S);
    return seconds === null ? null : seconds * 1000;
  }
  const at = Date.parse(header);
  return Number.isNaN(at) || at - now > MAX_RETRY_AFTER_S * 1000 ? null : Math.max(0, at - now);
}

/**
 * Exponential backoff with full jitter: a random wait in [0, base * 2^(try - 1)], so that
 * several clients that failed together do not come back together.
 */
export function backoffMs(failedTries: number, random: () => number = Math.random): number {
  return Math.round(random() * BASE_DELAY_MS * 2 ** Math.max(0, failedTries - 1));
}

export interface RetryDecision {
  readonly retry: boolean;
  readonly waitMs: number;
}

/**
 * Whether to try again after `failedTries` tries ended in `code`, and after how long.
 * `hintMs` is the server's Retry-After, if it sent one.
 */
export function retryDecision(
  code: ErrorCode,
  failedTries: number,
  hintMs: number | null,
  random: () => number = Math.random,
): RetryDecision {
  if (code === 'rate_limited' && failedTries < MAX_TRIES_RATE_LIMITED) {
    const waitMs = hintMs ?? backoffMs(failedTries, random);
    return waitMs <= MAX_WAIT_MS ? { retry: true, waitMs } : { retry: false, waitMs };
  }
  if (code === 'server_error' && failedTries < MAX_TRIES_SERVER_ERROR) {
    return { retry: true, waitMs: backoffMs(failedTries, random) };
  }
  return { retry: false, waitMs: 0 };
}
