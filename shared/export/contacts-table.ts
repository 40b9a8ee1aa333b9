import { formatPhoneDutch } from '../normalise/format-phone';
import type { NetworkData } from '../network/network-data';
import { present } from '../invariants/present';
import { groupBy } from '../collections/group-by';

/** The columns of the contacts export: the ones the import recognises, so an export can be read back. */
export const contactsHeader = ['Organisatie', 'Contactpersoon', 'Functie', 'Telefoon', 'E-mail', 'Adres', 'Postcode', 'Plaats', 'Wijk', 'Aanbod', 'Website'] as const;

/**
 * The network as a spreadsheet, one row per contact as sociale kaarten
 * hold it: a person at an organisation (a person at two organisations has
 * two rows), an organisation without people on a row of its own, a person
 * without an organisation likewise. Offers go on the organisation's first
 * row, separated by "; ". Numbers as the broker writes them (06-12345678).
 */
export function contactsTable(data: NetworkData): string[][] {
  const neighbourhoodName = new Map(data.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
  const active = <Item extends { archivedAt: string | null }>(items: readonly Item[]) => items.filter((item) => item.archivedAt === null);
  const persons = new Map(active(data.persons).map((person) => [person.id, person]));
  // Grouped once: a city has thousands of organisations.
  const offersOf = groupBy(active(data.offers), (offer) => [offer.organisationId]);
  const staffOf = groupBy(
    active(data.affiliations).filter((affiliation) => persons.has(affiliation.personId)),
    (affiliation) => [affiliation.organisationId],
  );
  const rows: string[][] = [];
  const placed = new Set<string>();
  for (const organisation of active(data.organisations)) {
    const offers = (offersOf.get(organisation.id) ?? []).map((offer) => offer.title.replace(/;/g, ',')).join('; ');
    const organisationCells = (first: boolean) => [organisation.address, organisation.postcode ?? '', organisation.city, organisation.neighbourhoodIds.map((id) => neighbourhoodName.get(id) ?? '').join(', '), first ? offers : '', organisation.website ?? ''];
    const staff = staffOf.get(organisation.id) ?? [];
    if (staff.length === 0) {
      rows.push([organisation.name, '', '', organisation.phone ? formatPhoneDutch(organisation.phone) : '', organisation.email ?? '', ...organisationCells(true)]);
      continue;
    }
    staff.forEach((affiliation, index) => {
      const person = present(persons.get(affiliation.personId), `person ${affiliation.personId}`);
      placed.add(person.id);
      rows.push([organisation.name, person.name, affiliation.role, person.phones.map((phone) => formatPhoneDutch(phone.number)).join(' / '), person.email ?? '', ...organisationCells(index === 0)]);
    });
  }
  for (const person of persons.values()) {
    if (!placed.has(person.id)) rows.push(['', person.name, '', person.phones.map((phone) => formatPhoneDutch(phone.number)).join(' / '), person.email ?? '', '', '', '', '', '', '']);
  }
  return rows;
}
