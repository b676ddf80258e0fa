import { describe, expect, it } from 'vitest';
import { webAuthErrorCode } from '../../src/background/web-auth-errors.ts';
import { errorText } from '../../src/shared/words/error-text.ts';
import type { ErrorCode } from '../../src/shared/zoho/errors.ts';

const ALL_CODES: ErrorCode[] = [
  'no_client_id',
  'sign_in_cancelled',
  'access_declined',
  'sign_in_busy',
  'possible_attack',
  'token_rejected',
  'sign_in_failed',
  'not_signed_in',
  'session_ended',
  'desk_error',
  'rate_limited',
  'server_error',
  'network',
  'bad_response',
  'no_organization',
  'unexpected',
];

describe('errorText', () => {
  it('gives every failure a sentence, not a code or a stack', () => {
    for (const code of ALL_CODES) {
      const { message } = errorText({ code });
      expect(message.length).toBeGreaterThan(15);
      expect(message).not.toMatch(/\bat \w+ \(|Error:|undefined|_/);
    }
  });

  it('has words for each token endpoint error Zoho sends with HTTP 200', () => {
    expect(errorText({ code: 'token_rejected', detail: 'invalid_code' }).message).toMatch(/expired or was already used/);
    expect(errorText({ code: 'token_rejected', detail: 'invalid_client' })).toEqual({
      message: expect.stringMatching(/client id/),
      next: 'settings',
    });
    expect(errorText({ code: 'token_rejected', detail: 'invalid_redirect_uri' }).message).toMatch(/redirect URI/);
    expect(errorText({ code: 'token_rejected', detail: 'invalid_code_verifier' }).message).toMatch(/PKCE/);
    expect(errorText({ code: 'token_rejected', detail: 'brand_new_error' }).message).toMatch(/brand_new_error/);
  });

  it('shows Zoho’s own message for Desk codes it has no words for', () => {
    expect(errorText({ code: 'desk_error', detail: 'SOMETHING', zohoMessage: 'Ask your admin' }).message).toBe(
      'Zoho Desk said: Ask your admin',
    );
  });

  it('tells the user the session ended in the words the issue asks for', () => {
    expect(errorText({ code: 'session_ended' })).toEqual({ message: 'Your Zoho session ended. Sign in again.', next: 'sign-in' });
  });
});

describe('webAuthErrorCode', () => {
  it('reads Chrome’s and Firefox’s messages', () => {
    expect(webAuthErrorCode(new Error('The user did not approve access.'))).toBe('sign_in_cancelled');
    expect(webAuthErrorCode(new Error('User cancelled or denied access.'))).toBe('sign_in_cancelled');
    expect(webAuthErrorCode(new Error('Only one web auth flow is allowed at a time.'))).toBe('sign_in_busy');
    expect(webAuthErrorCode(new Error('Authorization page could not be loaded.'))).toBe('network');
    expect(webAuthErrorCode('something else')).toBe('sign_in_failed');
  });
});
