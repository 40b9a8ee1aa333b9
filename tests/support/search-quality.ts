// The search quality suite: generated queries of every kind a broker types,
// scored as hit@1, hit@3 and MRR per kind, for Spinweb's search and for
// Fuse.js alone over the same records in the same run. Used by
// `tests/search/search-quality.test.ts` (thresholds) and `npm run bench`
// (the table); it does not load Vitest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createLocalClient } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openDatabase } from '../../electron/database/open-database';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { SeededRandom } from '../../electron/demo/random';
import { createServiceContext } from '../../electron/services/service-context';
import { loadNetworkData } from '../../shared/network/network-data';
import { foldText } from '../../shared/normalise/name';
import { buildSearchDocuments } from '../../shared/search/build-search-documents';
import { dialledDigits } from '../../shared/search/dialled-digits';
import { fieldWeights, searchFields, type SearchDocument } from '../../shared/search/search-document';
import { testClock, testToday } from './test-clock';

export const queryKinds = [
  'exacte naam',
  'begin van de naam',
  'twee letters verwisseld',
  'één tikfout',
  'twee tikfouten',
  'ij/y, ei/ij, ou/au',
  'zonder accenten',
  'voorletter',
  'achternaam eerst',
  'telefoonnummer',
  'naam en wijk',
] as const;
export type QueryKind = (typeof queryKinds)[number];

export interface QualityQuery {
  kind: QueryKind;
  query: string;
  /** A result is right when it is this record, or one of the same kind with the same name (or number). */
  target: SearchDocument;
}

/** Queries per kind and network; enough for a stable rate, few enough for a quick Fuse.js baseline. */
const perKind = 30;

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** The word a typo goes into: the longest, as a mistyped surname or name word. Typos spare the first letter, as typists do. */
function longestWordAt(words: readonly string[]): number {
  return words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
}

function typo(random: SeededRandom, word: string): string {
  const at = random.int(1, word.length - 1);
  const kind = random.int(0, 2);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + random.pick(Array.from(letters)) + word.slice(at);
  const replacement = random.pick(Array.from(letters).filter((letter) => letter !== word[at]));
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

function transposed(random: SeededRandom, word: string): string {
  const at = random.int(1, word.length - 2);
  return `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`;
}

/** The same sound, spelled the other way: Dutch names vary so (Meijer/Meyer, Klein/Klijn, Pauw/Pouw). */
function respelled(text: string): string | null {
  for (const [from, to] of [
    ['ij', 'y'],
    ['y', 'ij'],
    ['ei', 'ij'],
    ['ou', 'au'],
    ['au', 'ou'],
  ] as const) {
    if (text.includes(from)) return text.replace(from, to);
  }
  return null;
}

const tussenvoegsels = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'el', 'al', 'la', 'le', 'du', 'da']);

function withTypoInLongestWord(random: SeededRandom, text: string, change: (random: SeededRandom, word: string) => string): string | null {
  const words = text.split(' ');
  const index = longestWordAt(words);
  if (words[index]!.length < 5) return null;
  words[index] = change(random, words[index]!);
  return words.join(' ');
}

/** The queries of one kind for one record, or null when the kind does not apply to it. */
function queryFor(kind: QueryKind, document: SearchDocument, random: SeededRandom, neighbourhoodName: (id: string) => string | undefined): string | null {
  const name = document.label.toLowerCase();
  const words = name.split(' ');
  switch (kind) {
    case 'exacte naam':
      return name;
    case 'begin van de naam':
      return name.length < 8 ? null : name.slice(0, Math.max(4, Math.ceil(name.length * 0.6))).trimEnd();
    case 'twee letters verwisseld':
      return withTypoInLongestWord(random, name, transposed);
    case 'één tikfout':
      return withTypoInLongestWord(random, name, typo);
    case 'twee tikfouten':
      return words.filter((word) => word.length >= 5).length >= 2 || words[longestWordAt(words)]!.length >= 7 ? twoTypos(random, name) : null;
    case 'ij/y, ei/ij, ou/au':
      return respelled(name);
    case 'zonder accenten': {
      const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
      return plain === name ? null : plain;
    }
    case 'voorletter':
      return document.kind === 'person' && words.length >= 2 ? `${words[0]![0]}. ${words.slice(1).join(' ')}` : null;
    case 'achternaam eerst': {
      if (document.kind !== 'person' || words.length < 3) return null;
      const between = words.slice(1, -1);
      return between.every((word) => tussenvoegsels.has(word)) ? `${words.at(-1)}, ${words[0]} ${between.join(' ')}` : null;
    }
    case 'telefoonnummer':
      return document.kind === 'person' && document.phone ? dialledDigits(document.phone) : null;
    case 'naam en wijk': {
      const neighbourhood = document.neighbourhoodIds.map(neighbourhoodName).find((found) => found !== undefined);
      return neighbourhood && !foldText(name).includes(foldText(neighbourhood)) ? `${name} ${neighbourhood.toLowerCase()}` : null;
    }
  }
}

