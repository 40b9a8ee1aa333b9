import { foldText } from '../normalise/name';

/** Words as typed, folded (no accents, lower case): what an explanation quotes back. */
export function typedWords(text: string): string[] {
  return foldText(text).split(' ').filter((word) => word.length > 0);
}

/**
 * Words of a text as the search compares them: folded, and "ij" read as "y",
 * since Dutch writes the same name both ways (Bijl, Byl; Meijer, Meyer).
 * Applied to the records and the query alike.
 */
export function tokenize(text: string): string[] {
  return typedWords(text).map((word) => word.replace(/ij/g, 'y'));
}

/** Trigrams of a word, padded so short words and word starts count: "maatje" -> " ma", "maa", ... */
export function trigrams(token: string): string[] {
  const padded = ` ${token} `;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  return grams;
}
