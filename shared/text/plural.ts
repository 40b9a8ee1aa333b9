/**
 * A count with its noun in the right Dutch number: the one helper for every
 * "1 bezoek" / "2 bezoeken" in the app, the CLI and the logs.
 *
 * @example countOf(1, 'bezoek', 'bezoeken') // '1 bezoek'
 */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${forCount(count, one, many)}`;
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
