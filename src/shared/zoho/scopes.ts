/**
 * The OAuth scopes this extension asks for, and nothing more.
 * Zoho scopes are `Desk.<resource>.<OP>`; one unknown scope name fails the whole authorization
 * (docs/ZOHO.md, "Desk API v1").
 */
export const SCOPES = {
  /** List and read tickets: GET /tickets, GET /tickets/{id}. */
  ticketsRead: 'Desk.tickets.READ',
  /** GET /organizations (to learn the orgId every other call needs) and GET /myinfo. */
  basicRead: 'Desk.basic.READ',
  /** GET /tickets/search: asked for only once the user turns search on (incremental consent). */
  searchRead: 'Desk.search.READ',
  /**
   * GET /views and /myDepartments, where Zoho wants it besides Desk.basic.READ (docs/ZOHO.md,
   * "Scopes"): asked for only once the user allows it in settings. It reads settings, and
   * changes none.
   */
  settingsRead: 'Desk.settings.READ',
} as const;

export const REQUESTED_SCOPES: readonly string[] = [SCOPES.ticketsRead, SCOPES.basicRead];

/** The scopes to ask for: the read-only base, plus those the user turned on in settings. */
export function scopesFor(searchEnabled: boolean, settingsReadEnabled = false): string[] {
  return [...REQUESTED_SCOPES, ...(searchEnabled ? [SCOPES.searchRead] : []), ...(settingsReadEnabled ? [SCOPES.settingsRead] : [])];
}

/** Zoho accepts space- or comma-separated scopes; its own docs and consoles use commas. */
export function scopeParameter(scopes: readonly string[]): string {
  return scopes.join(',');
}
