import { describe, expect, it } from 'vitest';
import { RENEW_MARGIN_MS } from '../../src/background/desk-calls.ts';
import {
  checkLocation,
  chooseTokenServer,
  DEFAULT_LIFETIME_S,
  deskUrlFor,
  MAX_LIFETIME_S,
  MIN_LIFETIME_S,
  tokenLifetimeSeconds,
} from '../../src/background/token-server.ts';
import type { BuildConfig } from '../../src/shared/build-config.ts';
import { AppFailure } from '../../src/shared/zoho/errors.ts';

const config: BuildConfig = { clientId: 'c', accountsUrl: 'http://127.0.0.1:4010', deskUrl: 'http://127.0.0.1:4011' };
const redirect = (accountsServer?: string) => {
  const url = new URL('https://id.chromiumapp.org/?code=1&state=s');
  if (accountsServer !== undefined) url.searchParams.set('accounts-server', accountsServer);
  return url;
};

/** The refusal's code and detail, as `code: detail`. */
function refused(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return `${error.error.code}: ${error.error.detail}`;
    throw error;
  }
  return undefined;
}

describe('chooseTokenServer', () => {
  it('uses the configured accounts URL when the redirect names none', () => {
    expect(chooseTokenServer(redirect(), config)).toBe('http://127.0.0.1:4010');
  });

  it('accepts the configured server and every Zoho data center', () => {
    expect(chooseTokenServer(redirect('http://127.0.0.1:4010'), config)).toBe('http://127.0.0.1:4010');
    expect(chooseTokenServer(redirect('https://accounts.zoho.eu'), config)).toBe('https://accounts.zoho.eu');
    expect(chooseTokenServer(redirect('https://accounts.zohocloud.ca/'), config)).toBe('https://accounts.zohocloud.ca');
  });

  it.each([
    'https://evil.example.com',
    'https://accounts.zoho.com.evil.example',
    'http://accounts.zoho.com',
    'https://accounts.zoho.com/oauth/v2/token',
    'javascript:alert(1)',
    '',
  ])('refuses %j as a possible attack', (claimed) => {
    expect(refused(() => chooseTokenServer(redirect(claimed), config))).toBe('possible_attack: unknown accounts-server');
  });
});

describe('deskUrlFor', () => {
  it('pairs the configured accounts server with the configured Desk, and a DC with its own', () => {
    expect(deskUrlFor('http://127.0.0.1:4010', config)).toBe('http://127.0.0.1:4011');
    expect(deskUrlFor('https://accounts.zoho.jp', config)).toBe('https://desk.zoho.jp');
    expect(refused(() => deskUrlFor('https://evil.example.com', config))).toBe('possible_attack: unknown accounts-server');
  });
});

describe('checkLocation', () => {
  const withLocation = (location: string) => {
    const url = redirect('https://accounts.zoho.eu');
    url.searchParams.set('location', location);
    return url;
  };

  it('accepts a location that names the accounts-server’s own data center', () => {
    expect(refused(() => checkLocation(withLocation('eu'), 'https://accounts.zoho.eu'))).toBeUndefined();
    expect(refused(() => checkLocation(redirect(), 'https://accounts.zoho.eu'))).toBeUndefined();
  });

  it('refuses a location that names another data center', () => {
    const disagree = 'possible_attack: location disagrees with accounts-server';
    expect(refused(() => checkLocation(withLocation('us'), 'https://accounts.zoho.eu'))).toBe(disagree);
    expect(refused(() => checkLocation(withLocation('eu'), 'https://accounts.zoho.com'))).toBe(disagree);
  });

  it('has nothing to compare for the configured test server', () => {
    expect(refused(() => checkLocation(withLocation('us'), 'http://127.0.0.1:4010'))).toBeUndefined();
  });
});

describe('tokenLifetimeSeconds', () => {
  it('believes Zoho’s hour, and clamps the rest', () => {
    expect(tokenLifetimeSeconds(3600)).toBe(3600);
    expect(tokenLifetimeSeconds('3600')).toBe(3600);
    expect(tokenLifetimeSeconds(undefined)).toBe(DEFAULT_LIFETIME_S);
    expect(tokenLifetimeSeconds('soon')).toBe(DEFAULT_LIFETIME_S);
    expect(tokenLifetimeSeconds(Number.NaN)).toBe(DEFAULT_LIFETIME_S);
    expect(tokenLifetimeSeconds(0)).toBe(MIN_LIFETIME_S);
    expect(tokenLifetimeSeconds(-3600)).toBe(MIN_LIFETIME_S);
    expect(tokenLifetimeSeconds(1e300)).toBe(MAX_LIFETIME_S);
  });

  it('never gives a lifetime that a renewal margin would eat at once', () => {
    expect(MIN_LIFETIME_S * 1000).toBeGreaterThan(RENEW_MARGIN_MS * 2);
  });
});
