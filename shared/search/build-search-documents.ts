import { lastContactByPerson } from '../analysis/last-contact';
import { preferredPhone, type Person } from '../domain/person';
import type { NetworkData } from '../network/network-data';
import type { SearchDocument } from './search-document';
import { dialledDigits } from './dialled-digits';
import { departureOf, hasLeft } from '../domain/affiliation';
import { formatDate } from '../dates/format-date';
import { groupBy } from '../collections/group-by';

const warmthRank = { warm: 3, lauw: 2, koud: 1 } as const;

function warmest(values: readonly SearchDocument['warmth'][]): SearchDocument['warmth'] {
  return values.reduce<SearchDocument['warmth']>((best, value) => (value && (!best || warmthRank[value] > warmthRank[best]) ? value : best), null);
}

function latest(values: readonly (string | null)[]): string | null {
  return values.reduce<string | null>((best, value) => (value && (!best || value > best) ? value : best), null);
}

/** The records whose documents to build: each set's ids only; all of a kind when its set is absent. */
export interface DocumentSelection {
  persons: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  offers: ReadonlySet<string>;
  requests: ReadonlySet<string>;
}

/**
 * Turns the network into search documents: one per person, organisation and
 * offer, with the words a broker would search them by. With `only`, just
 * those records' documents (after a save: see `affectedSearchDocuments`).
 */
export function buildSearchDocuments(data: NetworkData, only?: DocumentSelection): SearchDocument[] {
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
    if (only && !only.persons.has(person.id)) continue;
    const affiliations = affiliationsOfPerson.get(person.id) ?? [];
    const current = affiliations.filter((affiliation) => !hasLeft(affiliation));
    // Found by the organisations they worked at too, but said to have left, and never called there.
    const departure = departureOf(affiliations);
    const organisations = affiliations.map((affiliation) => organisationById.get(affiliation.organisationId)).filter((organisation) => organisation !== undefined);
    const phone = preferredPhone(person);
    const successor = departure?.successorPersonId ? personById.get(departure.successorPersonId) : undefined;
    // The successor's role where the person left, so she knows whom she is calling.
    const successorRole = successor ? (affiliationsOfPerson.get(successor.id) ?? []).find((affiliation) => affiliation.organisationId === departure?.organisationId && !hasLeft(affiliation))?.role : undefined;
    documents.push({
      id: person.id,
      kind: 'person',
      label: person.name,
      detail: departure
        ? [`vertrokken bij ${organisationById.get(departure.organisationId)?.name ?? '?'} per ${formatDate(departure.until ?? '')}`, successor ? `opvolger: ${[successor.name, successorRole].filter(Boolean).join(', ')}` : ''].filter(Boolean).join(' · ')
        : current.map((affiliation) => [affiliation.role, organisationById.get(affiliation.organisationId)?.name].filter(Boolean).join(', ')).join(' · '),
      fields: {
        name: person.name,
        roles: current.map((affiliation) => affiliation.role).join(' '),
        organisations: organisations.map((organisation) => organisation.name).join(' '),
        tags: person.expertiseTags.join(' '),
        neighbourhood: organisations.map((organisation) => labels(organisation.neighbourhoodIds, neighbourhoodName)).join(' '),
        text: [person.email ?? '', person.notes, ...person.phones.map((phone) => dialledDigits(phone.number))].join(' '),
      },
      neighbourhoodIds: [...new Set(organisations.flatMap((organisation) => organisation.neighbourhoodIds))],
      warmth: person.brokerWarmth,
      lastContact: lastContact.get(person.id) ?? null,
      archived: person.archivedAt !== null,
      phone: departure ? null : (phone?.number ?? null),
      contactPersonId: successor?.id ?? null,
      departed: departure !== null,
    });
  }

  for (const organisation of data.organisations) {
    if (only && !only.organisations.has(organisation.id)) continue;
    const people = (affiliationsOfOrganisation.get(organisation.id) ?? [])
      .filter((affiliation) => !hasLeft(affiliation))
      .map((affiliation) => personById.get(affiliation.personId))
      .filter((person): person is Person => person !== undefined && person.archivedAt === null);
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
      departed: false,
    });
  }

  for (const offer of data.offers) {
    if (only && !only.offers.has(offer.id)) continue;
    const organisation = organisationById.get(offer.organisationId);
    // A contact who left the organisation is not the one to call about its offer: their successor is, if known.
    const named = offer.contactPersonId ? personById.get(offer.contactPersonId) : undefined;
    const left = named ? departureOf(affiliationsOfPerson.get(named.id) ?? [], offer.organisationId) : null;
    const contact = left ? (left.successorPersonId ? personById.get(left.successorPersonId) : undefined) : named;
    const contactPhone = contact ? preferredPhone(contact) : undefined;
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
      departed: false,
    });
  }

  // An uitvraag is found by its question and its answers, after everyone to call: "what did I ask about maatjes, and who answered?".
  const repliesOf = groupBy(data.requestReplies.filter((reply) => reply.archivedAt === null), (reply) => [reply.requestId]);
  for (const request of data.requests) {
    if (only && !only.requests.has(request.id)) continue;
    const replies = repliesOf.get(request.id) ?? [];
    const answeredBy = replies.map((reply) => (reply.personId ? personById.get(reply.personId)?.name : reply.organisationId ? organisationById.get(reply.organisationId)?.name : undefined) ?? '');
    documents.push({
      id: request.id,
      kind: 'request',
      label: request.question,
      detail: [`uitvraag van ${formatDate(request.askedOn)}`, replies.length === 1 ? '1 antwoord' : `${replies.length} antwoorden`, request.closedOn ? 'afgesloten' : 'open'].join(' · '),
      fields: {
        name: request.question,
        roles: '',
        organisations: answeredBy.join(' '),
        tags: request.themeId ? (termLabel.get(request.themeId) ?? '') : '',
        neighbourhood: request.neighbourhoodId ? (neighbourhoodName.get(request.neighbourhoodId) ?? '') : '',
        text: replies.map((reply) => reply.answer).join(' '),
      },
      neighbourhoodIds: request.neighbourhoodId ? [request.neighbourhoodId] : [],
      warmth: null,
      lastContact: null,
      archived: request.archivedAt !== null,
      phone: null,
      contactPersonId: null,
      departed: false,
    });
  }
  return documents;
}

