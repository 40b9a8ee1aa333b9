// Search at city scale for `npm run bench`: Spinweb's engine against Fuse.js
// alone and MiniSearch over the same city corpus (tests/bench/city-corpus.ts),
// in one process: index build time and heap, time per keystroke, and answer
// quality (MRR@10, hit@5) on generated queries. Returns figures; prints nothing.
import { loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import { SeededRandom } from '../../electron/demo/random';
import { foldText } from '../../shared/normalise/name';
import { fieldWeights, searchFields, type SearchDocument, type SearchField } from '../../shared/search/search-document';
import { SearchEngine } from '../../shared/search/search-engine';
import { fuseAlone, generateQueries, isRight, scoreSearch, type QualityQuery } from '../support/search-quality';
import { cityCorpus, type CityCorpus } from './city-corpus';

export type EngineName = 'Spinweb' | 'Fuse.js' | 'MiniSearch';

export interface EngineFigures {
  engine: EngineName;
  buildMs: number;
  /** Heap the index adds, after garbage collection (run with --expose-gc). */
  heapMb: number;
  /** Per keystroke. */
  medianMs: number;
  p95Ms: number;
  /** Timed keystrokes (all of them, over several rounds; Fuse.js at 50k: 200 spread over every query). */
  samples: number;
  /** Mean reciprocal rank over the first ten results, over all generated queries. */
  mrrAt10: number;
  /** Share of generated queries answered in the first five. */
  hitAt5: number;
  /** Time for all generated queries (whole queries, not keystrokes). */
  qualityMs: number;
  /** Where "maatje oude noorden" puts the first maatje offer of Oude Noorden (null: not in the first ten). */
  maatjeRank: number | null;
}

/** A generated query Spinweb ranks worse than MiniSearch: for the report. */
export interface QualityMiss {
  kind: string;
  query: string;
  target: string;
  spinwebRank: number | null;
  spinwebFirst: string;
  miniSearchRank: number | null;
}

export interface CitySearchFigures {
  copies: number;
  documents: number;
  wijken: number;
  corpusMs: number;
  corpusFromCache: boolean;
  /** The one-minute load average when the bench started and when it ended. */
  loadAverage: { start: number; end: number };
  typedQueries: string[];
  keystrokes: number;
  qualityQueries: number;
  /** Spinweb first. */
  engines: EngineFigures[];
  /** Median and p95 of another engine over Spinweb's, on the same keystrokes. */
  ratios: { engine: EngineName; median: number; p95: number }[];
  misses: QualityMiss[];
}

const today = '2026-11-23';
const limit = 10;
/** Rounds over every keystroke for the fast engines; Fuse.js gets one. */
const rounds = 3;
/** Above this many records Fuse.js times this many keystrokes, spread over every query, instead of all. */
const fuseFullUpTo = 12_000;
const fuseSamples = 200;

/** What a broker types (the README's examples), kept in step with search-bench.ts. */
const readmeQueries = ['maatje oude noorden', 'huisarts', 'huisarst', 'taalcafe', 'fatima', 'buurtsportcoach', 'coordinator vrijwilligers', 'wijkteam blijdorp', 'wandelgroep', 'poh ggz', 'mantelzorg', 'schuldhulp'];

const copyOf = (document: SearchDocument) => Number(/~(\d+)$/.exec(document.id)?.[1] ?? 0);

/**
 * Names typed whole, drawn from the city with a fixed seed: people anywhere,
 * and from the districts furthest from the demo organisations, a surname with
 * its wijk, and an offer's first word with its wijk ("taalcafe kralenrust").
 */
function drawnQueries(city: CityCorpus, seed = 23): string[] {
  const random = new SeededRandom(seed);
  const placeName = new Map(city.places.map((place) => [place.id, place.name]));
  const firstFar = Math.max(0, city.districts.length - Math.ceil(city.districts.length / 4));
  const live = city.documents.filter((document) => !document.archived && document.neighbourhoodIds.length > 0);
  const far = live.filter((document) => copyOf(document) >= firstFar);
  const of = (documents: SearchDocument[], kind: SearchDocument['kind']) => documents.filter((document) => document.kind === kind);
  const wijkOf = (document: SearchDocument) => placeName.get(random.pick(document.neighbourhoodIds)) ?? '';
  const words = (text: string) => foldText(text).split(' ');
  return [
    ...random.sample(of(live, 'person'), 3).map((person) => person.label),
    ...random.sample(of(far, 'person'), 2).map((person) => `${words(person.label).at(-1)} ${wijkOf(person)}`),
    ...random.sample(of(far, 'organisation'), 3).map((organisation) => organisation.label),
    ...random.sample(of(far, 'offer'), 3).map((offer) => `${words(offer.label)[0]} ${wijkOf(offer)}`),
  ].map(foldText);
}

/** Every beginning of every query, as typed one key at a time (a beginning that ends in a space adds nothing). */
function keystrokesOf(queries: readonly string[]): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)).filter((prefix) => !prefix.endsWith(' ')));
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function heapUsedAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function measuredBuild<Value>(build: () => Value): { value: Value; buildMs: number; heapMb: number } {
  const before = heapUsedAfterGc();
  const started = performance.now();
  const value = build();
  const buildMs = performance.now() - started;
  return { value, buildMs, heapMb: (heapUsedAfterGc() - before) / 1024 / 1024 };
}

