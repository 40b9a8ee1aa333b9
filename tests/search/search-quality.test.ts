import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldWeights, searchFields, type SearchDocument } from '../../shared/search/search-document';
import { SearchEngine } from '../../shared/search/search-engine';
import { foldText } from '../../shared/normalise/name';
import { demoSearchSet, fuseAlone, generateQueries, qualityTable, scoreSearch, type KindScore } from '../support/search-quality';

const today = '2026-11-23';
let documents: SearchDocument[];
let engine: SearchEngine;
let placeNames: string[];

beforeAll(async () => {
  const demo = await demoSearchSet(1);
  documents = demo.documents;
  engine = new SearchEngine(documents, demo.places);
  placeNames = demo.places.map((place) => foldText(place.name));
}, 60_000);

/**
 * The baseline the issue names: Fuse.js alone scanning every record, with
 * diacritics ignored so that "coordinator" meets "coördinator" on both sides,
 * and without Fuse's field-length norm: someone whose role reads "coördinator
 * maatjes" is as much a coördinator as someone whose role is only that word.
 */
function fullFuseScan(query: string): { item: SearchDocument; score: number }[] {
  const fuse = new Fuse(documents, { keys: searchFields.map((field) => ({ name: `fields.${field}`, weight: fieldWeights[field] })), threshold: 0.35, ignoreLocation: true, includeScore: true, ignoreDiacritics: true, ignoreFieldNorm: true });
  return fuse.search(query).map((hit) => ({ item: hit.item, score: hit.score ?? 1 }));
}

/** Test queries (some misspelled) with the word a relevant record really carries. */
const queries: [query: string, stem: string][] = [
  ['huisarts', 'huisarts'],
  ['huisarst', 'huisarts'],
  ['taalcafe', 'taalcafe'],
  ['taalcfae', 'taalcafe'],
  ['coordinator', 'coordinator'],
  ['maatje', 'maatje'],
  ['maatej', 'maatje'],
  ['wandelgroep', 'wandelgroep'],
  ['wandlgroep', 'wandelgroep'],
  ['buurtsportcoach', 'buurtsportcoach'],
  ['schuldhulpmaatje', 'schuldhulpmaatje'],
  ['mantelzorg', 'mantelzorg'],
  ['bibliotheek', 'bibliotheek'],
  ['moskee', 'moskee'],
  ['jongerenwerk', 'jongerenwerk'],
];

/** A record is relevant when its name, role, kind, tags or organisation carry the word. */
function isRelevant(document: SearchDocument, stem: string): boolean {
  return foldText([document.fields.name, document.fields.roles, document.fields.tags, document.fields.organisations].join(' ')).includes(stem);
}

function precisionAtFive(documentsFound: readonly SearchDocument[], stem: string): number {
  const top = documentsFound.slice(0, 5);
  return top.length === 0 ? 0 : top.filter((document) => isRelevant(document, stem)).length / 5;
}

describe('search quality on the demo network', () => {
  it.each(queries)('"%s": the first five are at least as relevant as a full Fuse.js scan\'s', (query, stem) => {
    const baseline = precisionAtFive(fullFuseScan(query).map((hit) => hit.item), stem);
    const ours = precisionAtFive(engine.search(query, { today, limit: 5 }).results.map((result) => result.document), stem);
    expect(ours, `${query}: ours ${ours}, Fuse ${baseline}`).toBeGreaterThanOrEqual(baseline);
    expect(ours).toBeGreaterThan(0);
  });

  it('tolerates typos at least as well as Fuse.js alone', () => {
    for (const query of ['huisarst', 'taalcfae', 'maatej', 'wandlgroep', 'coordinatr', 'bibliotheeek']) {
      const fuseFound = fullFuseScan(query).length > 0;
      const found = engine.search(query, { today }).results.length > 0;
      if (fuseFound) expect(found, query).toBe(true);
    }
  });

  it('explains every result in one line', () => {
    const results = engine.search('maatje oude noorden', { today, limit: 10 }).results;
    expect(results[0]!.why).toMatch(/^"maatje" in .+ · actief in Oude Noorden · /);
    for (const result of results) {
      expect(result.why).toMatch(/^"maatje" in /);
      expect(result.why).not.toContain('\n');
    }
  });
});

describe('names on the demo network', () => {
  it('puts every organisation whose name holds a wijk first when its name is typed in lower case', () => {
    const neighbourhoodNames = documents.filter((document) => document.kind === 'organisation').map((document) => document.label);
    const named = neighbourhoodNames.filter((name) => placeNames.some((place) => foldText(name).includes(place)));
    expect(named.length).toBeGreaterThan(10);
    const missed = named.filter((name) => engine.search(name.toLowerCase(), { today, limit: 3 }).results[0]?.document.label !== name);
    expect(missed).toEqual([]);
  });

  it('finds every person with two adjacent letters of the surname swapped, in the top 3', () => {
    const persons = documents.filter((document) => document.kind === 'person' && document.label.split(' ').at(-1)!.length >= 5).slice(0, 40);
    const missed = persons.filter((person) => {
      const words = person.label.split(' ');
      const surname = words.at(-1)!;
      const swapped = `${surname.slice(0, 1)}${surname[2]}${surname[1]}${surname.slice(3)}`;
      const query = [...words.slice(0, -1), swapped].join(' ').toLowerCase();
      return !engine.search(query, { today, limit: 3 }).results.some((result) => result.document.id === person.id);
    });
    expect(missed).toEqual([]);
  });
});


/**
 * The measured suite: 330 generated queries of eleven kinds (exact names,
 * beginnings, transpositions, one and two typos, Dutch respellings, missing
 * accents, initials, surname first, phone digits, name plus neighbourhood) on the demo
 * and on a network ten times its size, scored against Fuse.js alone on the
 * same queries in the same run.
 */
describe.each([1, 10])('measured search quality, demo network × %i', (copies) => {
  let ours: KindScore[];
  let fuse: KindScore[];

  beforeAll(async () => {
    const set = await demoSearchSet(copies);
    const queries = generateQueries(set.documents, set.places);
    expect(queries.length).toBeGreaterThanOrEqual(300);
    const searchEngine = new SearchEngine(set.documents, set.places);
    ours = scoreSearch(queries, (query) => searchEngine.search(query, { today, limit: 10 }).results.map((result) => result.document));
    fuse = scoreSearch(queries, fuseAlone(set.documents));
    console.log(`Zoekkwaliteit, demonetwerk × ${copies} (${set.documents.length} records):\n${qualityTable(ours, fuse)}`);
  }, 240_000);

  it('puts the record first for every exact name', () => {
    const exact = ours.find((score) => score.kind === 'exacte naam')!;
    expect(exact.missedAt1).toEqual([]);
    expect(exact.hitAt1).toBe(1);
  });

  it('has the record in the top 3 for at least 98% of one- and two-edit typos', () => {
    for (const kind of ['twee letters verwisseld', 'één tikfout', 'twee tikfouten'] as const) {
      const score = ours.find((entry) => entry.kind === kind)!;
      expect(score.hitAt3, `${kind}: ${score.missedAt1.join('; ')}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('ranks at least as well as Fuse.js alone on every kind of query (MRR)', () => {
    for (const score of ours) {
      const baseline = fuse.find((entry) => entry.kind === score.kind)!;
      expect(score.mrr, `${score.kind}: ${score.missedAt1.join('; ')}`).toBeGreaterThanOrEqual(baseline.mrr);
    }
  });
});
