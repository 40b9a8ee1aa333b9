/** Dutch display formats (nl-NL). */
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

/** Compares Dutch text the way a Dutch reader sorts it. */
export const dutchCollator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** `1 organisatie`, `2 organisaties`: the one way every screen counts. */
export { countOf } from '../../../shared/text/plural';
