// A city's search records for the search bench: the demo network replicated
// as districts. Copy 0 is the demo as it is (Rotterdam Noord); every further
// copy is a district of its own, built from its own demo seed (its own
// people, numbers and contacts), with its own ids, wijken and streets, and a
// few people who also work for an organisation in an earlier district.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoNeighbourhoods, districtId } from '../../electron/demo/demo-places';
import { SeededRandom } from '../../electron/demo/random';
import { slug } from '../../electron/demo/slug';
import { foldText } from '../../shared/normalise/name';
import type { SearchDocument } from '../../shared/search/search-document';
import type { Place } from '../../shared/search/search-engine';
import { tokenize } from '../../shared/search/tokenize';
import { demoSearchSet } from '../support/search-quality';

export interface District {
  copy: number;
  /** "Rotterdam Noord" for the demo, "Rotterdam Vreewaard" and so on for the others. */
  name: string;
  /** Its wijken, and the district itself as a place (as the demo has it). */
  places: Place[];
}

export interface CityCorpus {
  documents: SearchDocument[];
  /** Every district's wijken: what the search reads a place from. */
  places: Place[];
  districts: District[];
  /** How long the corpus took: built from the demo, or read from the cache. */
  buildMs: number;
  fromCache: boolean;
}

/** The demo's district word: "Stichting Buurtwerk Noord", "Rotterdam Noord". */
const demoDistrictWord = 'Noord';
const demoDistrictName = 'Rotterdam Noord';

const wijkStems = [
  'Vree', 'Kraling', 'Schie', 'Zwanen', 'Linden', 'Beuken', 'Eiken', 'Heide', 'Molen', 'Sluis', 'Hoog', 'Laag', 'Oost', 'West', 'Bloem',
  'Rozen', 'Water', 'Kerk', 'Brug', 'Maas', 'Rotte', 'Groen', 'Wilgen', 'Esch', 'Over', 'Neder', 'Klooster', 'Ridder', 'Graven', 'Hille',
  'Lombar', 'Pendre', 'Vogel', 'Riet', 'Veen', 'Zand', 'Klei', 'Ommo', 'Crooz', 'Span', 'Tarwe', 'Haver', 'Koren', 'Duiven', 'Meeuwen',
  'Kralen', 'Schoon', 'Zegel', 'Tuin', 'Lage', 'Hof', 'Heem', 'Blijde', 'Vrede', 'Wester', 'Ooster', 'Zuider', 'Kleiburg',
];
const wijkEnds = ['wijk', 'dorp', 'polder', 'buurt', 'kwartier', 'hoek', 'veld', 'dijk', 'haven', 'oord', 'rust', 'berg', 'hof', 'meer', 'zicht', 'waard', 'hage', 'dam', 'stein', 'lust', 'mond', 'plaat', 'woude', 'horst'];
const wijkBefore = ['Oud', 'Nieuw', 'Groot', 'Klein'];
const wijkAfter = ['Noord', 'Zuid', 'Oost', 'West'];

const streetStems = [
  'Merel', 'Lijster', 'Spreeuw', 'Kievit', 'Reiger', 'Zwaluw', 'Akelei', 'Lavendel', 'Jasmijn', 'Iris', 'Esdoorn', 'Kastanje', 'Hazelaar',
  'Vlier', 'Rembrandt', 'Vermeer', 'Hobbema', 'Ruisdael', 'Jan Steen', 'Frans Hals', 'Bredero', 'Vondel', 'Hooft', 'Tollens', 'Bilderdijk',
  'Potgieter', 'Erasmus', 'Spinoza', 'Huygens', 'Lorentz', 'Zeeman', 'Schoener', 'Fregat', 'Kotter', 'Botter', 'Tjalk', 'Lindeboom',
  'Populier', 'Plataan', 'Berken', 'Vlas', 'Hennep', 'Koper', 'Zilver', 'Kalk', 'Turf', 'Pieter de Hooch', 'Graaf Floris', 'Piet Hein',
  'Van Speijk', 'Karel Doorman', 'Kortenaer', 'Evertsen', 'Tromp', 'Van Galen', 'Marconi', 'Edison', 'Volta', 'Faraday', 'Kepler',
  'Mercator', 'Tasman', 'Barentsz', 'Heemskerk', 'Linschoten', 'Hudson', 'Vinken', 'Meidoorn', 'Gerbera', 'Dahlia', 'Korenbloem',
];
const streetEnds = ['straat', 'weg', 'laan', 'singel', 'kade', 'plein', 'dijk', 'gracht', 'dreef', 'pad', 'hof', 'park'];
const streetBefore = ['Korte', 'Lange', 'Oude', 'Nieuwe', 'Eerste', 'Tweede'];