/**
 * The records of a collection that differ between two versions of the
 * network (by identity: a patch keeps unchanged records as they were), in
 * both versions: an affiliation moved to another person touches both.
 */
function changedRecords<Item extends { id: string }>(before: readonly Item[], after: readonly Item[]): Item[] {
  if (before === after) return [];
  const previous = new Map(before.map((record) => [record.id, record]));
  const changed: Item[] = [];
  for (const record of after) {
    const earlier = previous.get(record.id);
    if (earlier !== record) changed.push(record);
    if (earlier && earlier !== record) changed.push(earlier);
    previous.delete(record.id);
  }
  // Gone from the network: their documents go too.
  changed.push(...previous.values());
  return changed;
}

/**
 * Whose search documents a change of the network touches, for the search to
 * rebuild only those (at ten times the demo, building every document and
 * comparing it took longer than the save itself). A person's document
 * holds their organisations' names and wijken; an organisation's its
 * people's warmth and last contact; an offer's its contact's. So a changed
 * person touches their organisations and the offers they are the contact
 * of; a changed organisation its people and offers; a logged contact the
 * people in it, and theirs; a changed successor the people they succeeded
 * and those people's offers. A change of terms or wijken touches every
 * document: null.
 */
export function affectedSearchDocuments(before: NetworkData, after: NetworkData): DocumentSelection | null {
  if (before.terms !== after.terms || before.neighbourhoods !== after.neighbourhoods) return null;
  const persons = new Set<string>();
  const organisations = new Set<string>();
  const offers = new Set<string>();
  const requests = new Set<string>();
  // Records whose own words changed, and whose change shows in others' documents.
  const changedOrganisations = new Set(changedRecords(before.organisations, after.organisations).map((organisation) => organisation.id));
  const changedPeople = new Set(changedRecords(before.persons, after.persons).map((person) => person.id));
  for (const entry of changedRecords(before.logEntries, after.logEntries)) for (const id of entry.personIds) changedPeople.add(id);
  for (const affiliation of changedRecords(before.affiliations, after.affiliations)) {
    changedPeople.add(affiliation.personId);
    organisations.add(affiliation.organisationId);
  }
  for (const offer of changedRecords(before.offers, after.offers)) offers.add(offer.id);
  for (const id of changedOrganisations) organisations.add(id);
  for (const id of changedPeople) persons.add(id);
  // What shows the changed records: an organisation's people and offers, a person's organisations and the offers they are the contact of.
  // Someone who left shows their successor, and their offers are called about with the successor: a changed successor touches both.
  const predecessors = new Set<string>();
  for (const version of before.affiliations === after.affiliations ? [after] : [before, after]) {
    for (const affiliation of version.affiliations) {
      if (changedPeople.has(affiliation.personId)) organisations.add(affiliation.organisationId);
      if (changedOrganisations.has(affiliation.organisationId)) persons.add(affiliation.personId);
      if (affiliation.successorPersonId !== null && changedPeople.has(affiliation.successorPersonId)) predecessors.add(affiliation.personId);
    }
  }
  for (const id of predecessors) persons.add(id);
  for (const offer of after.offers) {
    const contact = offer.contactPersonId;
    if (changedOrganisations.has(offer.organisationId) || (contact !== null && (changedPeople.has(contact) || predecessors.has(contact)))) offers.add(offer.id);
  }
  // An uitvraag shows its replies and who gave them.
  for (const request of changedRecords(before.requests, after.requests)) requests.add(request.id);
  for (const reply of changedRecords(before.requestReplies, after.requestReplies)) requests.add(reply.requestId);
  for (const reply of after.requestReplies) if ((reply.personId !== null && changedPeople.has(reply.personId)) || (reply.organisationId !== null && changedOrganisations.has(reply.organisationId))) requests.add(reply.requestId);
  return { persons, organisations, offers, requests };
}
