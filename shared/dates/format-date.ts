/**
 * The one way Spinweb writes a date for the broker, in Dutch whatever the
 * machine's language: screens, messages, the change log's summaries and the
 * feedback text all use these.
 */
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2026-03-14` -> `14 maart 2026`. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** `2026-03-14` -> `14 mrt 2026`, for tables. */
export function formatShortDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const moment = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `2026-11-29T09:02:00.000Z` -> `29 november 2026 om 10:02`, on the broker's own clock (her timezone). */
export function formatMoment(isoMoment: string): string {
  return moment.format(new Date(isoMoment));
}
