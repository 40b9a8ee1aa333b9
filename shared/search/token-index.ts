import { boundedEditDistance } from './edit-distance';
import { present } from '../invariants/present';
import { searchFields, type SearchDocument, type SearchField } from './search-document';
import { tokenize, trigrams } from './tokenize';

/** Which fields of a document a word occurs in, as bits in the order of `searchFields`. */
export type FieldMask = number;

export function fieldBit(field: SearchField): number {
  return 1 << searchFields.indexOf(field);
}

/** How many typing errors a word of this length may have and still match. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * The singular a Dutch plural most likely comes from: "schulden" -> "schuld",
 * "lessen" -> "less" and "les", "maatjes" -> "maatje". Only stems of four
 * letters or more, so a short word ("wonen") is not cut to a stem that
 * begins half the vocabulary.
 */
export function singularsOf(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('en') && word.length >= 6) {
    const stem = word.slice(0, -2);
    stems.push(stem);
    // A consonant doubled before -en belongs to the plural's spelling only: "lessen" from "les".
    if (stem.at(-1) === stem.at(-2) && !/[aeiouy]/.test(stem.at(-1) ?? '')) stems.push(stem.slice(0, -1));
  } else if (word.endsWith('s') && !word.endsWith('ss') && word.length >= 5) stems.push(word.slice(0, -1));
  return stems.filter((stem) => stem.length >= 4);
}

/**
 * An inverted index of the words in the search documents, with a trigram
 * index over its vocabulary for prefix and typo-tolerant look-up. Kept in
 * step with the data: documents are added, replaced and removed one by one.
 */
export class TokenIndex {
  readonly #documents = new Map<string, SearchDocument>();
  readonly #postings = new Map<string, Map<string, FieldMask>>();
  readonly #tokensOf = new Map<string, Map<string, FieldMask>>();
  readonly #byGram = new Map<string, Set<string>>();
  readonly #byFirstLetter = new Map<string, Set<string>>();
  /** Documents by the first one or two letters of a word in their name or role: the first keystrokes. */
  readonly #byShortPrefix = new Map<string, Map<string, FieldMask>>();
  readonly #names = new Map<string, string>();

  get size(): number {
    return this.#documents.size;
  }

  get vocabularySize(): number {
    return this.#postings.size;
  }

  document(id: string): SearchDocument | undefined {
    return this.#documents.get(id);
  }