/** How the search compares two names: two wijken (or streets) of the city never read alike. */
const nameKey = (name: string) => tokenize(name).join(' ');

/** Draws names until one is new to the city; `plain` first, `varied` when that one is taken. */
function freshName(random: SeededRandom, used: Set<string>, plain: () => string, varied: (name: string) => string): string {
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const base = plain();
    const name = attempt % 2 === 0 ? base : varied(base);
    if (used.has(nameKey(name))) continue;
    used.add(nameKey(name));
    return name;
  }
  throw new Error('city-corpus: no fresh name left; add word parts');
}

const compound = (random: SeededRandom) => {
  const stem = random.pick(wijkStems);
  const end = random.pick(wijkEnds.filter((candidate) => !stem.toLowerCase().endsWith(candidate)));
  return `${stem}${end}`;
};

/** The names a district replaces: its district word, wijken and streets, each paired with the demo's. */
interface DistrictNames {
  district: string;
  /** Demo name -> this district's name. */
  renamed: Map<string, string>;
  places: Place[];
  /** Demo neighbourhood id -> this district's. */
  placeIds: Map<string, string>;
}

/**
 * The names of districts 1 to `copies - 1`, drawn in order from one seed: a
 * district's names never depend on how many come after it, so a smaller
 * city is the start of a larger one.
 */
function districtNames(copies: number, seed = 1919): DistrictNames[] {
  const random = new SeededRandom(seed);
  const used = new Set([demoDistrictWord, ...demoNeighbourhoods.flatMap((neighbourhood) => [neighbourhood.name, ...neighbourhood.streets])].map(nameKey));
  const wijkName = () => freshName(random, used, () => compound(random), (name) => (random.chance(0.5) ? `${random.pick(wijkBefore)} ${name}` : `${name} ${random.pick(wijkAfter)}`));
  const streetName = () => freshName(random, used, () => `${random.pick(streetStems)}${random.pick(streetEnds)}`, (name) => `${random.pick(streetBefore)} ${name}`);
  const all: DistrictNames[] = [];
  for (let copy = 1; copy < copies; copy++) {
    const district = freshName(random, used, () => compound(random), (name) => `${random.pick(wijkBefore)} ${name}`);
    const renamed = new Map([
      [demoDistrictName, `Rotterdam ${district}`],
      [demoDistrictWord, district],
    ]);
    const placeIds = new Map([[districtId, `wijk-rotterdam-${slug(district)}`]]);
    const places: Place[] = [];
    for (const neighbourhood of demoNeighbourhoods) {
      const name = wijkName();
      renamed.set(neighbourhood.name, name);
      placeIds.set(neighbourhood.id, `wijk-${slug(name)}`);
      places.push({ id: `wijk-${slug(name)}`, name });
      for (const street of neighbourhood.streets) renamed.set(street, streetName());
    }
    places.push({ id: `wijk-rotterdam-${slug(district)}`, name: `Rotterdam ${district}` });
    all.push({ district, renamed, places, placeIds });
  }
  return all;
}

/** Every demo place name as the records write it: as named, in lower case ("oude noorden") and as a slug in e-mail addresses ("oude-noorden"). */
const demoNames = [demoDistrictName, demoDistrictWord, ...demoNeighbourhoods.flatMap((neighbourhood) => [neighbourhood.name, ...neighbourhood.streets])];
const writtenAs = (name: string) => [name, foldText(name), slug(name)];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One pass over a text, longest names first, whole words only: "Blijdorpsepolder" is not "Blijdorp" + "sepolder", and a new name is never renamed again. */
const demoNamePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(demoNames.flatMap(writtenAs))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

function renamer(names: DistrictNames): (text: string) => string {
  const replacement = new Map<string, string>();
  for (const [demo, own] of names.renamed) {
    const [asNamed, lower, asSlug] = writtenAs(demo);
    const [ownNamed, ownLower, ownSlug] = writtenAs(own);
    replacement.set(asNamed!, ownNamed!);
    replacement.set(lower!, ownLower!);
    replacement.set(asSlug!, ownSlug!);
  }
  return (text) => text.replace(demoNamePattern, (found) => replacement.get(found) ?? found);
}

