/**
 * Runs Desk calls with the token only the background holds, and keeps them working through
 * what Zoho does: an expiring token is renewed silently before use, an INVALID_OAUTH or
 * UNAUTHORIZED answer gets one silent renewal and one more try, a 429 is retried as Zoho asks
 * (or with backoff), a 5xx once. Never a loop: Zoho caps token requests and API credits.
 */
import type { DeskContext } from '../shared/desk-api.ts';
import { AppFailure, fail } from '../shared/errors.ts';
import { retryDecision } from '../shared/retry.ts';
import { forgetToken, tokenItem, type TokenRecord } from './session.ts';
import { renewSilently } from './sign-in.ts';

/** Renew a token that has less than this left, rather than send it and have it refused. */
export const RENEW_MARGIN_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isCode(error: unknown, code: string): boolean {
  return error instanceof AppFailure && error.error.code === code;
}

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      const decision = retryDecision(error.error.code, tries, error.error.retryAfterMs ?? null);
      if (!decision.retry) throw error;
      await sleep(decision.waitMs);
    }
  }
}

/** One silent renewal; if Zoho will not renew, the session has ended. */
async function renewed(stale: TokenRecord): Promise<TokenRecord> {
  try {
    await renewSilently(stale);
  } catch {
    await forgetToken();
    return fail('session_ended');
  }
  return (await tokenItem.get()) ?? fail('session_ended');
}

const contextOf = (token: TokenRecord): DeskContext => ({ deskUrl: token.deskUrl, token: token.accessToken });

export async function withDesk<T>(run: (ctx: DeskContext) => Promise<T>): Promise<T> {
  let token = (await tokenItem.get()) ?? fail('not_signed_in');
  let renewedOnce = false;
  if (token.expiresAt - Date.now() < RENEW_MARGIN_MS) {
    token = await renewed(token);
    renewedOnce = true;
  }
  try {
    return await withRetries(() => run(contextOf(token)));
  } catch (error) {
    if (!isCode(error, 'session_ended')) throw error;
    if (renewedOnce) {
      await forgetToken();
      throw error;
    }
  }
  token = await renewed(token);
  try {
    return await withRetries(() => run(contextOf(token)));
  } catch (error) {
    if (isCode(error, 'session_ended')) await forgetToken();
    throw error;
  }
}
