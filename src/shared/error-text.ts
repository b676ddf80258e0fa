/**
 * Words for every failure, and the next step a user can take. Kept beside the error codes so
 * that a new code without words fails the type check (the Record below is exhaustive).
 */
import type { AppError, ErrorCode } from './errors.ts';

export type NextStep = 'sign-in' | 'settings' | 'retry' | 'none';

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
  desk_error: (error) => ({
    message: error.zohoMessage
      ? `Zoho Desk said: ${error.zohoMessage}`
      : `Zoho Desk refused the request (${error.detail ?? 'unknown error'}).`,
    next: 'retry',
  }),
  rate_limited: () => ({
    message: 'Zoho Desk is receiving too many requests. Try again in a minute.',
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
