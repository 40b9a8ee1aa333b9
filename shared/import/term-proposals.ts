import { nameSimilarity } from '../analysis/name-similarity';
import type { TaxonomyTerm } from '../domain/taxonomy-term';
import { foldText } from '../normalise/name';
import type { TaxonomyKind } from '../taxonomies/taxonomy';

/** What the broker chose for a value the import did not know: put it under a known one, add it to the list, or leave it out. */
export type TermChoice = 'merge' | 'new' | 'skip';

export interface TermDecision {
  taxonomy: TaxonomyKind;
  label: string;
  decision: TermChoice;
}

/** A value in the file that is in none of her lists, where it was met, and the known value it most likely means. */
export interface UnknownTerm {
  taxonomy: TaxonomyKind;
  label: string;
  lines: number[];
  proposal: { termId: string; label: string } | null;
  /** A value she archived (or merged away): left out unless she brings it back. */
  archived: boolean;
}

const wordsOf = (label: string) => new Set(foldText(label).split(' ').filter((word) => word.length > 2 || /\d/.test(word)));

/**
 * The known value an unknown one most likely means: one whose words hold
 * all of its words or the other way round ("nieuwkomers" -> "nieuwkomers en
 * statushouders"), else one spelled nearly the same ("ouderenn" ->
 * "ouderen"). Null when nothing is close: then it is a new value.
 */
export function closestTerm(label: string, terms: readonly TaxonomyTerm[]): TaxonomyTerm | null {
  const words = wordsOf(label);
  if (words.size === 0) return null;
  let best: { term: TaxonomyTerm; score: number } | null = null;
  for (const term of terms) {
    if (term.archivedAt !== null) continue;
    const termWords = wordsOf(term.label);
    const within = [...words].every((word) => termWords.has(word)) || (termWords.size > 0 && [...termWords].every((word) => words.has(word)));
    // Of two that hold it, the one with fewest words besides: "ouderen" before "ouderen en mantelzorgers".
    const score = within ? 2 - Math.abs(termWords.size - words.size) / 10 : nameSimilarity(label, term.label);
    if (score >= 0.8 && (!best || score > best.score)) best = { term, score };
  }
  return best?.term ?? null;
}
