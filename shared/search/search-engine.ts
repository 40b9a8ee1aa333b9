import Fuse from 'fuse.js';
import { explain } from './explain';
import { fieldWeights, sameDocument, searchFields, type SearchDocument, type SearchField, type SearchKind } from './search-document';
import { allowedEdits, TokenIndex } from './token-index';
import { tokenize, typedWords } from './tokenize';
import { asDialledNumber } from './dialled-digits';
import { boundedEditDistance } from './edit-distance';
import { daysBetween } from '../dates/days-between';

export interface Place {
  id: string;
  name: string;
}

export interface SearchOptions {
  /** `YYYY-MM-DD`: for "laatst gesproken" and recency. */
  today: string;
  limit?: number;
  /** A neighbourhood asked about explicitly (otherwise it is read from the query). */
  neighbourhoodId?: string | null;
  kinds?: readonly SearchKind[];
}

export interface SearchResult {
  document: SearchDocument;
  /** Text relevance 0..1 (1: the best match of this query). */
  relevance: number;
  /** Why this result is here, in one Dutch line. */
  why: string;
}

/** What the screen and the command line say above an approximate answer. */
export const approximateNote = 'Niets dat op alle woorden past. Dit komt in de buurt:';

export interface SearchOutcome {
  results: SearchResult[];
  /** The neighbourhood the query asked about ("maatje oude noorden"), if any. */
  neighbourhood: Place | null;
  /**
   * No record matched every word; these match most of them, or their name
   * lies within two typing errors of the whole query. Shown as "in de buurt".
   */
  approximate: boolean;
}

interface Candidate {
  id: string;
  text: number;
  queryWord: string;
  field: SearchField;
}

// One collator: localeCompare with a locale builds a new one on every call.
const dutch = new Intl.Collator('nl');

/** How many of the best text matches Fuse.js scores again. */
const SHORTLIST = 40;
const maxWeight = Math.max(...Object.values(fieldWeights));
const fuseKeys = searchFields.map((field) => ({ name: `fields.${field}`, weight: fieldWeights[field] }));

/** For every combination of fields a word occurs in: the heaviest of them (precomputed, used per posting). */
const bestFieldIndexOf: number[] = Array.from({ length: 1 << searchFields.length }, (_, mask) => {
  let best = searchFields.indexOf('text');
  searchFields.forEach((field, index) => {
    if (mask & (1 << index) && fieldWeights[field] > fieldWeights[searchFields[best] ?? 'text']) best = index;
  });
  return best;
});
const weightOfFieldIndex = searchFields.map((field) => fieldWeights[field]);

const warmthRank = { warm: 3, lauw: 2, koud: 0 } as const;

/** Words of a Dutch surname that a broker may leave out or put elsewhere ("Vries, Jan de"; "Jan Vries"). */
const tussenvoegsels = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 't', 'in', 'op', 'el', 'al', 'la', 'le', 'du', 'da', 'di', 'dos']);

/** One query word stands for one word of a name: the same, its beginning, an initial ("p." for Petra), or within the typing errors its length allows. */
function standsFor(queryToken: string, nameToken: string): boolean {
  if (queryToken === nameToken) return true;
  if ((queryToken.length === 1 || queryToken.length >= 3) && nameToken.startsWith(queryToken)) return true;
  const edits = allowedEdits(queryToken.length);
  return edits > 0 && boundedEditDistance(queryToken, nameToken, edits) <= edits;
}

/**
 * Every query word stands for its own word of the name (two query words never
 * for the same one: "opvoedspreekuur o" does not name "Opvoedspreekuur" twice).
 * Returns the name words named, or null. Longer query words choose first.
 */
function namedWords(nameTokens: readonly string[], queryTokens: readonly string[]): Set<number> | null {
  const used = new Set<number>();
  for (const queryToken of [...queryTokens].sort((a, b) => b.length - a.length)) {
    const index = nameTokens.findIndex((nameToken, position) => !used.has(position) && standsFor(queryToken, nameToken));
    if (index === -1) return null;
    used.add(index);
  }
  return used;
}

