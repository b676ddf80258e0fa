/**
 * Words for every failure, and the next step a user can take. Kept beside the error codes so
 * that a new code without words fails the type check (the Record below is exhaustive).
 */
import { DATA_CENTERS } from './data-centers.ts';
import type { AppError, ErrorCode } from './errors.ts';

/**
 * What the user can do next. 'switch-data-center' means: grant the data center named in the
 * error's `detail`, then sign in there.
 */
export type NextStep = 'sign-in' | 'settings' | 'retry' | 'switch-data-center' | 'none';

export interface ErrorText {
  readonly message: string;
  readonly next: NextStep;
}

const TOKEN_ERRORS: Record<string, string> = {
  invalid_code: 'The sign-in code expired or was already used. Please sign in again.',
  invalid_client:
    'Zoho does not recognise this extension’s client id. Check the client id in settings.',
  invalid_client_secret: 'Zoho refused the client secret. Check it in settings.',
  invalid_redirect_uri:
    'The redirect URI registered for your Zoho client does not match this extension’s. Copy the exact URI from settings into Zoho’s API console.',
  invalid_code_verifier: 'Zoho could not verify this sign-in (PKCE check failed). Please sign in again.',
  access_denied: 'Zoho refused access for this account.',
};

/** Desk errorCodes (zoho-notes.md, "Errors"), each with words and an action. */
const DESK_ERRORS: Record<string, ErrorText> = {
  SCOPE_MISMATCH: {
    message: 'Zoho says this extension’s access does not cover this request. Sign in again to grant read access.',
    next: 'sign-in',
  },
  OAUTH_ORG_MISMATCH: {
    message: 'This sign-in does not belong to the chosen Zoho Desk organization. Sign in again with the right account.',
    next: 'sign-in',
  },
  FORBIDDEN: {
    message: 'Your Zoho Desk role does not allow viewing these tickets. Ask your Desk admin for access.',
    next: 'none',
  },
  LICENSE_ACCESS_LIMITED: {
    message: 'Your Zoho Desk edition or licence does not include API access. Ask your Desk admin.',
    next: 'none',
  },
  THRESHOLD_EXCEEDED: {
    message: 'Your organization has used up today’s Zoho Desk API credits. Try again tomorrow, or ask your Desk admin to raise the limit.',
    next: 'none',
  },
  URL_NOT_FOUND: {
    message: 'Zoho Desk could not find what was asked for: it may have been deleted or moved.',
    next: 'retry',
  },
};

function dataCenterLabel(id: string | undefined): string {
  const dc = DATA_CENTERS.find((candidate) => candidate.id === id);
  return dc ? `${dc.label} (${new URL(dc.accounts).host}, ${new URL(dc.desk).host})` : 'chosen';
}

const TEXT: Record<ErrorCode, (error: AppError) => ErrorText> = {
  no_client_id: () => ({
    message: 'No Zoho client id is configured yet. Add one in settings to sign in.',
    next: 'settings',
  }),
  sign_in_cancelled: () => ({
    message: 'Sign-in cancelled: the Zoho window was closed before access was granted.',
    next: 'sign-in',
  }),
  access_declined: () => ({
    message: 'You declined access, so no tickets can be shown. You can sign in again at any time.',
    next: 'sign-in',
  }),
  sign_in_busy: () => ({
    message: 'A Zoho sign-in window is already open. Finish or close it first.',
    next: 'none',
  }),
  possible_attack: () => ({
    message:
      'The answer from Zoho failed a security check, so it was refused and nothing was exchanged. Please sign in again.',
    next: 'sign-in',
  }),
  host_access_denied: (error) => ({
    message: `Without access to Zoho’s ${dataCenterLabel(error.detail)} data center the extension cannot sign you in. Sign in again and allow it.`,
    next: 'sign-in',
  }),
  other_data_center: (error) => ({
    message: `Your Zoho account is in the ${dataCenterLabel(error.detail)} data center. Allow access to it, then sign in there. Nothing was exchanged yet.`,
    next: 'switch-data-center',
  }),
  token_rejected: (error) => ({
    message:
      (error.detail && TOKEN_ERRORS[error.detail]) ??
      `Zoho refused the sign-in (${error.detail ?? 'unknown error'}). Please try again.`,
    next: error.detail === 'invalid_client' || error.detail === 'invalid_redirect_uri' ? 'settings' : 'sign-in',
  }),
  sign_in_failed: () => ({
    message: 'Zoho answered the sign-in in a way this extension does not understand. Please try again.',
    next: 'sign-in',
  }),
  not_signed_in: () => ({ message: 'You are not signed in to Zoho Desk.', next: 'sign-in' }),
  session_ended: () => ({ message: 'Your Zoho session ended. Sign in again.', next: 'sign-in' }),
  desk_error: (error) =>
    (error.detail && DESK_ERRORS[error.detail]) || {
      message: error.zohoMessage
        ? `Zoho Desk said: ${error.zohoMessage}`
        : `Zoho Desk refused the request (${error.detail ?? 'unknown error'}).`,
      next: 'retry',
    },
  rate_limited: (error) => ({
    message:
      error.retryAfterMs !== undefined && error.retryAfterMs > 0
        ? `Zoho Desk is receiving too many requests. Try again in ${Math.ceil(error.retryAfterMs / 1000)} seconds.`
        : 'Zoho Desk is receiving too many requests. Try again in a minute.',
    next: 'retry',
  }),
  server_error: () => ({
    message: 'Zoho Desk had a problem answering. Try again in a moment.',
    next: 'retry',
  }),
  network: () => ({
    message: 'Zoho could not be reached. Check your connection and try again.',
    next: 'retry',
  }),
  bad_response: () => ({
    message: 'Zoho Desk sent an answer this extension could not read. Try again in a moment.',
    next: 'retry',
  }),
  no_organization: () => ({
    message: 'Your Zoho account has no Zoho Desk organization.',
    next: 'none',
  }),
  unexpected: () => ({
    message: 'Something went wrong inside the extension. Try again.',
    next: 'retry',
  }),
};

export function errorText(error: AppError): ErrorText {
  return TEXT[error.code](error);
}
