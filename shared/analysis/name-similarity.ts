import { foldText } from '../normalise/name';
import { boundedEditDistance } from '../search/edit-distance';

// Words that say little about which organisation it is.
const fillerWords = new Set(['stichting', 'vereniging', 'de', 'het', 'van', 'der', 'den', 'een', 'en', 'bv', 'b v']);

function coreWords(name: string): string[] {
  return foldText(name)
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word));
}

/** A name as the comparison reads it: its core words, and those run together. Made once per record, not once per pair. */
export interface NameKey {
  words: string[];
  joined: string;
}

export function nameKey(name: string): NameKey {
  const words = coreWords(name);
  return { words, joined: words.join('') };
}

/**
 * How alike two names are, 0..1, forgiving what people vary when they type
 * a name: accents, case, word order, filler words ("Stichting Buurtwerk
 * Noord" / "Buurtwerk Noord"), a typo, an initial for a first name
 * ("F. de Wit" / "Femke de Wit"), words run together ("Vrijwilligers Centrale").
 */
export function nameSimilarity(left: string, right: string): number {
  return keySimilarity(nameKey(left), nameKey(right));
}

/** `nameSimilarity` of names read once: what comparing many pairs uses (a 10,000-row import compares hundreds of thousands). */
export function keySimilarity(left: NameKey, right: NameKey): number {
  const a = left.words;
  const b = right.words;
  if (a.length === 0 || b.length === 0) return 0;
  const joinedA = left.joined;
  const joinedB = right.joined;
  if (joinedA === joinedB) return 1;
  const longest = Math.max(joinedA.length, joinedB.length);
  const distance = boundedEditDistance(joinedA, joinedB, Math.ceil(longest * 0.25));
  const bySpelling = distance > Math.ceil(longest * 0.25) ? 0 : 1 - distance / longest;
  // Word by word, where a single letter matches a word it begins (an initial).
  const matches = (word: string, other: string) => word === other || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const matched = shorter.filter((word) => longer.some((other) => matches(word, other))).length;
  const byWords = matched === shorter.length ? 0.9 * (shorter.length / longer.length) + (shorter.length === longer.length ? 0.05 : 0) : 0;
  return Math.max(bySpelling, byWords);
}
