import type { TaxonomyKind } from '../../../shared/taxonomies/taxonomy';
import type { NetworkData, NetworkIndex } from '../state/network-data';
import { dutchCollator } from '../strings/dutch';
import type { Option } from './form-fields';

/** The active terms of one list, in their own order; sub-terms indented under their parent. */
export function termOptions(data: NetworkData, taxonomy: TaxonomyKind): Option[] {
  const terms = data.terms.filter((term) => term.taxonomy === taxonomy && term.archivedAt === null);
  const top = terms.filter((term) => term.parentId === null);
  return top.flatMap((term) => [
    { value: term.id, label: term.label },
    ...terms.filter((child) => child.parentId === term.id).map((child) => ({ value: child.id, label: `  ${child.label}` })),
  ]);
}

/** The neighbourhoods (not the district above them), alphabetically. */
export function neighbourhoodOptions(data: NetworkData): Option[] {
  const parents = new Set(data.neighbourhoods.map((neighbourhood) => neighbourhood.parentId).filter(Boolean));
  return data.neighbourhoods
    .filter((neighbourhood) => neighbourhood.archivedAt === null && !parents.has(neighbourhood.id))
    .sort((left, right) => dutchCollator.compare(left.name, right.name))
    .map((neighbourhood) => ({ value: neighbourhood.id, label: neighbourhood.name }));
}

export function tagOptions(tags: Iterable<string>): Option[] {
  return [...new Set(tags)].sort(dutchCollator.compare).map((tag) => ({ value: tag, label: tag }));
}

export function labelsOf(ids: readonly string[], lookup: Map<string, { label?: string; name?: string }>): string {
  return ids
    .map((id) => {
      const item = lookup.get(id);
      return item?.label ?? item?.name ?? '';
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * A person with where they work: "Chantal Smits · wijkverpleegkundige,
 * Thuiszorg Noord". Two people of the same name, or a name alone among
 * hundreds, are told apart by their role and organisation.
 */
export function personWithRoles(personId: string, index: NetworkIndex): string {
  const person = index.person.get(personId);
  if (!person) return '';
  const roles = (index.affiliationsOfPerson.get(person.id) ?? []).map((affiliation) => [affiliation.role, index.organisation.get(affiliation.organisationId)?.name].filter(Boolean).join(', '));
  return [person.name, ...roles].join(' · ');
}

/** Active organisations, alphabetically, for a select field. */
export function organisationOptions(data: NetworkData): Option[] {
  return data.organisations
    .filter((organisation) => organisation.archivedAt === null)
    .sort((left, right) => dutchCollator.compare(left.name, right.name))
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));
}

/** A fixed code list as options, in its own order with its labels; `codes` picks some of them. */
export function codeOptions<Code extends string>(list: { codes: readonly Code[]; labels: Record<Code, string> }, codes: readonly Code[] = list.codes): Option[] {
  return codes.map((code) => ({ value: code, label: list.labels[code] }));
}
