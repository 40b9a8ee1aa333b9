import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { affiliationCreate } from '../../shared/domain/affiliation';
import type { personCreate } from '../../shared/domain/person';
import { extraPeopleWeight, rolesByKind } from './demo-roles';
import type { DemoOrganisation } from './demo-organisations-build';
import { shapedOrganisations } from './demo-organisations';
import { firstNames, surnames } from './fictional-names';
import { daysBefore, type SeededRandom } from './random';
import { slug } from './slug';

export interface DemoPerson {
  id: string;
  name: string;
  organisationIds: string[];
  roles: string[];
  warmth: 'koud' | 'lauw' | 'warm' | null;
  /** A warm contact the broker has not seen for over a year (analysis signal). */
  isStaleWarm: boolean;
  isDuplicate: boolean;
}

export interface DemoPeople {
  persons: (z.input<typeof personCreate> & { id: string })[];
  affiliations: (z.input<typeof affiliationCreate> & { id: string })[];
  people: DemoPerson[];
}

const TARGET_PEOPLE = 400;

function mobile(random: SeededRandom): string {
  return `06-${random.int(1, 5)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

/** A name variant a broker might type for the same person. */
function variantOf(name: string): string {
  const [first, ...rest] = name.split(' ');
  return `${present(first, 'demo record').charAt(0)}. ${rest.join(' ')}`;
}

export function generatePeople(random: SeededRandom, today: string, organisations: readonly DemoOrganisation[]): DemoPeople {
  const staffed = organisations.filter((organisation) => organisation.hasPeople && !organisation.isDuplicate);
  // Everyone staffed gets one person; the rest are spread by how big such organisations tend to be.
  const slots: DemoOrganisation[] = [...staffed];
  while (slots.length < TARGET_PEOPLE) {
    slots.push(random.weighted(staffed.map((organisation) => [organisation, extraPeopleWeight[organisation.kindId] ?? 1] as const)));
  }
  const usedNames = new Set<string>();
  const persons: DemoPeople['persons'] = [];
  const affiliations: DemoPeople['affiliations'] = [];
  const people: DemoPerson[] = [];

  const affiliate = (person: DemoPerson, organisation: DemoOrganisation, role: string) => {
    person.organisationIds.push(organisation.input.id);
    person.roles.push(role);
    affiliations.push({
      id: random.uuid(),
      personId: person.id,
      organisationId: organisation.input.id,
      role,
      since: daysBefore(today, random.int(60, 3650)),
      until: null,
    });
  };

  const rolesTaken = new Map<string, Set<string>>();
  for (const organisation of slots) {
    let name: string;
    do name = `${random.pick(firstNames)} ${random.pick(surnames)}`;
    while (usedNames.has(name));
    usedNames.add(name);
    const warmth = random.weighted([['warm', 30], ['lauw', 40], ['koud', 20], [null, 10]] as const);
    const person: DemoPerson = { id: random.uuid(), name, organisationIds: [], roles: [], warmth, isStaleWarm: false, isDuplicate: false };
    const taken = rolesTaken.get(organisation.input.id) ?? new Set<string>();
    const roles = rolesByKind[organisation.kindId] ?? ['medewerker'];
    // The first person of an organisation holds its most typical role.
    const role = taken.size === 0 ? present(roles[0], 'demo record') : random.pick(roles);
    taken.add(role);
    rolesTaken.set(organisation.input.id, taken);
    const [first, ...rest] = name.split(' ');
    const domain = `${slug(organisation.input.name)}.example`;
    persons.push({
      id: person.id,
      name,
      phones: [
        ...(random.chance(0.88) ? [{ number: mobile(random), label: 'mobiel' as const }] : []),
        ...(random.chance(0.3) ? [{ number: `010-${random.int(2, 4)}${String(random.int(0, 999_999)).padStart(6, '0')}`, label: 'werk' as const }] : []),
      ],
      email: random.chance(0.85) ? `${slug(present(first, 'demo record'))}.${slug(rest.join(' ')).replace(/-/g, '')}@${domain}` : null,
      preferredChannel: random.weighted([['bellen', 45], ['appen', 40], ['mailen', 15]] as const),
      brokerWarmth: warmth,
      expertiseTags: random.chance(0.4) ? random.sample(['ouderen', 'jongeren', 'eenzaamheid', 'schulden', 'taal', 'mantelzorg', 'dementie', 'opvoeding', 'statushouders', 'bewegen', 'zingeving'], random.int(1, 3)) : [],
      notes: '',
      legalBasis: 'gerechtvaardigd_belang',
    });
    affiliate(person, organisation, role);
    people.push(person);
  }

  // Some people wear two hats (a volunteer at a second organisation).
  const isShaped = (organisationId: string) => shapedOrganisations.has(present(organisations.find((organisation) => organisation.input.id === organisationId), 'demo record').input.name);
  const open = staffed.filter((organisation) => !shapedOrganisations.has(organisation.input.name));
  for (const person of random.sample(people.filter((candidate) => !isShaped(present(candidate.organisationIds[0], 'demo record'))), 35)) {
    const other = random.pick(open.filter((organisation) => !person.organisationIds.includes(organisation.input.id)));
    affiliate(person, other, random.pick(['vrijwilliger', 'bestuurslid', ...(rolesByKind[other.kindId] ?? [])]));
  }

  // Warm contacts the broker has not spoken to for over a year.
  for (const person of random.sample(people.filter((candidate) => candidate.warmth === 'warm'), 12)) person.isStaleWarm = true;

  // The same person entered twice: a name variant with the same mobile number.
  for (const original of random.sample(people.filter((candidate) => present(present(persons.find((row) => row.id === candidate.id), 'demo record').phones, 'demo record').some((phone) => phone.label === 'mobiel')), 4)) {
    const source = present(persons.find((row) => row.id === original.id), 'demo record');
    const duplicate: DemoPerson = { ...original, id: random.uuid(), name: variantOf(original.name), organisationIds: [], roles: [], isStaleWarm: false, isDuplicate: true };
    persons.push({ ...source, id: duplicate.id, name: duplicate.name, email: null, expertiseTags: [], phones: present(source.phones, 'demo record').filter((phone) => phone.label === 'mobiel') });
    const organisation = present(organisations.find((candidate) => candidate.input.id === original.organisationIds[0]), 'demo record');
    affiliate(duplicate, organisation, present(original.roles[0], 'demo record'));
    people.push(duplicate);
  }
  return { persons, affiliations, people };
}