  /** The ids of every document, as a copy: the caller may remove documents while going through them. */
  ids(): string[] {
    return [...this.#documents.keys()];
  }

  /** The document of an id this index itself handed out (a posting, a name). */
  known(id: string): SearchDocument {
    return present(this.#documents.get(id), `search document ${id}`);
  }

  /** A document's name as compared: tokenized, joined by spaces. */
  nameOf(id: string): string {
    return this.#names.get(id) ?? '';
  }

  /** Every document's name as compared (tokenized, joined by spaces), for a scan when the index itself found nothing. */
  names(): IterableIterator<[id: string, name: string]> {
    return this.#names.entries();
  }

  upsert(document: SearchDocument): void {
    if (this.#documents.has(document.id)) this.remove(document.id);
    this.#documents.set(document.id, document);
    this.#names.set(document.id, tokenize(document.fields.name).join(' '));
    const tokens = new Map<string, FieldMask>();
    for (const field of searchFields) {
      for (const token of tokenize(document.fields[field])) tokens.set(token, (tokens.get(token) ?? 0) | fieldBit(field));
    }
    this.#tokensOf.set(document.id, tokens);
    for (const [token, mask] of tokens) {
      if (mask & (fieldBit('name') | fieldBit('roles'))) {
        for (const prefix of new Set([token.slice(0, 1), token.slice(0, 2)])) {
          let documents = this.#byShortPrefix.get(prefix);
          if (!documents) this.#byShortPrefix.set(prefix, (documents = new Map<string, number>()));
          documents.set(document.id, (documents.get(document.id) ?? 0) | (mask & (fieldBit('name') | fieldBit('roles'))));
        }
      }
      let posting = this.#postings.get(token);
      if (!posting) {
        posting = new Map();
        this.#postings.set(token, posting);
        this.#addToVocabulary(token);
      }
      posting.set(document.id, mask);
    }
  }

  remove(id: string): void {
    const tokens = this.#tokensOf.get(id);
    if (!tokens) return;
    this.#names.delete(id);
    for (const token of tokens.keys()) {
      for (const prefix of new Set([token.slice(0, 1), token.slice(0, 2)])) this.#byShortPrefix.get(prefix)?.delete(id);
      const posting = this.#postings.get(token);
      posting?.delete(id);
      if (posting?.size === 0) {
        this.#postings.delete(token);
        this.#removeFromVocabulary(token);
      }
    }
    this.#tokensOf.delete(id);
    this.#documents.delete(id);
  }

  /**
   * For a query word of one or two letters: the documents with a name or role
   * word beginning with it. Matching every word of every field on the first
   * keystroke would cost more than a frame and say little.
   */
  shortPrefixDocuments(prefix: string): ReadonlyMap<string, FieldMask> {
    return this.#byShortPrefix.get(prefix) ?? new Map();
  }

  /** The words of a document, with the fields they occur in. */
  tokensOf(id: string): ReadonlyMap<string, FieldMask> {
    return this.#tokensOf.get(id) ?? new Map();
  }

  /** Documents containing `token`, with the fields it occurs in. */
  postings(token: string): ReadonlyMap<string, FieldMask> {
    return this.#postings.get(token) ?? new Map();
  }

  /**
   * Vocabulary words that match a query word, with how well (0..1):
   * the word itself 1, a plural or inflection 0.95, words it begins ("maatje" in "maatjesproject") 0.65-0.85,
   * compounds it ends or is inside ("maatje" in "schuldhulpmaatje") 0.55-0.65,
   * words within its allowed typing errors ("huisarst" for "huisarts") 0.65-0.8.
   */
  matches(queryToken: string): Map<string, number> {
    const found = new Map<string, number>();
    const keep = (token: string, score: number) => {
      if (score > (found.get(token) ?? 0)) found.set(token, score);
    };
    if (this.#postings.has(queryToken)) keep(queryToken, 1);
    for (const token of this.#prefixCandidates(queryToken)) {
      if (token === queryToken || !token.startsWith(queryToken)) continue;
      // A Dutch plural or inflection ("maatje" -> "maatjes", "ouder" -> "ouderen") is almost the word
      // itself; the start of a compound ("huisarts" -> "huisartsenpraktijk") counts for less.
      const rest = token.length - queryToken.length;
      keep(token, rest <= 2 && queryToken.length >= 4 ? 0.95 : 0.65 + 0.2 * (queryToken.length / token.length));
    }
    // A plural typed where the records have the singular or a compound of it: "schulden" for
    // "schuldhulpmaatje", "maatjes" for "maatje". The word without its ending counts as the word itself.
    for (const stem of singularsOf(queryToken)) {
      if (this.#postings.has(stem)) keep(stem, 0.95);
      for (const token of this.#prefixCandidates(stem)) {
        if (token !== stem && token.startsWith(stem)) keep(token, 0.6 + 0.2 * (stem.length / token.length));
      }
    }
    if (queryToken.length >= 5) {
      // Inside a Dutch compound: "coordinator" in "vrijwilligerscoördinator".
      for (const token of this.#containingCandidates(queryToken)) {
        if (!found.has(token) && token.includes(queryToken)) keep(token, token.endsWith(queryToken) ? 0.65 : 0.55);
      }
    }
    const edits = allowedEdits(queryToken.length);
    if (edits > 0) {
      const grams = trigrams(queryToken);
      const hits = new Map<string, number>();
      for (const gram of grams) for (const token of this.#byGram.get(gram) ?? []) hits.set(token, (hits.get(token) ?? 0) + 1);
      // An edit spoils at most three trigrams, a swap of two letters ("bneali" for "benali", one edit) four.
      const needed = Math.max(1, grams.length - 4 * edits);
      for (const [token, count] of hits) {
        if (count < needed || found.get(token) === 1) continue;
        const distance = boundedEditDistance(queryToken, token, edits);
        if (distance <= edits) keep(token, 0.8 - 0.15 * (distance - 1));
        else if (token.length > queryToken.length) {
          // A mistyped beginning of a longer word: "maatej" for "maatjesproject".
          const prefixDistance = boundedEditDistance(queryToken, token.slice(0, queryToken.length), edits);
          if (prefixDistance <= edits) keep(token, 0.6 - 0.1 * (prefixDistance - 1));
        }
      }
    }
    return found;
  }

  #prefixCandidates(queryToken: string): Iterable<string> {
    if (queryToken.length === 1) return this.#byFirstLetter.get(queryToken) ?? [];
    // Words that begin with the query word contain all its trigrams except the closing one.
    return this.#wordsWithAllGrams(trigrams(queryToken).slice(0, -1));
  }

  /** The smallest vocabulary set among the grams' (a superset of the words having them all), or none. */
  #wordsWithAllGrams(grams: readonly string[]): Iterable<string> {
    let smallest: Set<string> | undefined;
    for (const gram of grams) {
      const set = this.#byGram.get(gram);
      if (!set) return [];
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    return smallest ?? [];
  }

  /** Words containing all inner trigrams of the query word (candidates for "contains"). */
  #containingCandidates(queryToken: string): Iterable<string> {
    return this.#wordsWithAllGrams(trigrams(queryToken).slice(1, -1));
  }

  #addToVocabulary(token: string): void {
    for (const gram of new Set(trigrams(token))) {
      let set = this.#byGram.get(gram);
      if (!set) this.#byGram.set(gram, (set = new Set()));
      set.add(token);
    }
    let letters = this.#byFirstLetter.get(token.charAt(0));
    if (!letters) this.#byFirstLetter.set(token.charAt(0), (letters = new Set()));
    letters.add(token);
  }

  #removeFromVocabulary(token: string): void {
    for (const gram of new Set(trigrams(token))) this.#byGram.get(gram)?.delete(token);
    this.#byFirstLetter.get(token.charAt(0))?.delete(token);
  }
}
