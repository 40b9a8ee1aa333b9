import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { tieCreate } from '../../shared/domain/tie';
import type { DemoLog } from './demo-log-entries';
import { bridgedCluster, islandOrganisations } from './demo-organisations';
import type { DemoOrganisation } from './demo-organisations-build';
import type { DemoPeople, DemoPerson } from './demo-people';
import { daysBefore, type SeededRandom } from './random';

type TieInput = z.input<typeof tieCreate> & { id: string };
type End = TieInput['from'];

export interface DemoTies {
  ties: TieInput[];
  logEntryTies: { logEntryId: string; tieIds: string[] }[];
}

const TARGET_TIES = 1500;
const INTRODUCTIONS = 80;


export function generateTies(random: SeededRandom, today: string, organisations: readonly DemoOrganisation[], people: DemoPeople, log: DemoLog): DemoTies {
  const byName = (name: string) => present(organisations.find((organisation) => organisation.input.name === name), 'demo record');
  const clusterIds = new Set(bridgedCluster.map((name) => byName(name).input.id));
  const islandIds = new Set(islandOrganisations.map((name) => byName(name).input.id));
  const overlapOf = new Map(organisations.filter((organisation) => organisation.overlapGroup !== null).map((organisation) => [organisation.input.id, organisation.overlapGroup]));
  const linkable = organisations.filter((organisation) => !organisation.isDuplicate && !islandIds.has(organisation.input.id));
  const persons = people.people.filter((person) => !person.isDuplicate);
  const personHome = (person: DemoPerson) => present(person.organisationIds[0], 'demo record');
  const homeOf = (end: End) => (end.kind === 'organisation' ? end.id : personHome(present(persons.find((person) => person.id === end.id), 'demo record')));

  const ties: TieInput[] = [];
  const pairs = new Set<string>();
  const pairKey = (a: End, b: End) => [`${a.kind}:${a.id}`, `${b.kind}:${b.id}`].sort().join('|');

  /** The rules that keep the demo's analysis signal intact. */
  const allowed = (a: End, b: End): boolean => {
    const homeA = homeOf(a);
    const homeB = homeOf(b);
    if (islandIds.has(homeA) !== islandIds.has(homeB)) return false;
    if (islandIds.has(homeA) && homeA !== homeB) return false;
    if (clusterIds.has(homeA) !== clusterIds.has(homeB)) return false;
    const groupA = overlapOf.get(homeA);
    return groupA === undefined || homeA === homeB || groupA !== overlapOf.get(homeB);
  };

  const add = (from: End, to: End, kind: TieInput['kind'], extra: Partial<TieInput> = {}, checked = true): string | null => {
    if (from.kind === to.kind && from.id === to.id) return null;
    const key = pairKey(from, to);
    if (pairs.has(key) || (checked && !allowed(from, to))) return null;
    pairs.add(key);
    const id = random.uuid();
    ties.push({
      id,
      from,
      to,
      kind,
      warmth: random.weighted([['warm', 30], ['lauw', 45], ['koud', 25]] as const),
      since: daysBefore(today, random.int(30, 2500)),
      sourceLogEntryId: null,
      note: '',
      ...extra,
    });
    return id;
  };
  const personEnd = (person: DemoPerson): End => ({ kind: 'person', id: person.id });
  const organisationEnd = (organisation: DemoOrganisation): End => ({ kind: 'organisation', id: organisation.input.id });

  // Colleagues know each other.
  const byHome = new Map<string, DemoPerson[]>();
  for (const person of persons) byHome.set(personHome(person), [...(byHome.get(personHome(person)) ?? []), person]);
  for (const colleagues of byHome.values()) {
    for (let index = 1; index < colleagues.length; index++) add(personEnd(present(colleagues[index - 1], 'demo record')), personEnd(present(colleagues[index], 'demo record')), 'collega', { warmth: 'warm' });
  }

  // Introductions the broker made, each traced to the contact where it happened.
  const logEntryTies: DemoTies['logEntryTies'] = [];
  for (const entry of random.shuffle(log.entries.filter((candidate) => (candidate.personIds?.length ?? 0) >= 2))) {
    if (logEntryTies.length >= INTRODUCTIONS) break;
    const [first, second] = random.sample(present(entry.personIds, 'demo record'), 2).map((id) => present(persons.find((person) => person.id === id), 'demo record'));
    if (!first || !second || personHome(first) === personHome(second)) continue;
    const id = add(personEnd(first), personEnd(second), 'geintroduceerd', { since: entry.occurredOn, sourceLogEntryId: entry.id, note: 'Kennis laten maken tijdens een contact van de Spin.' });
    if (id) logEntryTies.push({ logEntryId: entry.id, tieIds: [id] });
  }

  // The one tie that holds the cluster to the rest of the network.
  const clusterPerson = present(persons.find((person) => clusterIds.has(personHome(person))), 'demo record');
  const outsidePerson = present(persons.find((person) => person.warmth === 'warm' && !clusterIds.has(personHome(person)) && !islandIds.has(personHome(person))), 'demo record');
  add(personEnd(clusterPerson), personEnd(outsidePerson), 'werkt_samen', { warmth: 'warm' }, false);
  const cluster = bridgedCluster.map(byName);
  for (let index = 1; index < cluster.length; index++) add(organisationEnd(present(cluster[index - 1], 'demo record')), organisationEnd(present(cluster[index], 'demo record')), 'werkt_samen');

  const linkablePersons = persons.filter((person) => !islandIds.has(personHome(person)));
  let attempts = 0;
  while (ties.length < TARGET_TIES && attempts++ < 50_000) {
    const shape = random.weighted([['person-person', 45], ['person-organisation', 35], ['organisation-organisation', 20]] as const);
    if (shape === 'person-person') {
      add(personEnd(random.pick(linkablePersons)), personEnd(random.pick(linkablePersons)), random.weighted([['kent', 3], ['werkt_samen', 2], ['verwijst_naar', 1]] as const));
    } else if (shape === 'person-organisation') {
      add(personEnd(random.pick(linkablePersons)), organisationEnd(random.pick(linkable)), random.weighted([['kent', 3], ['verwijst_naar', 2]] as const));
    } else {
      add(organisationEnd(random.pick(linkable)), organisationEnd(random.pick(linkable)), random.weighted([['werkt_samen', 2], ['verwijst_naar', 2], ['kent', 1]] as const));
    }
  }
  return { ties, logEntryTies };
}
