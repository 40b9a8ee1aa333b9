import { lastContactByPerson } from '../analysis/last-contact';
import type { Person } from '../domain/person';
import type { NetworkData } from '../network/network-data';
import type { SearchDocument } from './search-document';
import { dialledDigits } from './dialled-digits';

const warmthRank = { warm: 3, lauw: 2, koud: 1 } as const;

function warmest(values: readonly SearchDocument['warmth'][]): SearchDocument['warmth'] {
  return values.reduce<SearchDocument['warmth']>((best, value) => (value && (!best || warmthRank[value] > warmthRank[best]) ? value : best), null);
}

function latest(values: readonly (string | null)[]): string | null {
  return values.reduce<string | null>((best, value) => (value && (!best || value > best) ? value : best), null);
}

/**
 * Turns the network into search documents: one per person, organisation and
 * offer, with the words a broker would search them by.
 */
export function buildSearchDocuments(data: NetworkData): SearchDocument[] {
  const termLabel = new Map(data.terms.map((term) => [term.id, term.label]));
  const neighbourhoodName = new Map(data.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
  const organisationById = new Map(data.organisations.map((organisation) => [organisation.id, organisation]));
  const personById = new Map(data.persons.map((person) => [person.id, person]));
  const lastContact = lastContactByPerson(data.logEntries);
  const affiliationsOfPerson = new Map<string, typeof data.affiliations>();
  const affiliationsOfOrganisation = new Map<string, typeof data.affiliations>();
  for (const affiliation of data.affiliations) {
    if (affiliation.archivedAt) continue;
    // Appended in place: copying the list on every append made an organisation with many people cost n².
    for (const [byKey, key] of [
      [affiliationsOfPerson, affiliation.personId],
      [affiliationsOfOrganisation, affiliation.organisationId],
    ] as const) {
      const list = byKey.get(key);
      if (list) list.push(affiliation);
      else byKey.set(key, [affiliation]);
    }
  }
  const labels = (ids: readonly string[], lookup: Map<string, string>) => ids.map((id) => lookup.get(id) ?? '').filter(Boolean).join(' ');
  const documents: SearchDocument[] = [];

  for (const person of data.persons) {
    const affiliations = affiliationsOfPerson.get(person.id) ?? [];
    const organisations = affiliations.map((affiliation) => organisationById.get(affiliation.organisationId)).filter((organisation) => organisation !== undefined);
    const phone = person.phones.find((candidate) => candidate.label === 'mobiel') ?? person.phones[0];
    documents.push({
      id: person.id,
      kind: 'person',
      label: person.name,
      detail: affiliations.map((affiliation) => [affiliation.role, organisationById.get(affiliation.organisationId)?.name].filter(Boolean).join(', ')).join(' · '),
      fields: {
        name: person.name,
        roles: affiliations.map((affiliation) => affiliation.role).join(' '),
        organisations: organisations.map((organisation) => organisation.name).join(' '),
        tags: person.expertiseTags.join(' '),
        neighbourhood: organisations.map((organisation) => labels(organisation.neighbourhoodIds, neighbourhoodName)).join(' '),
        text: [person.email ?? '', person.notes, ...person.phones.map((phone) => dialledDigits(phone.number))].join(' '),
      },
      neighbourhoodIds: [...new Set(organisations.flatMap((organisation) => organisation.neighbourhoodIds))],
      warmth: person.brokerWarmth,
      lastContact: lastContact.get(person.id) ?? null,
      archived: person.archivedAt !== null,
      phone: phone?.number ?? null,
      contactPersonId: null,
    });
  }

  for (const organisation of data.organisations) {
    const people = (affiliationsOfOrganisation.get(organisation.id) ?? []).map((affiliation) => personById.get(affiliation.personId)).filter((person): person is Person => person !== undefined && person.archivedAt === null);
    documents.push({
      id: organisation.id,
      kind: 'organisation',
      label: organisation.name,
      detail: termLabel.get(organisation.kindId) ?? '',
      fields: {
        name: [organisation.name, ...organisation.aliases].join(' '),
        roles: termLabel.get(organisation.kindId) ?? '',
        organisations: '',
        // What it has to offer besides its activities ("zaal voor 40 personen", "keuken") is found like a label.
        tags: [...organisation.tags, ...organisation.facilities].join(' '),
        neighbourhood: labels(organisation.neighbourhoodIds, neighbourhoodName),
        text: [organisation.description, organisation.phone ? dialledDigits(organisation.phone) : ''].join(' '),
      },
      neighbourhoodIds: organisation.neighbourhoodIds,
      warmth: warmest(people.map((person) => person.brokerWarmth)),
      lastContact: latest(people.map((person) => lastContact.get(person.id) ?? null)),
      archived: organisation.archivedAt !== null,
      phone: organisation.phone,
      contactPersonId: null,
    });
  }

  for (const offer of data.offers) {
    const organisation = organisationById.get(offer.organisationId);
    const contact = offer.contactPersonId ? personById.get(offer.contactPersonId) : undefined;
    const contactPhone = contact?.phones.find((candidate) => candidate.label === 'mobiel') ?? contact?.phones[0];
    documents.push({
      id: offer.id,
      kind: 'offer',
      label: offer.title,
      detail: [organisation?.name, contact ? `contact: ${contact.name}` : ''].filter(Boolean).join(' · '),
      fields: {
        name: offer.title,
        roles: '',
        organisations: organisation?.name ?? '',
        tags: [...offer.themeIds, ...offer.targetGroupIds, ...offer.lifeDomainIds].map((id) => termLabel.get(id) ?? '').join(' '),
        neighbourhood: labels(offer.neighbourhoodIds, neighbourhoodName),
        text: offer.description,
      },
      neighbourhoodIds: offer.neighbourhoodIds,
      warmth: contact?.brokerWarmth ?? null,
      lastContact: contact ? (lastContact.get(contact.id) ?? null) : null,
      archived: offer.archivedAt !== null || offer.status === 'gestopt',
      phone: contactPhone?.number ?? null,
      contactPersonId: contact?.id ?? null,
    });
  }
  return documents;
}
