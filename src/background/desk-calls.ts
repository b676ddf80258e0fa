/**
 * Runs Desk calls with the token only the background holds, and keeps them working through
 * what Zoho does: an expiring token is renewed silently before use, an INVALID_OAUTH or
 * UNAUTHORIZED answer gets one silent renewal and one more try (429s and 5xx are retried per
 * call, in desk-fetch.ts). Never a loop: Zoho caps token requests.
 */
import type { DeskContext } from '../shared/zoho/desk-fetch.ts';
import { AppFailure, fail } from '../shared/zoho/errors.ts';
import { renewSilently } from './sign-in.ts';
import { forgetToken, type TokenRecord, tokenItem } from './worker-store.ts';

/** Renew a token that has less than this left, rather than send it and have it refused. */
export const RENEW_MARGIN_MS = 60_000;

function isCode(error: unknown, code: string): boolean {
  return error instanceof AppFailure && error.error.code === code;
}

/** One silent renewal; if Zoho will not renew, the session has ended. */
async function renewed(stale: TokenRecord): Promise<TokenRecord> {
  try {
    await renewSilently(stale);
  } catch (error) {
    // Offline is not the end of a session: keep the token and say so.
    if (isCode(error, 'network')) throw error;
    await forgetToken();
    return fail('session_ended');
  }
  return (await tokenItem.get()) ?? fail('session_ended');
}

const contextOf = (token: TokenRecord): DeskContext => ({ deskUrl: token.deskUrl, token: token.accessToken });

/** `read`: the token as the caller has just read it (null: none), which spares reading it again. */
export async function withDesk<T>(run: (ctx: DeskContext) => Promise<T>, read?: TokenRecord | null): Promise<T> {
  let token = (read === undefined ? await tokenItem.get() : read) ?? fail('not_signed_in');
  let renewedOnce = false;
  if (token.expiresAt - Date.now() < RENEW_MARGIN_MS) {
    token = await renewed(token);
    renewedOnce = true;
  }
  try {
    return await run(contextOf(token));
  } catch (error) {
    if (!isCode(error, 'session_ended')) throw error;
    if (renewedOnce) {
      await forgetToken();
      throw error;
    }
  }
  token = await renewed(token);
  try {
    return await run(contextOf(token));
  } catch (error) {
    if (isCode(error, 'session_ended')) await forgetToken();
    throw error;
  }
}
