import { hasLeft } from '../../../shared/domain/affiliation';
import type { NetworkIndex } from './network-data';

/** A person as lists name them: "Femke van Vliet (Parochie Heilige Familie)", by where they work now. */
export function personWithOrganisation(index: NetworkIndex, personId: string): string {
  const name = index.person.get(personId)?.name ?? '?';
  const role = (index.affiliationsOfPerson.get(personId) ?? []).find((affiliation) => !hasLeft(affiliation));
  const organisation = role ? index.organisation.get(role.organisationId)?.name : undefined;
  return organisation ? `${name} (${organisation})` : name;
}
