import { foldText } from '../normalise/name';

/** Words of a text as the search compares them: folded (no accents, lower case), at least one character. */
export function tokenize(text: string): string[] {
  return foldText(text).split(' ').filter((token) => token.length > 0);
}

/** Trigrams of a word, padded so short words and word starts count: "maatje" -> " ma", "maa", ... */
export function trigrams(token: string): string[] {
  const padded = ` ${token} `;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  return grams;
}
