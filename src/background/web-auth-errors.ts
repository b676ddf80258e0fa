/**
 * identity.launchWebAuthFlow reports failures only as message strings, which differ between
 * browsers (docs/ZOHO.md, "Browser facts"). This maps them to failures a user can act on.
 */
import type { ErrorCode } from '../shared/zoho/errors.ts';

export function webAuthErrorCode(error: unknown): ErrorCode {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: the window was closed. Firefox: "User cancelled or denied access."
  if (/did not approve access|cancell?ed or denied/i.test(message)) return 'sign_in_cancelled';
  // Chrome allows one flow per extension at a time.
  if (/only one web auth flow/i.test(message)) return 'sign_in_busy';
  // Chrome: "Authorization page could not be loaded." (offline, DNS, refused).
  if (/could not be loaded/i.test(message)) return 'network';
  return 'sign_in_failed';
}
