/**
 * Folds a name or search text for comparison: lower case, accents removed
 * (coördinator -> coordinator, Taalcafé -> taalcafe), punctuation as spaces.
 *
 * @example foldText('Stichting Buurtwerk-Noord') // 'stichting buurtwerk noord'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}
