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
} as const;

export const REQUESTED_SCOPES: readonly string[] = [SCOPES.ticketsRead, SCOPES.basicRead];

/** The scopes to ask for: the read-only base, plus search only when the user turned it on. */
export function scopesFor(searchEnabled: boolean): string[] {
  return searchEnabled ? [...REQUESTED_SCOPES, SCOPES.searchRead] : [...REQUESTED_SCOPES];
}

/** Zoho accepts space- or comma-separated scopes; its own docs and consoles use commas. */
export function scopeParameter(scopes: readonly string[]): string {
  return scopes.join(',');
}