function asDistrict(document: SearchDocument, names: DistrictNames, rename: (text: string) => string): SearchDocument {
  return {
    ...document,
    label: rename(document.label),
    detail: rename(document.detail),
    fields: { name: rename(document.fields.name), roles: document.fields.roles, organisations: rename(document.fields.organisations), tags: rename(document.fields.tags), neighbourhood: rename(document.fields.neighbourhood), text: rename(document.fields.text) },
    neighbourhoodIds: document.neighbourhoodIds.map((id) => names.placeIds.get(id) ?? id),
  };
}

/** Share of a district's people who also work for an organisation of an earlier district: the ties between districts. */
const crossTieShare = 0.02;

/** A person also active for `organisation` elsewhere in the city: its name and wijken join the person's record. */
function alsoAt(person: SearchDocument, organisation: SearchDocument): SearchDocument {
  return {
    ...person,
    detail: [person.detail, organisation.label].filter(Boolean).join(' · '),
    fields: { ...person.fields, organisations: `${person.fields.organisations} ${organisation.label}`.trim(), neighbourhood: `${person.fields.neighbourhood} ${organisation.fields.neighbourhood}`.trim() },
    neighbourhoodIds: [...new Set([...person.neighbourhoodIds, ...organisation.neighbourhoodIds])],
  };
}

async function buildCity(copies: number): Promise<Omit<CityCorpus, 'buildMs' | 'fromCache'>> {
  // One copy at a time (demoSearchSet keeps the copies it built): all at once, 56 demo builds take 2.4 GB.
  for (let built = 1; built < copies; built++) await demoSearchSet(built);
  const demo = await demoSearchSet(copies);
  const byCopy: SearchDocument[][] = Array.from({ length: copies }, () => []);
  for (const document of demo.documents) byCopy[Number(/~(\d+)$/.exec(document.id)?.[1] ?? 0)]!.push(document);
  const districts: District[] = [{ copy: 0, name: demoDistrictName, places: demo.places }];
  const organisations = [byCopy[0]!.filter((document) => document.kind === 'organisation')];
  const documents = [...byCopy[0]!];
  for (const [index, names] of districtNames(copies).entries()) {
    const copy = index + 1;
    const rename = renamer(names);
    const random = new SeededRandom(3_000 + copy);
    const own = byCopy[copy]!.map((document) => asDistrict(document, names, rename));
    organisations.push(own.filter((document) => document.kind === 'organisation'));
    for (const document of own) {
      const tied = document.kind === 'person' && random.chance(crossTieShare);
      documents.push(tied ? alsoAt(document, random.pick(organisations[random.int(0, copy - 1)]!)) : document);
    }
    districts.push({ copy, name: `Rotterdam ${names.district}`, places: names.places });
  }
  return { documents, places: districts.flatMap((district) => district.places), districts };
}

/** The sources the corpus comes from (the whole demo and what turns it into search records): a change to any of them makes a new cache file. */
function sourcesKey(): string {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const demo = readdirSync(join(root, 'electron/demo')).filter((name) => name.endsWith('.ts')).map((name) => `electron/demo/${name}`);
  const rest = ['build-search-documents', 'search-document', 'dialled-digits', 'tokenize'].map((name) => `shared/search/${name}.ts`);
  const hash = createHash('sha1');
  for (const file of [...demo.sort(), ...rest, 'shared/normalise/name.ts', 'shared/analysis/last-contact.ts', 'shared/network/network-data.ts', 'tests/support/search-quality.ts', 'tests/bench/city-corpus.ts']) {
    hash.update(file).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The demo network as a city of `copies` districts (about 890 search records
 * each): 1, 11 and 56 copies make about 1k, 10k and 50k records. The corpus
 * is cached as JSON in the system's temporary folder, keyed by `copies` and
 * by the sources it is built from; `cache: false` builds it afresh.
 *
 * @example const city = await cityCorpus(11); // 11 districts, 88 wijken, ~9.8k records
 */
export async function cityCorpus(copies: number, options: { cache?: boolean } = {}): Promise<CityCorpus> {
  const started = performance.now();
  const file = join(tmpdir(), `spinweb-city-corpus-${sourcesKey()}-${copies}.json`);
  if (options.cache !== false && existsSync(file)) {
    const city = JSON.parse(readFileSync(file, 'utf8')) as Omit<CityCorpus, 'buildMs' | 'fromCache'>;
    return { ...city, buildMs: performance.now() - started, fromCache: true };
  }
  const city = await buildCity(copies);
  if (options.cache !== false) writeFileSync(file, JSON.stringify(city));
  return { ...city, buildMs: performance.now() - started, fromCache: false };
}
