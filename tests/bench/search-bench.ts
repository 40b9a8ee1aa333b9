// Search figures for `npm run bench`: the engine against Fuse.js alone on
// generated city-sized networks, per keystroke.
import Fuse from 'fuse.js';
import { SeededRandom } from '../../electron/demo/random';
import { firstNames, surnames } from '../../electron/demo/fictional-names';
import { rolesByKind } from '../../electron/demo/demo-roles';
import { offerTemplates } from '../../electron/demo/demo-offer-templates';
import type { SearchDocument } from '../../shared/search/search-document';
import { SearchEngine } from '../../shared/search/search-engine';

const neighbourhoodNames = ['Oude Noorden', 'Agniesebuurt', 'Provenierswijk', 'Bergpolder', 'Blijdorp', 'Liskwartier', 'Kralingen', 'Crooswijk', 'Delfshaven', 'Spangen', 'Feijenoord', 'Afrikaanderwijk', 'Charlois', 'Hillegersberg', 'Ommoord', 'Prins Alexander'];
const organisationWords = ['Huis van de Wijk', 'Stichting Buurtwerk', 'Huisartsenpraktijk', 'Wijkteam', 'Bibliotheek', 'Sportvereniging', 'Maatjesproject', 'Taalschool', 'Moskee', 'Wijkzorg', 'Repair Café', 'Buurttuin', 'Voedselbank', 'Vrijwilligerscentrale'];
const roles = [...new Set(Object.values(rolesByKind).flat())];

/** A city of `count` people, each at an organisation in a neighbourhood, with the tags of the offers there. */
export function generateCity(count: number, seed = 7): SearchDocument[] {
  const random = new SeededRandom(seed);
  const documents: SearchDocument[] = [];
  for (let index = 0; index < count; index++) {
    const neighbourhood = random.int(0, neighbourhoodNames.length - 1);
    const organisation = `${random.pick(organisationWords)} ${neighbourhoodNames[neighbourhood]}`;
    const offer = random.pick(offerTemplates);
    const name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
    documents.push({
      id: `p${index}`,
      kind: 'person',
      label: name,
      detail: organisation,
      fields: { name, roles: random.pick(roles), organisations: organisation, tags: `${offer.title} ${offer.themeIds.join(' ')}`.replace(/theme-/g, ''), neighbourhood: neighbourhoodNames[neighbourhood]!, text: '' },
      neighbourhoodIds: [`w${neighbourhood}`],
      warmth: random.pick(['warm', 'lauw', 'koud', null] as const),
      lastContact: random.chance(0.7) ? `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}` : null,
      archived: random.chance(0.03),
      phone: null,
      contactPersonId: null,
    });
  }
  return documents;
}

/** What a broker types, keystroke by keystroke (every prefix is one query). */
const typed = ['maatje oude noorden', 'huisarts', 'huisarst', 'taalcafe', 'fatima', 'buurtsportcoach', 'coordinator vrijwilligers', 'wijkteam blijdorp', 'wandelgroep', 'poh ggz', 'mantelzorg', 'schuldhulp'];
export const keystrokes = typed.flatMap((query) => Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)).filter((prefix) => prefix.trim() !== ''));

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function heapUsedAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export interface SearchFigures {
  records: number;
  buildMs: number;
  heapMb: number;
  medianMs: number;
  p95Ms: number;
  fuseMedianMs: number;
  fuseP95Ms: number;
  fuseQueries: number;
}

export function benchSearch(count: number): SearchFigures {
  const documents = generateCity(count);
  const places = neighbourhoodNames.map((name, index) => ({ id: `w${index}`, name }));
  const before = heapUsedAfterGc();
  const started = performance.now();
  const engine = new SearchEngine(documents, places);
  const buildMs = performance.now() - started;
  const heapMb = (heapUsedAfterGc() - before) / 1024 / 1024;
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of keystrokes) {
      const start = performance.now();
      engine.search(query, { today: '2026-11-23', limit: 20 });
      times.push(performance.now() - start);
    }
  }
  // Fuse.js alone (five keys, threshold 0.35, ignoreLocation), as the issue measured it.
  const fuse = new Fuse(documents, { keys: ['fields.name', 'fields.roles', 'fields.organisations', 'fields.tags', 'fields.neighbourhood'], threshold: 0.35, ignoreLocation: true });
  const fuseQueries = count >= 50_000 ? keystrokes.filter((_, index) => index % 8 === 0) : count >= 10_000 ? keystrokes.filter((_, index) => index % 3 === 0) : keystrokes;
  const fuseTimes = fuseQueries.map((query) => {
    const start = performance.now();
    fuse.search(query, { limit: 20 });
    return performance.now() - start;
  });
  return {
    records: count,
    buildMs,
    heapMb,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    fuseMedianMs: percentile(fuseTimes, 0.5),
    fuseP95Ms: percentile(fuseTimes, 0.95),
    fuseQueries: fuseQueries.length,
  };
}
