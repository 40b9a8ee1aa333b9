import { keySimilarity, nameKey } from '../analysis/name-similarity';
import type { TaxonomyTerm } from '../domain/taxonomy-term';
import { foldText } from '../normalise/name';
import { z } from 'zod';
import { recordId, shortText } from '../domain/primitives';
import { taxonomyKind, type TaxonomyKind } from '../taxonomies/taxonomy';

/** What the broker chose for a value the import did not know: put it under a known one, add it to the list, or leave it out. */
export const termDecision = z
  .object({
    taxonomy: taxonomyKind,
    label: shortText,
    decision: z.enum(['merge', 'new', 'skip'], { error: 'Kies samenvoegen, nieuw of weglaten.' }),
    /** With "merge": the value of her list to put it under, when not the proposal. */
    termId: recordId.optional(),
  })
  .strict();
export type TermDecision = z.output<typeof termDecision>;
export type TermChoice = TermDecision['decision'];

/** A value in the file that is in none of her lists, where it was met, and the known value it most likely means. */
export interface UnknownTerm {
  taxonomy: TaxonomyKind;
  label: string;
  lines: number[];
  proposal: { termId: string; label: string } | null;
  /** A value she archived (or merged away): left out unless she brings it back. */
  archived: boolean;
  /** What this reading did with it: her choice, else the proposal when asked for, else left out. */
  decision: TermChoice;
  /** With "merge": the known value it went under (the proposal, or the one she picked). */
  mergeInto: { termId: string; label: string } | null;
}

/** What the app proposes for a value the lists lack: under the known value it likely means, a value she archived left out, else added. */
export function proposedDecision(term: Pick<UnknownTerm, 'proposal' | 'archived'>): TermChoice {
  return term.proposal ? 'merge' : term.archived ? 'skip' : 'new';
}

const wordsOf = (label: string) => new Set(foldText(label).split(' ').filter((word) => word.length > 2 || /\d/.test(word)));

/**
 * The known value an unknown one most likely means: one whose words hold
 * all of its words or the other way round ("nieuwkomers" -> "nieuwkomers en
 * statushouders"), else one spelled nearly the same ("ouderenn" ->
 * "ouderen"). Null when nothing is close: then it is a new value. The known
 * values are read once, not once per unknown value: a large file can have
 * thousands of them.
 */
export function closestTermIn<Term extends Pick<TaxonomyTerm, 'label' | 'archivedAt'>>(terms: readonly Term[]): (label: string) => Term | null {
  const known = terms.filter((term) => term.archivedAt === null).map((term) => ({ term, words: wordsOf(term.label), key: nameKey(term.label) }));
  return (label) => {
    const words = wordsOf(label);
    if (words.size === 0) return null;
    const key = nameKey(label);
    let best: { term: Term; score: number } | null = null;
    for (const { term, words: termWords, key: termKey } of known) {
      const within = [...words].every((word) => termWords.has(word)) || (termWords.size > 0 && [...termWords].every((word) => words.has(word)));
      // Of two that hold it, the one with fewest words besides: "ouderen" before "ouderen en mantelzorgers".
      const score = within ? 2 - Math.abs(termWords.size - words.size) / 10 : keySimilarity(key, termKey);
      if (score >= 0.8 && (!best || score > best.score)) best = { term, score };
    }
    return best?.term ?? null;
  };
}