/**
 * The query is the record's whole name, in any order, with typos, initials
 * and tussenvoegsels forgiven: every query word stands for a word of the
 * name, and every word of the name (a tussenvoegsel aside) is named.
 * "voorleesuur" is the offer called that before "Voorleesuur Bergpolder";
 * "p. de boer" is Petra de Boer before Gloria de Boer.
 */
function isWholeName(nameTokens: readonly string[], named: ReadonlySet<number> | null): boolean {
  return named !== null && nameTokens.length > 0 && nameTokens.every((nameToken, position) => named.has(position) || tussenvoegsels.has(nameToken));
}

/** The name begins with what was typed, word for word, the last word perhaps unfinished: "opvoedspreekuur o" for "Opvoedspreekuur Oude Noorden". */
function beginsWith(nameTokens: readonly string[], queryTokens: readonly string[]): boolean {
  return queryTokens.length <= nameTokens.length && queryTokens.every((queryToken, position) => (position === queryTokens.length - 1 ? (nameTokens[position] ?? '').startsWith(queryToken) : nameTokens[position] === queryToken));
}

/**
 * What the broker knows of the person: warmth first (warm, lauw, not yet
 * judged, koud), then how recently they spoke.
 */
function brokerScore(document: SearchDocument, today: string): number {
  const warmth = document.warmth ? warmthRank[document.warmth] : 1;
  if (!document.lastContact) return warmth;
  const days = daysBetween(document.lastContact, today);
  return warmth + (days <= 30 ? 0.9 : days <= 90 ? 0.6 : days <= 365 ? 0.3 : 0.1);
}

/**
 * "Wie bel ik?": one search over persons, organisations and offers.
 * A token index narrows the candidates on every keystroke (typos, accents and
 * word beginnings forgiven), Fuse.js scores the shortlist again, and among
 * equally good text matches the broker's own knowledge decides: warm and
 * recent contacts first, then who works in the neighbourhood asked about; archived
 * records last.
 */
export class SearchEngine {
  readonly #index = new TokenIndex();
  #places: { place: Place; tokens: string[] }[] = [];
  /** The same, longest names first: "Oude Noorden" is read before a one-word wijk that shares a word. */
  #placesLongestFirst: { place: Place; tokens: string[] }[] = [];
  /**
   * Scores of the words before the last, for the next keystroke: typing
   * "coordinator vrij" only scores "vrij" again. Cleared on every change.
   */
  #prefixCache = new Map<string, { totals: Map<string, number>; firstField: Map<string, number> }>();

  constructor(documents: readonly SearchDocument[] = [], places: readonly Place[] = []) {
    this.setPlaces(places);
    this.update(documents);
  }

  get size(): number {
    return this.#index.size;
  }

