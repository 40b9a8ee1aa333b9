import type { Organisation } from './organisation';
import type { Person } from './person';
import type { TaxonomyTerm } from './taxonomy-term';
import type { Neighbourhood } from './neighbourhood';

const union = <Item>(left: readonly Item[], right: readonly Item[]) => [...new Set([...left, ...right])];
const warmthRank = { koud: 0, lauw: 1, warm: 2 } as const;

/**
 * What the kept organisation holds after a merge: its own details, and the
 * duplicate's where it has none; names, wijken, labels and facilities of
 * both; the duplicate's name as an alias. The merge stores this and the
 * preview shows it, so what she sees is what she gets.
 */
export function mergedOrganisationFields(keep: Organisation, drop: Organisation) {
  return {
    aliases: union(keep.aliases, [drop.name, ...drop.aliases]).filter((alias) => alias !== keep.name),
    neighbourhoodIds: union(keep.neighbourhoodIds, drop.neighbourhoodIds),
    tags: union(keep.tags, drop.tags),
    facilities: union(keep.facilities, drop.facilities),
    phone: keep.phone ?? drop.phone,
    email: keep.email ?? drop.email,
    website: keep.website ?? drop.website,
    address: keep.address || drop.address,
    postcode: keep.postcode ?? drop.postcode,
    description: keep.description || drop.description,
  };
}

/** What the kept person holds after a merge: every number of both, the warmer contact, both sets of expertise and notes. */
export function mergedPersonFields(keep: Person, drop: Person) {
  return {
    phones: [...keep.phones, ...drop.phones.filter((phone) => !keep.phones.some((known) => known.number === phone.number))],
    email: keep.email ?? drop.email,
    preferredChannel: keep.preferredChannel ?? drop.preferredChannel,
    brokerWarmth: [keep.brokerWarmth, drop.brokerWarmth].reduce<Person['brokerWarmth']>((best, value) => (value && (!best || warmthRank[value] > warmthRank[best]) ? value : best), null),
    expertiseTags: union(keep.expertiseTags, drop.expertiseTags),
    notes: [keep.notes, drop.notes].filter(Boolean).join('\n'),
  };
}

/** A list value merged into another keeps its label and place, and takes the other's roles too: what the logic relied on either for still holds. */
export function mergedTermFields(keep: TaxonomyTerm, drop: TaxonomyTerm) {
  return { roles: union(keep.roles, drop.roles), parentId: keep.parentId === drop.id ? drop.parentId : keep.parentId };
}

/** A wijk merged into another holds the postcode areas of both. */
export function mergedNeighbourhoodFields(keep: Neighbourhood, drop: Neighbourhood) {
  return { postcodeAreas: union(keep.postcodeAreas, drop.postcodeAreas), parentId: keep.parentId === drop.id ? drop.parentId : keep.parentId };
}
