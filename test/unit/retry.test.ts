import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_WAIT_MS, retryAfterMs, retryDecision } from '../../src/shared/zoho/retry.ts';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(' 0 ')).toBe(0);
    const now = Date.UTC(2026, 10, 29, 10, 0, 0);
    expect(retryAfterMs('Sun, 29 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Sun, 29 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('')).toBeNull();
  });

  it('reads an absurd wait as unknown', () => {
    const now = Date.UTC(2026, 10, 29, 10, 0, 0);
    expect(retryAfterMs('99999999999999999999999')).toBeNull();
    expect(retryAfterMs(String(24 * 3600 + 1))).toBeNull();
    expect(retryAfterMs('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBeNull();
  });
});

describe('backoffMs', () => {
  it('doubles its ceiling with each failure, with full jitter', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, () => 1))).toEqual([500, 1000, 2000]);
    expect(backoffMs(3, () => 0)).toBe(0);
    expect(backoffMs(2, () => 0.5)).toBe(500);
  });
});

describe('retryDecision', () => {
  const half = () => 0.5;

  it('retries a 429 at most three tries in all, as Retry-After says when it says', () => {
    expect(retryDecision('rate_limited', 1, 2000, half)).toEqual({ retry: true, waitMs: 2000 });
    expect(retryDecision('rate_limited', 1, null, half)).toEqual({ retry: true, waitMs: 250 });
    expect(retryDecision('rate_limited', 2, null, half)).toEqual({ retry: true, waitMs: 500 });
    expect(retryDecision('rate_limited', 3, null, half).retry).toBe(false);
  });

  it('does not hold the user for a Retry-After longer than the popup can wait', () => {
    expect(retryDecision('rate_limited', 1, MAX_WAIT_MS + 1, half)).toEqual({ retry: false, waitMs: MAX_WAIT_MS + 1 });
  });

  it('retries a 5xx once', () => {
    expect(retryDecision('server_error', 1, null, half).retry).toBe(true);
    expect(retryDecision('server_error', 2, null, half).retry).toBe(false);
  });

  it('never retries anything else', () => {
    for (const code of ['session_ended', 'desk_error', 'network', 'bad_response'] as const) {
      expect(retryDecision(code, 1, null, half).retry).toBe(false);
    }
  });
});
