/** Dates as the user's locale writes them. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** HH:MM in the user's locale, for "showing tickets from 10:42". */
export function formatTime(ms: number): string {
  return timeOnly.format(ms);
}
