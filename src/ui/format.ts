/** Dates as the user's locale writes them. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