type Search = (query: string) => readonly SearchDocument[];

/** MiniSearch over the product's fields and weights: prefix and fuzzy (0.2) search, accents folded as the product folds them. */
function miniSearchOver(documents: readonly SearchDocument[]): Search {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const mini = new MiniSearch<SearchDocument>({
    fields: [...searchFields],
    extractField: (document, field) => (field === 'id' ? document.id : document.fields[field as SearchField]),
    processTerm: (term) => foldText(term) || null,
    searchOptions: { boost: { ...fieldWeights }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(documents);
  return (query) => mini.search(query).slice(0, limit).map((hit) => byId.get(hit.id as string)!);
}

/** Times per keystroke: `times[key]` holds one sample per round. The keystrokes run in typing order, as the engine sees them. */
function timeKeystrokes(search: Search, keys: readonly string[], roundCount: number): number[][] {
  for (const key of keys.slice(0, 20)) search(key);
  const times = keys.map((): number[] => []);
  for (let round = 0; round < roundCount; round++) {
    keys.forEach((key, index) => {
      const start = performance.now();
      search(key);
      times[index]!.push(performance.now() - start);
    });
  }
  return times;
}

/** `count` indexes spread evenly over `length`. */
const spread = (length: number, count: number) => (length <= count ? Array.from({ length }, (_, index) => index) : Array.from({ length: count }, (_, index) => Math.floor((index * length) / count)));

interface Quality {
  ms: number;
  mrrAt10: number;
  hitAt5: number;
  ranks: (number | null)[];
  firsts: string[];
}

function quality(queries: readonly QualityQuery[], search: Search): Quality {
  const started = performance.now();
  const answers = new Map<string, readonly SearchDocument[]>();
  const memo: Search = (query) => {
    const found = answers.get(query) ?? search(query).slice(0, limit);
    answers.set(query, found);
    return found;
  };
  const byKind = scoreSearch(queries, memo);
  const mrrAt10 = byKind.reduce((sum, score) => sum + score.mrr * score.queries, 0) / queries.length;
  const ranks = queries.map((query) => {
    const index = memo(query.query).findIndex((found) => isRight(found, query));
    return index === -1 ? null : index + 1;
  });
  return { ms: performance.now() - started, mrrAt10, hitAt5: ranks.filter((rank) => rank !== null && rank <= 5).length / queries.length, ranks, firsts: queries.map((query) => memo(query.query)[0]?.label ?? '(niets)') };
}

/** The README's example: the first maatje offer of Oude Noorden in the first ten, 1-based. */
function maatjeRank(search: Search): number | null {
  const index = search('maatje oude noorden')
    .slice(0, limit)
    .findIndex((document) => document.kind === 'offer' && document.neighbourhoodIds.includes('wijk-oude-noorden') && foldText(document.fields.name).includes('maatje'));
  return index === -1 ? null : index + 1;
}

/**
 * Search over the demo network as a city of `copies` districts (1, 11 and 56
 * make about 1k, 10k and 50k records), for Spinweb, Fuse.js alone (the
 * product's weighted keys, accents ignored) and MiniSearch (the product's
 * fields and weights, prefix and fuzzy). Run it with --expose-gc for the heap
 * figures.
 *
 * @example const [spinweb, fuse, mini] = (await benchCitySearch(11)).engines;
 */
export async function benchCitySearch(copies: number): Promise<CitySearchFigures> {
  const loadAtStart = loadavg()[0] ?? 0;
  const city = await cityCorpus(copies);
  const { documents, places } = city;
  const builds = {
    Spinweb: measuredBuild((): Search => {
      const engine = new SearchEngine(documents, places);
      return (query) => engine.search(query, { today, limit }).results.map((result) => result.document);
    }),
    'Fuse.js': measuredBuild((): Search => fuseAlone(documents)),
    MiniSearch: measuredBuild(() => miniSearchOver(documents)),
  } satisfies Record<EngineName, unknown>;
  const typedQueries = [...readmeQueries, ...drawnQueries(city)];
  const keys = keystrokesOf(typedQueries);
  const fuseKeys = documents.length <= fuseFullUpTo ? keys.map((_, index) => index) : spread(keys.length, fuseSamples);
  const perKey: Record<EngineName, number[][]> = {
    Spinweb: timeKeystrokes(builds.Spinweb.value, keys, rounds),
    MiniSearch: timeKeystrokes(builds.MiniSearch.value, keys, rounds),
    'Fuse.js': timeKeystrokes(
      builds['Fuse.js'].value,
      fuseKeys.map((index) => keys[index]!),
      1,
    ),
  };
  // Fuse.js's times stand for the keystrokes it timed; the ratios compare those keystrokes only.
  const keyed: Record<EngineName, Map<number, number[]>> = {
    Spinweb: new Map(perKey.Spinweb.map((times, index) => [index, times])),
    MiniSearch: new Map(perKey.MiniSearch.map((times, index) => [index, times])),
    'Fuse.js': new Map(perKey['Fuse.js'].map((times, at) => [fuseKeys[at]!, times])),
  };
  const samplesOf = (engine: EngineName, only?: ReadonlySet<number>) => [...keyed[engine]].filter(([index]) => !only || only.has(index)).flatMap(([, times]) => times);
  const queries = generateQueries(documents, places);
  const engineNames: EngineName[] = ['Spinweb', 'Fuse.js', 'MiniSearch'];
  const scored = Object.fromEntries(engineNames.map((engine) => [engine, quality(queries, builds[engine].value)])) as Record<EngineName, Quality>;
  const engines = engineNames.map((engine): EngineFigures => {
    const samples = samplesOf(engine);
    return {
      engine,
      buildMs: builds[engine].buildMs,
      heapMb: builds[engine].heapMb,
      medianMs: percentile(samples, 0.5),
      p95Ms: percentile(samples, 0.95),
      samples: samples.length,
      mrrAt10: scored[engine].mrrAt10,
      hitAt5: scored[engine].hitAt5,
      qualityMs: scored[engine].ms,
      maatjeRank: maatjeRank(builds[engine].value),
    };
  });
  const ratios = (['Fuse.js', 'MiniSearch'] as const).map((engine) => {
    const timed = new Set(keyed[engine].keys());
    const ours = samplesOf('Spinweb', timed);
    const theirs = samplesOf(engine);
    return { engine, median: percentile(theirs, 0.5) / percentile(ours, 0.5), p95: percentile(theirs, 0.95) / percentile(ours, 0.95) };
  });
  const misses = queries.flatMap((query, index): QualityMiss[] => {
    const spinwebRank = scored.Spinweb.ranks[index] ?? null;
    const miniSearchRank = scored.MiniSearch.ranks[index] ?? null;
    const worse = miniSearchRank !== null && (spinwebRank === null || spinwebRank > miniSearchRank);
    return worse ? [{ kind: query.kind, query: query.query, target: query.target.label, spinwebRank, spinwebFirst: scored.Spinweb.firsts[index]!, miniSearchRank }] : [];
  });
  return {
    copies,
    documents: documents.length,
    wijken: places.length,
    corpusMs: city.buildMs,
    corpusFromCache: city.fromCache,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    typedQueries,
    keystrokes: keys.length,
    qualityQueries: queries.length,
    engines,
    ratios,
    misses,
  };
}
