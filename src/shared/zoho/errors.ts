/**
 * The failures a user can meet, as data. The background turns every exception into one of
 * these before it answers a message, so no stack trace or raw exception text ever reaches a
 * page; `error-text.ts` gives each its words.
 */
export type ErrorCode =
  /** No OAuth client id built in or set in settings. */
  | 'no_client_id'
  /** The user closed the Zoho window. */
  | 'sign_in_cancelled'
  /** The user pressed "Reject" on Zoho's consent page (`error=access_denied`). */
  | 'access_declined'
  /** Another authorization window is already open. */
  | 'sign_in_busy'
  /** The redirect failed a security check (state, code, token server); nothing was exchanged. */
  | 'possible_attack'
  /** The user did not grant host access to the data center; `detail` holds its id. */
  | 'host_access_denied'
  /** Zoho sent the user to another data center than the one granted; `detail` holds its id. */
  | 'other_data_center'
  /** Zoho's token endpoint answered `{"error": …}`; `detail` holds Zoho's code. */
  | 'token_rejected'
  /** The authorization server answered something else than an error or a token. */
  | 'sign_in_failed'
  | 'not_signed_in'
  /** The token expired or was revoked (INVALID_OAUTH, UNAUTHORIZED). */
  | 'session_ended'
  /** Desk answered an errorCode; `detail` holds it, `zohoMessage` Zoho's own words. */
  | 'desk_error'
  | 'rate_limited'
  | 'server_error'
  /** Offline, DNS failure, refused connection or no answer in time. */
  | 'network'
  /** Desk answered with a redirect (30x): not followed, so nothing went to the new location. */
  | 'desk_redirect'
  /** Zoho answered something that is not what its API documents. */
  | 'bad_response'
  /** An answer past the bytes the extension reads (bounded-body.ts); nothing of it was kept. */
  | 'too_large'
  | 'no_organization'
  /** Full search needs Desk.search.READ, which is asked for only when search is turned on. */
  | 'search_not_enabled'
  | 'unexpected';

export interface AppError {
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly zohoMessage?: string;
  /** For rate limits: when Zoho said to come back, in milliseconds. */
  readonly retryAfterMs?: number;
}

/** An exception that carries an AppError, thrown inside the background. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.detail ? `${error.code}: ${error.detail}` : error.code);
    this.name = 'AppFailure';
  }
}

export function fail(code: ErrorCode, extra: Omit<AppError, 'code'> = {}): never {
  throw new AppFailure({ code, ...extra });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.error;
  return { code: 'unexpected' };
}
