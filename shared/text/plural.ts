const dutchNumbers = new Intl.NumberFormat('nl-NL');

/** A number as Dutch writes it: "16.404", "2,5". */
export function dutchNumber(value: number): string {
  return dutchNumbers.format(value);
}

const dutchDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mean as Dutch writes it, always with one decimal so a column reads evenly: "5,0", "5,4". */
export function dutchDecimal(value: number): string {
  return dutchDecimals.format(value);
}

/**
 * A count with its noun in the right Dutch number: the one helper for every
 * "1 bezoek" / "2 bezoeken" in the app, the CLI and the logs.
 *
 * @example countOf(1, 'bezoek', 'bezoeken') // '1 bezoek'
 * @example countOf(16404, 'contactpersoon', 'contactpersonen') // '16.404 contactpersonen'
 */
export function countOf(count: number, one: string, many: string): string {
  return `${dutchNumber(count)} ${forCount(count, one, many)}`;
}

/**
 * The word that agrees with a count shown elsewhere in the sentence: a verb
 * ("bestaat"/"bestaan") or a noun whose number stands apart.
 *
 * @example `${countOf(n, 'organisatie', 'organisaties')} ${forCount(n, 'bestond', 'bestonden')} al`
 */
export function forCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A rhythm in words: "elke maand", "elke 3 maanden". */
export function everyMonths(months: number): string {
  return months === 1 ? 'elke maand' : `elke ${countOf(months, 'maand', 'maanden')}`;
}