/** Two typos: one in each of two long words, or both in one word of seven letters or more. */
function twoTypos(random: SeededRandom, name: string): string {
  const words = name.split(' ');
  const long = words.map((word, index) => [word, index] as const).filter(([word]) => word.length >= 5);
  if (long.length >= 2) {
    for (const [word, index] of long.slice(-2)) words[index] = typo(random, word);
    return words.join(' ');
  }
  const index = longestWordAt(words);
  words[index] = typo(random, typo(random, words[index]!));
  return words.join(' ');
}

/** Up to `perKind` queries of every kind, over persons, organisations and offers, drawn with a fixed seed. */
export function generateQueries(documents: readonly SearchDocument[], places: readonly { id: string; name: string }[], seed = 11): QualityQuery[] {
  const random = new SeededRandom(seed);
  const neighbourhoodNames = new Map(places.map((place) => [place.id, place.name]));
  const live = documents.filter((document) => !document.archived);
  const queries: QualityQuery[] = [];
  for (const kind of queryKinds) {
    // Shuffled once per kind, so each kind samples its own records.
    const order = live.map((document) => ({ document, key: random.next() })).sort((a, b) => a.key - b.key);
    let count = 0;
    for (const { document } of order) {
      if (count === perKind) break;
      const query = queryFor(kind, document, random, (id) => neighbourhoodNames.get(id));
      if (query === null || foldText(query) === '') continue;
      queries.push({ kind, query, target: document });
      count++;
    }
  }
  return queries;
}

/**
 * Whether a result answers the query: the record it was made from, or one
 * that answers it as well: the same kind with the same name (or number), a
 * record whose name is exactly what was typed, and for a beginning or an
 * initial every record whose name goes on that way (which one is meant,
 * the query cannot say).
 */
export function isRight(found: SearchDocument, query: QualityQuery): boolean {
  if (found.id === query.target.id) return true;
  // A beginning may go on as a person's, an organisation's or an offer's name alike.
  if (query.kind === 'begin van de naam') return foldText(found.label).startsWith(foldText(query.query));
  if (found.kind !== query.target.kind) return false;
  if (query.kind === 'telefoonnummer') return found.phone === query.target.phone;
  const name = foldText(found.label);
  if (name === foldText(query.target.label) || name === foldText(query.query)) return true;
  // An initial ("p. de boer", "b. lahlou") is answered by every name it can stand for.
  if (/^\p{L}\. /u.test(query.query)) {
    const [initial, ...rest] = foldText(query.query).split(' ');
    const [first, ...others] = name.split(' ');
    return first!.startsWith(initial!) && others.join(' ') === rest.join(' ');
  }
  return false;
}

export interface KindScore {
  kind: QueryKind;
  queries: number;
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank over the first ten results. */
  mrr: number;
  /** Queries whose first result was not right, with what came first: for a failing test's message. */
  missedAt1: string[];
}

