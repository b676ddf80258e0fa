/**
 * Words for every failure, and the next step a user can take. The Record below is exhaustive,
 * so a new error code without words fails the type check; the words live in _locales.
 */
import { DATA_CENTERS } from '../zoho/data-centers.ts';
import type { AppError, ErrorCode } from '../zoho/errors.ts';
import { type MessageKey, t, tn } from './i18n.ts';

/**
 * What the user can do next. 'switch-data-center' means: grant the data center named in the
 * error's `detail`, then sign in there.
 */
export type NextStep = 'sign-in' | 'settings' | 'retry' | 'switch-data-center' | 'none';

export interface ErrorText {
  readonly message: string;
  readonly next: NextStep;
}

/** Token endpoint errors that Zoho answers with HTTP 200 `{"error": …}`. */
const TOKEN_ERRORS: Record<string, MessageKey> = {
  invalid_code: 'err_token_invalid_code',
  invalid_client: 'err_token_invalid_client',
  invalid_client_secret: 'err_token_invalid_client_secret',
  invalid_redirect_uri: 'err_token_invalid_redirect_uri',
  invalid_code_verifier: 'err_token_invalid_code_verifier',
  access_denied: 'err_token_access_denied',
};

/** Desk errorCodes (docs/ZOHO.md, "Errors"), each with words and an action. */
const DESK_ERRORS: Record<string, [MessageKey, NextStep]> = {
  SCOPE_MISMATCH: ['err_desk_SCOPE_MISMATCH', 'sign-in'],
  OAUTH_ORG_MISMATCH: ['err_desk_OAUTH_ORG_MISMATCH', 'sign-in'],
  FORBIDDEN: ['err_desk_FORBIDDEN', 'none'],
  LICENSE_ACCESS_LIMITED: ['err_desk_LICENSE_ACCESS_LIMITED', 'none'],
  THRESHOLD_EXCEEDED: ['err_desk_THRESHOLD_EXCEEDED', 'none'],
  URL_NOT_FOUND: ['err_desk_URL_NOT_FOUND', 'retry'],
};

/** "Europe (accounts.zoho.eu, desk.zoho.eu)", in the user's language. */
export function dataCenterName(id: string | undefined): string {
  const dc = DATA_CENTERS.find((candidate) => candidate.id === id);
  if (!dc) return id ?? '';
  return `${t(`dc_${dc.id}` as MessageKey)} (${new URL(dc.accounts).host}, ${new URL(dc.desk).host})`;
}

const say = (key: MessageKey, next: NextStep, ...subs: (string | number)[]): ErrorText => ({ message: t(key, ...subs), next });

const TEXT: Record<ErrorCode, (error: AppError) => ErrorText> = {
  no_client_id: () => say('err_no_client_id', 'settings'),
  sign_in_cancelled: () => say('err_sign_in_cancelled', 'sign-in'),
  access_declined: () => say('err_access_declined', 'sign-in'),
  sign_in_busy: () => say('err_sign_in_busy', 'none'),
  possible_attack: () => say('err_possible_attack', 'sign-in'),
  host_access_denied: (error) => say('err_host_access_denied', 'sign-in', dataCenterName(error.detail)),
  other_data_center: (error) => say('err_other_data_center', 'switch-data-center', dataCenterName(error.detail)),
  token_rejected: (error) => {
    const key = error.detail ? TOKEN_ERRORS[error.detail] : undefined;
    const next = error.detail === 'invalid_client' || error.detail === 'invalid_redirect_uri' ? 'settings' : 'sign-in';
    return key ? say(key, next) : say('err_token_generic', next, error.detail ?? '?');
  },
  sign_in_failed: () => say('err_sign_in_failed', 'sign-in'),
  not_signed_in: () => say('err_not_signed_in', 'sign-in'),
  session_ended: () => say('err_session_ended', 'sign-in'),
  desk_error: (error) => {
    const known = error.detail ? DESK_ERRORS[error.detail] : undefined;
    if (known) return say(known[0], known[1]);
    if (error.zohoMessage) return say('err_desk_said', 'retry', error.zohoMessage);
    return say('err_desk_generic', 'retry', error.detail ?? '?');
  },
  rate_limited: (error) =>
    error.retryAfterMs !== undefined && error.retryAfterMs > 0
      ? { message: tn('err_rate_limited_wait', Math.ceil(error.retryAfterMs / 1000)), next: 'retry' }
      : say('err_rate_limited', 'retry'),
  server_error: () => say('err_server_error', 'retry'),
  network: () => say('err_network', 'retry'),
  desk_redirect: () => say('err_desk_redirect', 'retry'),
  bad_response: () => say('err_bad_response', 'retry'),
  too_large: () => say('err_too_large', 'none'),
  no_organization: () => say('err_no_organization', 'none'),
  search_not_enabled: () => say('err_search_not_enabled', 'settings'),
  unexpected: () => say('err_unexpected', 'retry'),
};

export function errorText(error: AppError): ErrorText {
  return TEXT[error.code](error);
}
