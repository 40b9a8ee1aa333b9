import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { organisationCreate } from '../../shared/domain/organisation';
import { duplicateOrganisations, organisationSeeds, organisationsWithoutPeople, overlapGroups } from './demo-organisations';
import { demoNeighbourhoods } from './demo-places';
import { daysBefore, type SeededRandom } from './random';
import { slug } from './slug';

export interface DemoOrganisation {
  input: z.input<typeof organisationCreate> & { id: string };
  kindId: string;
  neighbourhoodId: string;
  /** In an overlap group: gets no ties to the other members. */
  overlapGroup: number | null;
  /** A spelling-variant copy of another organisation (no people, no ties). */
  isDuplicate: boolean;
  hasPeople: boolean;
}

/** Labels a broker puts on organisations of each kind, for filtering. */
const tagsByKind: Record<string, readonly string[]> = {
  'kind-huisartsenpraktijk': ['Welzijn op Recept', 'POH-GGZ', 'ouderen'],
  'kind-ggz': ['herstel', 'psychische kwetsbaarheid', 'Welzijn op Recept'],
  'kind-thuiszorg': ['ouderen', 'mantelzorg', 'dementie'],
  'kind-fysiotherapie': ['bewegen', 'valpreventie'],
  'kind-apotheek': ['medicatie', 'ouderen'],
  'kind-welzijn': ['eenzaamheid', 'Welzijn op Recept', 'vrijwilligers', 'mantelzorg', 'armoede'],
  'kind-gemeente': ['Wmo', 'schulden', 'armoede'],
  'kind-wonen': ['huurders', 'overlast', 'verhuizen'],
  'kind-sport': ['bewegen', 'jongeren', 'ouderen'],
  'kind-cultuur': ['creatief', 'ontmoeting'],
  'kind-onderwijs': ['taal', 'ouders', 'jongeren'],
  'kind-bibliotheek': ['taal', 'digitale vaardigheden', 'laaggeletterdheid'],
  'kind-levensbeschouwing': ['zingeving', 'ontmoeting', 'voedselhulp'],
  'kind-vrijwilligersorganisatie': ['vrijwilligers', 'maatjes', 'eenzaamheid', 'taal'],
  'kind-bewonersinitiatief': ['buurt', 'ontmoeting', 'groen'],
  'kind-ondernemer': ['buurt', 'sponsoring'],
};

function landline(random: SeededRandom): string {
  return `010-${random.int(2, 4)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
}

export function generateOrganisations(random: SeededRandom, today: string): DemoOrganisation[] {
  const overlapGroupOf = new Map<string, number>();
  overlapGroups.forEach((group, index) => group.organisations.forEach((name) => overlapGroupOf.set(name, index)));
  const organisations: DemoOrganisation[] = organisationSeeds.map((seed) => {
    const neighbourhood = present(demoNeighbourhoods.find((candidate) => candidate.id === seed.neighbourhoodId), 'demo record');
    const domain = `${slug(seed.name)}.example`;
    return {
      input: {
        id: random.uuid(),
        name: seed.name,
        kindId: seed.kindId,
        description: '',
        address: `${random.pick(neighbourhood.streets)} ${random.int(1, 240)}`,
        postcode: `${random.pick(neighbourhood.postcodeDigits)} ${String.fromCharCode(65 + random.int(0, 22))}${String.fromCharCode(65 + random.int(0, 22))}`,
        city: 'Rotterdam',
        neighbourhoodIds: random.chance(0.25) ? [neighbourhood.id, random.pick(demoNeighbourhoods).id].filter((id, index, all) => all.indexOf(id) === index) : [neighbourhood.id],
        phone: random.chance(0.85) ? landline(random) : null,
        email: random.chance(0.8) ? `info@${domain}` : null,
        website: random.chance(0.7) ? `https://www.${domain}` : null,
        facilities: random.chance(0.3) ? random.sample(['zaal voor 40 personen', 'keuken', 'beamer', 'tuin', 'rolstoeltoegankelijk', 'stiltekamer'], random.int(1, 3)) : [],
        tags: random.sample(tagsByKind[seed.kindId] ?? ['buurt'], random.int(0, 2)),
        status: random.chance(0.97) ? 'actief' : 'inactief',
        // Some records were checked long ago: the analysis flags them.
        verifiedOn: daysBefore(today, random.chance(0.2) ? random.int(400, 900) : random.int(5, 330)),
      },
      kindId: seed.kindId,
      neighbourhoodId: seed.neighbourhoodId,
      overlapGroup: overlapGroupOf.get(seed.name) ?? null,
      isDuplicate: false,
      hasPeople: !organisationsWithoutPeople.includes(seed.name),
    };
  });
  for (const duplicate of duplicateOrganisations) {
    const original = present(organisations.find((organisation) => organisation.input.name === duplicate.original), 'demo record');
    // The shared detail is what gives the duplicate away, so it must exist.
    if (duplicate.shared === 'phone') original.input.phone ??= landline(random);
    if (duplicate.shared === 'email') original.input.email ??= `info@${slug(original.input.name)}.example`;
    const neighbourhood = present(demoNeighbourhoods.find((candidate) => candidate.id === original.neighbourhoodId), 'demo record');
    organisations.push({
      ...original,
      input: {
        ...original.input,
        id: random.uuid(),
        name: duplicate.variant,
        address: duplicate.shared === 'postcode' ? original.input.address : `${random.pick(neighbourhood.streets)} ${random.int(1, 240)}`,
        phone: duplicate.shared === 'phone' ? (original.input.phone ?? landline(random)) : null,
        email: duplicate.shared === 'email' ? (original.input.email ?? null) : null,
        website: null,
        verifiedOn: daysBefore(today, random.int(500, 900)),
      },
      overlapGroup: null,
      isDuplicate: true,
      hasPeople: false,
    });
  }
  return organisations;
}