/** hit@1, hit@3 and MRR@10 per kind for a search that returns records best first. */
export function scoreSearch(queries: readonly QualityQuery[], search: (query: string) => readonly SearchDocument[]): KindScore[] {
  return queryKinds.flatMap((kind) => {
    const ofKind = queries.filter((query) => query.kind === kind);
    if (ofKind.length === 0) return [];
    const missedAt1: string[] = [];
    const ranks = ofKind.map((query) => {
      const found = search(query.query).slice(0, 10);
      const index = found.findIndex((result) => isRight(result, query));
      if (index !== 0) missedAt1.push(`"${query.query}" (${query.target.label}): ${index === -1 ? 'niet in de eerste 10' : `plaats ${index + 1}`}, eerst ${found[0]?.label ?? 'niets'}`);
      return index === -1 ? null : index + 1;
    });
    const share = (wanted: (rank: number) => boolean) => ranks.filter((rank) => rank !== null && wanted(rank)).length / ranks.length;
    return [{ kind, queries: ofKind.length, hitAt1: share((rank) => rank === 1), hitAt3: share((rank) => rank <= 3), mrr: ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / ranks.length, missedAt1 }];
  });
}

/** Fuse.js alone over every record: the baseline (diacritics ignored on both sides, no field-length norm). */
export function fuseAlone(documents: readonly SearchDocument[]): (query: string) => SearchDocument[] {
  const fuse = new Fuse(documents, {
    keys: searchFields.map((field) => ({ name: `fields.${field}`, weight: fieldWeights[field] })),
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
    ignoreFieldNorm: true,
  });
  return (query) => fuse.search(query, { limit: 10 }).map((hit) => hit.item);
}

export interface SearchSet {
  documents: SearchDocument[];
  places: { id: string; name: string }[];
}

/**
 * The demo network's search records, `copies` times over: each copy is the
 * demo built with its own seed (its own people, numbers and ties), with ids
 * made unique. The neighbourhoods are shared, so every neighbourhood holds `copies` times as
 * many records: the crowding that made ranking slip at city scale.
 */
export async function demoSearchSet(copies: number): Promise<SearchSet> {
  const built = await Promise.all(Array.from({ length: copies }, (_, copy) => demoCopy(copy)));
  return { documents: built.flatMap((copy) => copy.documents), places: built[0]?.places ?? [] };
}

/** Each copy is built once per process: the ten-fold set and the demo itself share the first. */
const demoCopies = new Map<number, Promise<SearchSet>>();

function demoCopy(copy: number): Promise<SearchSet> {
  let built = demoCopies.get(copy);
  if (!built) {
    built = buildDemoCopy(copy);
    demoCopies.set(copy, built);
  }
  return built;
}

async function buildDemoCopy(copy: number): Promise<SearchSet> {
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-search-quality-'));
  const network = await openDatabase(join(dir, 'demo.sqlite'));
  try {
    await buildDemoNetwork(network.db, { seed: 2026 + copy, today: testToday });
    const data = await loadNetworkData(createLocalClient(createHandlers(createServiceContext(network.db, 'test', testClock))));
    const suffix = copy === 0 ? '' : `~${copy}`;
    return {
      documents: buildSearchDocuments(data).map((document) => ({ ...document, id: `${document.id}${suffix}`, contactPersonId: document.contactPersonId && `${document.contactPersonId}${suffix}` })),
      places: data.neighbourhoods.map(({ id, name }) => ({ id, name })),
    };
  } finally {
    await network.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table `npm run bench` prints and the test reports: per kind, Spinweb against Fuse.js alone. */
export function qualityTable(ours: readonly KindScore[], fuse: readonly KindScore[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(5);
  const lines = [`${'soort zoekvraag'.padEnd(24)} vragen   hit@1  hit@3    MRR | Fuse: hit@1  hit@3    MRR`];
  for (const score of ours) {
    const base = fuse.find((entry) => entry.kind === score.kind)!;
    lines.push(`${score.kind.padEnd(24)} ${String(score.queries).padStart(6)}   ${percent(score.hitAt1)}  ${percent(score.hitAt3)}  ${score.mrr.toFixed(2).padStart(5)} |       ${percent(base.hitAt1)}  ${percent(base.hitAt3)}  ${base.mrr.toFixed(2).padStart(5)}`);
  }
  return lines.join('\n');
}
