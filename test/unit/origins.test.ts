import { describe, expect, it } from 'vitest';
import { checkedOrigin, hostPattern, originOrUndefined } from '../../src/shared/zoho/origins.ts';
import { scopeParameter, scopesFor } from '../../src/shared/zoho/scopes.ts';

describe('checkedOrigin', () => {
  it('accepts https origins and normalises them', () => {
    expect(checkedOrigin('https://accounts.zoho.eu/', 'x')).toBe('https://accounts.zoho.eu');
    expect(checkedOrigin('HTTPS://Desk.Zoho.com', 'x')).toBe('https://desk.zoho.com');
  });

  it('accepts http only for loopback hosts', () => {
    expect(checkedOrigin('http://127.0.0.1:4010', 'x')).toBe('http://127.0.0.1:4010');
    expect(checkedOrigin('http://localhost:8080/', 'x')).toBe('http://localhost:8080');
    expect(() => checkedOrigin('http://accounts.zoho.com', 'VITE_ZOHO_ACCOUNTS_URL')).toThrow(/VITE_ZOHO_ACCOUNTS_URL must use https/);
    expect(() => checkedOrigin('http://192.168.1.5', 'x')).toThrow(/https/);
  });

  it('refuses paths, queries, credentials and other schemes', () => {
    expect(() => checkedOrigin('https://accounts.zoho.com/oauth', 'x')).toThrow(/origin only/);
    expect(() => checkedOrigin('https://accounts.zoho.com/?a=1', 'x')).toThrow(/origin only/);
    expect(() => checkedOrigin('https://user:pw@accounts.zoho.com', 'x')).toThrow(/credentials/);
    expect(() => checkedOrigin('https://user@accounts.zoho.com', 'x')).toThrow(/credentials/);
    expect(() => checkedOrigin('https://:pw@accounts.zoho.com', 'x')).toThrow(/credentials/);
    expect(() => checkedOrigin('ftp://files.zoho.com', 'Desk')).toThrow('Desk must be an http(s) origin, got ftp:');
    expect(() => checkedOrigin('wss://127.0.0.1:4011', 'Desk')).toThrow('Desk must be an http(s) origin, got wss:');
    expect(() => checkedOrigin('javascript:alert(1)', 'x')).toThrow();
    expect(() => checkedOrigin('not a url', 'x')).toThrow(/not a URL/);
  });

  it('has a non-throwing form', () => {
    expect(originOrUndefined('https://accounts.zoho.in')).toBe('https://accounts.zoho.in');
    expect(originOrUndefined('ftp://accounts.zoho.in')).toBeUndefined();
    expect(originOrUndefined(null)).toBeUndefined();
    expect(originOrUndefined('')).toBeUndefined();
    expect(originOrUndefined('https://accounts.zoho.in/path')).toBeUndefined();
    expect(originOrUndefined('http://localhost:4010')).toBe('http://localhost:4010');
  });
});

describe('hostPattern', () => {
  it('drops the port, which match patterns cannot carry in Firefox', () => {
    expect(hostPattern('http://127.0.0.1:4010')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://desk.zoho.com.au')).toBe('https://desk.zoho.com.au/*');
  });
});

describe('scopesFor', () => {
  it('asks for the read-only base, and each optional scope only when turned on', () => {
    expect(scopesFor(false)).toEqual(['Desk.tickets.READ', 'Desk.basic.READ']);
    expect(scopesFor(false, false)).toEqual(['Desk.tickets.READ', 'Desk.basic.READ']);
    expect(scopesFor(true)).toEqual(['Desk.tickets.READ', 'Desk.basic.READ', 'Desk.search.READ']);
    expect(scopesFor(false, true)).toEqual(['Desk.tickets.READ', 'Desk.basic.READ', 'Desk.settings.READ']);
    expect(scopeParameter(scopesFor(true, true))).toBe('Desk.tickets.READ,Desk.basic.READ,Desk.search.READ,Desk.settings.READ');
  });
});
