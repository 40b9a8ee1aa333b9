/** Dates in Dutch: one formatter for the whole app (`shared/dates/format-date.ts`). */
export { formatDate, formatShortDate, formatMoment } from '../../../shared/dates/format-date';

/** Compares Dutch text the way a Dutch reader sorts it. */
export const dutchCollator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** `1 organisatie`, `2 organisaties`: the one way every screen counts. */
export { countOf, dutchDecimal, dutchNumber, everyMonths, forCount } from '../../../shared/text/plural';
