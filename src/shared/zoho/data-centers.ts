/**
 * Zoho's data centers: where sign-in happens and where the Desk API answers.
 * Source: docs/ZOHO.md ("Data centers"). The redirect's `location` parameter uses
 * the ids below; `api_domain` from the token answer (www.zohoapis.*) is not the Desk host.
 */
export interface DataCenter {
  /** Zoho's `location` value. */
  readonly id: string;
  readonly label: string;
  readonly accounts: string;
  readonly desk: string;
}

/** Where sign-in starts when nothing else is configured. */
export const DEFAULT_DATA_CENTER: DataCenter = {
  id: 'us',
  label: 'United States',
  accounts: 'https://accounts.zoho.com',
  desk: 'https://desk.zoho.com',
};

export const DATA_CENTERS: readonly DataCenter[] = [
  DEFAULT_DATA_CENTER,
  { id: 'eu', label: 'Europe', accounts: 'https://accounts.zoho.eu', desk: 'https://desk.zoho.eu' },
  { id: 'in', label: 'India', accounts: 'https://accounts.zoho.in', desk: 'https://desk.zoho.in' },
  { id: 'au', label: 'Australia', accounts: 'https://accounts.zoho.com.au', desk: 'https://desk.zoho.com.au' },
  { id: 'jp', label: 'Japan', accounts: 'https://accounts.zoho.jp', desk: 'https://desk.zoho.jp' },
  { id: 'ca', label: 'Canada', accounts: 'https://accounts.zohocloud.ca', desk: 'https://desk.zohocloud.ca' },
  { id: 'sa', label: 'Saudi Arabia', accounts: 'https://accounts.zoho.sa', desk: 'https://desk.zoho.sa' },
  // Zoho's notes mark desk.zoho.uk as unverified; it follows the pattern of every other DC.
  { id: 'uk', label: 'United Kingdom', accounts: 'https://accounts.zoho.uk', desk: 'https://desk.zoho.uk' },
  { id: 'cn', label: 'China', accounts: 'https://accounts.zoho.com.cn', desk: 'https://desk.zoho.com.cn' },
];

export function dataCenterByAccounts(origin: string): DataCenter | undefined {
  return DATA_CENTERS.find((dc) => dc.accounts === origin);
}

/** Every production origin the extension could ever need, for optional host permissions. */
export function allZohoOrigins(): string[] {
  return DATA_CENTERS.flatMap((dc) => [dc.accounts, dc.desk]);
}