  setPlaces(places: readonly Place[]): void {
    this.#places = places.map((place) => ({ place, tokens: tokenize(place.name) })).filter((entry) => entry.tokens.length > 0);
    this.#placesLongestFirst = [...this.#places].sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** Brings the index in step with the data: changed documents are replaced, vanished ones removed. */
  update(documents: readonly SearchDocument[]): { changed: number; removed: number } {
    const present = new Set(documents.map((document) => document.id));
    return this.patch(documents, [...this.#index.ids()].filter((id) => !present.has(id)));
  }

  /**
   * Brings some documents in step: `documents` replace theirs (or are
   * added), `gone` are removed. What a save needs, where `update` would
   * compare every document.
   */
  patch(documents: readonly SearchDocument[], gone: Iterable<string>): { changed: number; removed: number } {
    let changed = 0;
    for (const document of documents) {
      const indexed = this.#index.document(document.id);
      if (indexed && sameDocument(indexed, document)) continue;
      this.#index.upsert(document);
      changed++;
    }
    let removed = 0;
    for (const id of gone) {
      if (!this.#index.document(id)) continue;
      this.#index.remove(id);
      removed++;
    }
    if (changed + removed > 0) this.#prefixCache.clear();
    return { changed, removed };
  }

  /** The indexed document of a record, if any. */
  documentOf(id: string): SearchDocument | undefined {
    return this.#index.document(id);
  }

  search(typedQuery: string, options: SearchOptions): SearchOutcome {
    // A phone number, however it is written, is searched as the digits the records hold.
    const query = asDialledNumber(typedQuery) ?? typedQuery;
    const allTokens = tokenize(query);
    // The words as she typed them, to quote back in "why" ("vrijwilligers", not the compared "vrywilligers").
    const words = typedWords(query);
    const typed = new Map(allTokens.map((token, position) => [token, words[position] ?? token]));
    const { needTokens, place } = this.#splitPlace(allTokens, options.neighbourhoodId ?? null);
    if (needTokens.length === 0) return { results: [], neighbourhood: place, approximate: false };
    const placeTyped = place !== null && needTokens.length < allTokens.length;
    const neighbourhoodChosen = place !== null && !placeTyped;
    let candidates = this.#candidates(needTokens, options.kinds);
    // Never "niets gevonden" while something is close: most of the words, or the whole name within two typing errors.
    const exactFound = candidates.size > 0;
    if (!exactFound) candidates = this.#mostWords(needTokens, options.kinds);
    if (candidates.size === 0) candidates = this.#nearNames(allTokens.join(' '), options.kinds);
    const approximate = !exactFound && candidates.size > 0;
    const byText = [...candidates.values()].sort((left, right) => right.text - left.text);
    const shortlist = byText.slice(0, SHORTLIST);
    // The records of the place asked about rank before better text matches elsewhere (below), so they
    // are kept however many of those there are: in a city, forty better "maatje"s lie in other wijken.
    if (place) shortlist.push(...byText.slice(SHORTLIST).filter((candidate) => this.#index.known(candidate.id).neighbourhoodIds.includes(place.id)).slice(0, SHORTLIST));
    // One or two letters say too little for Fuse to add anything; skip it on the first keystrokes.
    if (needTokens.some((token) => token.length > 2)) this.#rescoreWithFuse(shortlist, needTokens.join(' '));
    const best = Math.max(...shortlist.map((candidate) => candidate.text), 0);
    const ranked = shortlist.map((candidate) => {
      const document = this.#index.known(candidate.id);
      const nameTokens = this.#index.nameOf(candidate.id).split(' ').filter(Boolean);
      // Which name words the typed words stand for (null: not every typed word is in the name), once per record.
      const namedByAll = namedWords(nameTokens, allTokens);
      const inNeighbourhood = place !== null && document.neighbourhoodIds.includes(place.id);
      const relevance = best > 0 ? candidate.text / best : 0;
      return {
        candidate,
        document,
        relevance,
        inNeighbourhood,
        // The whole name, or (with a neighbourhood typed) the whole name of a record in that neighbourhood.
        exactName: isWholeName(nameTokens, namedByAll) || (placeTyped && inNeighbourhood && isWholeName(nameTokens, namedWords(nameTokens, needTokens))),
        nameBegins: beginsWith(nameTokens, allTokens),
        // Every word typed, the place words too, is in the name: "bibliotheek oude noorden" is that library, not any in that neighbourhood.
        // (Only when the place was typed: a neighbourhood chosen apart is a filter, not part of a name.)
        wholeName: placeTyped && namedByAll !== null,
        // Broker knowledge only reorders text matches of about the same quality.
        band: relevance >= 0.9 ? 2 : relevance >= 0.6 ? 1 : 0,
        broker: brokerScore(document, options.today),
      };
    });
    ranked.sort(
      (left, right) =>
        Number(left.document.archived) - Number(right.document.archived) ||
        // "Wie bel ik?" answers with whom to call: an uitvraag comes after every person, organisation and offer.
        Number(left.document.kind === 'request') - Number(right.document.kind === 'request') ||
        // A neighbourhood chosen apart (not typed) is what she asked for: a name elsewhere does not go before it.
        (neighbourhoodChosen ? Number(right.inNeighbourhood) - Number(left.inNeighbourhood) : 0) ||
        Number(right.exactName) - Number(left.exactName) ||
        // Someone who left is found by their name, but after those who still work there.
        Number(left.document.departed) - Number(right.document.departed) ||
        Number(right.nameBegins) - Number(left.nameBegins) ||
        Number(right.wholeName) - Number(left.wholeName) ||
        Number(right.inNeighbourhood) - Number(left.inNeighbourhood) ||
        right.band - left.band ||
        right.broker - left.broker ||
        right.relevance - left.relevance ||
        dutch.compare(left.document.label, right.document.label),
    );
    // Explanations only for what is shown.
    return {
      results: ranked.slice(0, options.limit ?? 20).map(({ candidate, document, relevance, inNeighbourhood }) => ({
        document,
        relevance,
        why: explain(document, { queryWord: typed.get(candidate.queryWord) ?? candidate.queryWord, field: candidate.field, inAskedNeighbourhood: inNeighbourhood ? (place?.name ?? null) : null }, options.today),
      })),
      neighbourhood: place,
      approximate,
    };
  }

  /**
   * Fallback when no record has every word: records with most of them
   * ("said benali huisarts" when Said Benali is no GP), scored down by the
   * share of words they miss. Bounded: one index lookup per word.
   */
  #mostWords(needTokens: readonly string[], kinds: readonly SearchKind[] | undefined): Map<string, Candidate> {
    if (needTokens.length < 2) return new Map();
    const matched = new Map<string, { candidate: Candidate; words: number }>();
    for (const token of needTokens) {
      for (const [id, candidate] of this.#candidates([token], kinds)) {
        const seen = matched.get(id);
        if (seen) {
          seen.words++;
          seen.candidate.text += candidate.text;
        } else matched.set(id, { candidate: { ...candidate }, words: 1 });
      }
    }
    const most = Math.max(0, ...[...matched.values()].map((entry) => entry.words));
    const needed = Math.max(1, Math.ceil(needTokens.length / 2));
    const kept = new Map<string, Candidate>();
    if (most < needed) return kept;
    for (const [id, { candidate, words }] of matched) {
      if (words === most) kept.set(id, { ...candidate, text: (candidate.text / needTokens.length) * (words / needTokens.length) });
    }
    return kept;
  }

  /**
   * Last fallback: names within two typing errors of the whole query, read
   * straight from the records (a name typed as one word, "saidbenali", or
   * with errors the index's word matching does not reach). Bounded: it runs
   * only when nothing else was found, and stops comparing a name at three errors.
   */
  #nearNames(query: string, kinds: readonly SearchKind[] | undefined): Map<string, Candidate> {
    const found = new Map<string, Candidate>();
    if (query.length < 4) return found;
    const squeezed = query.replace(/ /g, '');
    for (const [id, name] of this.#index.names()) {
      if (Math.abs(name.length - query.length) > 3) continue;
      const distance = Math.min(boundedEditDistance(query, name, 2), boundedEditDistance(squeezed, name.replace(/ /g, ''), 2));
      if (distance > 2 || (kinds && !kinds.includes(this.#index.known(id).kind))) continue;
      found.set(id, { id, text: (3 - distance) / 3, queryWord: query, field: 'name' });
    }
    return found;
  }

  /** "maatje oude noorden": the place words name a neighbourhood; the rest is the need. */
  #splitPlace(tokens: string[], neighbourhoodId: string | null): { needTokens: string[]; place: Place | null } {
    const asked = neighbourhoodId ? (this.#places.find((entry) => entry.place.id === neighbourhoodId)?.place ?? null) : null;
    if (asked || tokens.length < 2) return { needTokens: tokens, place: asked };
    // A place word as typed: the word itself, within the typing errors its length allows (one for up to
    // six letters, two beyond, and the same first letter), or, for the word still being typed (the
    // query's last), its beginning of four letters or more. Never a word that only begins alike: with
    // a city's hundred wijken, surnames ("Schelekens", "Vreeswyk") would become places.
    const last = tokens.length - 1;
    const same = (queryToken: string, placeToken: string, position: number) =>
      queryToken === placeToken ||
      (position === last && queryToken.length >= 4 && placeToken.startsWith(queryToken)) ||
      (queryToken[0] === placeToken[0] && boundedEditDistance(queryToken, placeToken, allowedEdits(placeToken.length)) <= allowedEdits(placeToken.length));
    for (const { place, tokens: placeTokens } of this.#placesLongestFirst) {
      for (let start = 0; start + placeTokens.length <= tokens.length; start++) {
        if (placeTokens.every((placeToken, offset) => same(tokens[start + offset] ?? '', placeToken, start + offset))) {
          const rest = [...tokens.slice(0, start), ...tokens.slice(start + placeTokens.length)];
          if (rest.length > 0) return { needTokens: rest, place };
        }
      }
    }
    return { needTokens: tokens, place: null };
  }

  /** Documents matching every need word, scored by how well and where. */
  #candidates(needTokens: string[], kinds: readonly SearchKind[] | undefined): Map<string, Candidate> {
    // Scores are kept as plain numbers (no object per document): this runs on every keystroke.
    const cacheKey = `${kinds?.join(',') ?? ''}|${needTokens.slice(0, -1).join(' ')}`;
    const cached = needTokens.length > 1 ? this.#prefixCache.get(cacheKey) : undefined;
    let totals: Map<string, number> | null = cached ? cached.totals : null;
    const firstField = cached ? cached.firstField : new Map<string, number>();
    for (const [position, queryWord] of needTokens.entries()) {
      if (cached && position < needTokens.length - 1) continue;
      if (position === needTokens.length - 1 && needTokens.length > 1 && !cached && totals) {
        const oldest = this.#prefixCache.keys().next();
        if (this.#prefixCache.size >= 8 && !oldest.done) this.#prefixCache.delete(oldest.value);
        this.#prefixCache.set(cacheKey, { totals, firstField: new Map(firstField) });
      }
      const best = new Map<string, number>();
      const bestFieldIndex = new Map<string, number>();
      const allowed = totals;
      const keep = (id: string, mask: number, wordScore: number) => {
        const fieldIndex = bestFieldIndexOf[mask] ?? 0;
        const score = wordScore * (weightOfFieldIndex[fieldIndex] ?? 0);
        if (score > (best.get(id) ?? 0)) {
          best.set(id, score);
          bestFieldIndex.set(id, fieldIndex);
        }
      };
      if (queryWord.length <= 2) {
        for (const [id, mask] of this.#index.shortPrefixDocuments(queryWord)) if (!allowed || allowed.has(id)) keep(id, mask, 0.6);
      } else {
        const matches = this.#index.matches(queryWord);
        let postingCount = 0;
        for (const word of matches.keys()) postingCount += this.#index.postings(word).size;
        if (allowed && allowed.size < postingCount) {
          // Fewer documents left than postings to walk: look the words up per document instead.
          for (const id of allowed.keys()) {
            for (const [word, mask] of this.#index.tokensOf(id)) {
              const wordScore = matches.get(word);
              if (wordScore !== undefined) keep(id, mask, wordScore);
            }
          }
        } else {
          for (const [word, wordScore] of matches) {
            for (const [id, mask] of this.#index.postings(word)) if (!allowed || allowed.has(id)) keep(id, mask, wordScore);
          }
        }
      }
      const next = new Map<string, number>();
      for (const [id, score] of best) {
        if (position === 0) {
          if (kinds && !kinds.includes(this.#index.known(id).kind)) continue;
          firstField.set(id, bestFieldIndex.get(id) ?? 0);
        }
        next.set(id, (allowed?.get(id) ?? 0) + score);
      }
      totals = next;
      if (totals.size === 0) break;
    }
    const candidates = new Map<string, Candidate>();
    for (const [id, total] of totals ?? []) {
      candidates.set(id, { id, text: total / maxWeight / needTokens.length, queryWord: needTokens[0] ?? '', field: searchFields[firstField.get(id) ?? 0] ?? 'text' });
    }
    return candidates;
  }

  /** Fuse.js scores the shortlist on the whole query; the index score and Fuse's are blended. */
  #rescoreWithFuse(shortlist: Candidate[], query: string): void {
    if (shortlist.length < 2) return;
    const documents = shortlist.map((candidate) => this.#index.known(candidate.id));
    const fuse = new Fuse(documents, { keys: fuseKeys, includeScore: true, ignoreLocation: true, threshold: 0.45, ignoreFieldNorm: true, ignoreDiacritics: true });
    const fuseScores = new Map(fuse.search(query).map((hit) => [hit.item.id, 1 - (hit.score ?? 1)]));
    for (const candidate of shortlist) candidate.text = 0.7 * candidate.text + 0.3 * (fuseScores.get(candidate.id) ?? 0);
  }
}
