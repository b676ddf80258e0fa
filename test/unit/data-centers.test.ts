import { describe, expect, it } from 'vitest';
import { resolveBuildConfig } from '../../src/shared/build-config.ts';
import { DATA_CENTERS, dataCenterByAccounts } from '../../src/shared/zoho/data-centers.ts';

describe('data centers', () => {
  it('pairs each accounts server with the Desk host of the same domain', () => {
    expect(DATA_CENTERS).toHaveLength(9);
    for (const dc of DATA_CENTERS) {
      expect(dc.accounts).toMatch(/^https:\/\/accounts\./);
      expect(dc.desk).toBe(dc.accounts.replace('https://accounts.', 'https://desk.'));
      expect(dataCenterByAccounts(dc.accounts)).toBe(dc);
    }
    expect(new Set(DATA_CENTERS.map((dc) => dc.id)).size).toBe(DATA_CENTERS.length);
  });

  it('knows Canada lives on zohocloud.ca, not zoho.ca', () => {
    expect(DATA_CENTERS.find((dc) => dc.id === 'ca')?.accounts).toBe('https://accounts.zohocloud.ca');
    expect(dataCenterByAccounts('https://accounts.zoho.ca')).toBeUndefined();
  });
});

describe('build configuration', () => {
  it('defaults to the US data center', () => {
    expect(resolveBuildConfig({})).toEqual({
      clientId: '',
      accountsUrl: 'https://accounts.zoho.com',
      deskUrl: 'https://desk.zoho.com',
    });
  });

  it('derives the Desk host from the accounts server', () => {
    expect(resolveBuildConfig({ VITE_ZOHO_ACCOUNTS_URL: 'https://accounts.zoho.eu/' }).deskUrl).toBe('https://desk.zoho.eu');
  });

  it('takes an explicit Desk origin, and needs one for a non-Zoho accounts server', () => {
    expect(
      resolveBuildConfig({
        VITE_ZOHO_CLIENT_ID: ' 1000.ABC ',
        VITE_ZOHO_ACCOUNTS_URL: 'http://127.0.0.1:4010',
        VITE_ZOHO_DESK_URL: 'http://127.0.0.1:4011',
      }),
    ).toEqual({ clientId: '1000.ABC', accountsUrl: 'http://127.0.0.1:4010', deskUrl: 'http://127.0.0.1:4011' });
    expect(() => resolveBuildConfig({ VITE_ZOHO_ACCOUNTS_URL: 'http://127.0.0.1:4010' })).toThrow(/set VITE_ZOHO_DESK_URL/);
  });

  it('fails on an origin that is not https or loopback', () => {
    expect(() => resolveBuildConfig({ VITE_ZOHO_DESK_URL: 'http://desk.example.com' })).toThrow(/VITE_ZOHO_DESK_URL must use https/);
  });
});
