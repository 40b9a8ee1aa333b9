import { duplicateOrganisations, duplicatePersons, type DuplicatePair } from '../analysis/duplicate-records';
import { emailAddress, longTextLimit, shortTextLimit, websiteUrl } from '../domain/primitives';
import { organisationDefaults, type Organisation } from '../domain/organisation';
import { personDefaults, type Person, type PersonPhone } from '../domain/person';
import type { NetworkData } from '../network/network-data';
import { foldText } from '../normalise/name';
import { normalisePhone } from '../normalise/phone';
import { normalisePostcode } from '../normalise/postcode';
import { importFieldLabels, offerDetailFields, type ColumnMapping, type ImportField } from './column-mapping';
import { readAccess, readAccessibility, readCapacity, readLanguages, readSchedule, readTimesOfDay, readYesNo } from './offer-cells';
import { isFreeCost, timesOfDayFor, type OfferFields } from '../domain/offer';
import type { TaxonomyKind } from '../taxonomies/taxonomy';
import type { TaxonomyTerm } from '../domain/taxonomy-term';
import { closestTermIn, proposedDecision, type TermDecision, type UnknownTerm } from './term-proposals';
import { guessKind } from './guess-kind';
import { groupBy } from '../collections/group-by';
import type { RawTable } from './read-csv';
import { ImportError } from './import-error';
import { unknownOrganisationKind } from '../taxonomies/term-roles';


export interface PlannedOrganisation {
  id: string;
  line: number;
  name: string;
  address: string;
  postcode: string | null;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  neighbourhoodIds: string[];
  /** Guessed from its name or its offers, else the kind for "unknown". */
  kindId: string;
  /** Where the guess came from; null: not guessed. */
  kindFrom: 'naam' | 'aanbod' | null;
}

export interface PlannedPerson {
  id: string;
  line: number;
  name: string;
  phones: PersonPhone[];
  email: string | null;
  notes: string;
}

/** An offer named in a row, with what the row's offer cells say about it. */
export type PlannedOffer = { id: string; line: number } & Pick<
  OfferFields,
  | 'organisationId'
  | 'title'
  | 'description'
  | 'themeIds'
  | 'targetGroupIds'
  | 'lifeDomainIds'
  | 'pgDimensionIds'
  | 'neighbourhoodIds'
  | 'location'
  | 'sessions'
  | 'schedule'
  | 'timesOfDay'
  | 'cost'
  | 'isFree'
  | 'access'
  | 'capacity'
  | 'hasWaitingList'
  | 'languages'
  | 'forLanguageLearners'
  | 'accessibility'
>;

export interface ImportPlan {
  neighbourhoods: { id: string; name: string }[];
  organisations: PlannedOrganisation[];
  persons: PlannedPerson[];
  affiliations: { personId: string; organisationId: string; role: string }[];
  offers: PlannedOffer[];
  /** List values she chose to add ("Nieuw toevoegen" for a value the lists lacked). */
  terms: { id: string; taxonomy: TaxonomyKind; label: string }[];
  /** Values in the file that are in none of her lists, each with the known value it most likely means: hers to decide. */
  unknownTerms: UnknownTerm[];
  /** Organisations in the file that already exist (same name): linked to, not created again. */
  existingOrganisations: { line: number; id: string; name: string }[];
  /** Rows or cells that could not be used, with the line in the file and why. The rest is imported. */
  problems: { line: number; message: string }[];
  /** Name variants, same numbers: not merged silently, for the broker to merge. */
  duplicateCandidates: DuplicatePair[];
  rowsRead: number;
}

const splitList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Turns spreadsheet rows into records to create: one row per contact is
 * normal, so rows of the same organisation become one organisation with
 * several persons; the same person (name and mobile number, or another
 * number or e-mail address when there is no mobile) is one person;
 * several offers in one cell (`;`) are separate offers. Numbers, postcodes
 * and e-mail addresses are normalised; a cell that cannot be is reported
 * and left out, a row with neither organisation nor person is reported and
 * skipped. Text is taken as text: a cell starting with "=" is a name, not a formula.
 */
/** The longest text each field takes (the API's own limits: 200 for a name or a line, 10,000 for notes). */
const cellLimits: Partial<Record<ImportField, number>> = { organisation: shortTextLimit, person: shortTextLimit, role: shortTextLimit, address: shortTextLimit, city: shortTextLimit, offer: 2_000, offerDescription: longTextLimit, location: shortTextLimit, schedule: 2_000, scheduleNote: shortTextLimit, cost: shortTextLimit, notes: longTextLimit };

export function planImport(table: RawTable, mapping: ColumnMapping, existing: NetworkData, newId: () => string, options: { termDecisions?: readonly TermDecision[]; takeProposals?: boolean } = {}): ImportPlan {
  const fieldAt = new Map(Object.entries(mapping).map(([field, index]) => [index, field as ImportField]));
  const cell = (cells: readonly string[], field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const organisationKindId = unknownOrganisationKind(existing.terms);
  if (organisationKindId === null) throw new ImportError('De lijst met soorten organisaties is leeg; voeg er een toe (bijvoorbeeld "overig") voordat je organisaties importeert.');
  const plan: ImportPlan = { neighbourhoods: [], organisations: [], persons: [], affiliations: [], offers: [], terms: [], unknownTerms: [], existingOrganisations: [], problems: [...(table.problems ?? [])], duplicateCandidates: [], rowsRead: table.rows.length };
  const existingOrganisations = new Map(existing.organisations.filter((organisation) => organisation.archivedAt === null).map((organisation) => [foldText(organisation.name), organisation]));
  const organisationByKey = new Map<string, string>();
  const personByKey = new Map<string, PlannedPerson>();
  const affiliationKeys = new Set<string>();
  const offerKeys = new Set<string>();
  const neighbourhoodByName = new Map(existing.neighbourhoods.map((neighbourhood) => [foldText(neighbourhood.name), neighbourhood.id]));
  const closestNeighbourhood = closestTermIn(existing.neighbourhoods.map((neighbourhood) => ({ label: neighbourhood.name, archivedAt: neighbourhood.archivedAt })));
  const termByLabel = (taxonomy: string) => new Map(existing.terms.filter((term) => term.taxonomy === taxonomy && term.archivedAt === null).map((term) => [foldText(term.label), term.id]));
  const unknownByKey = new Map<string, UnknownTerm>();
  const addedTerms = new Map<string, string>();
  const decisions = new Map((options.termDecisions ?? []).map((decision) => [`${decision.taxonomy}|${foldText(decision.label)}`, decision]));
  // The values she can put an unknown one under: the list's own, not archived (read once, not once per value).
  const activeTerms = new Map(existing.terms.filter((term) => term.archivedAt === null).map((term) => [term.id, term]));
  const activeTerm = (taxonomy: TaxonomyKind, id: string) => {
    const term = activeTerms.get(id);
    return term?.taxonomy === taxonomy ? term : undefined;
  };
  // A value she archived or merged away is not brought back unasked.
  const archivedLabels = new Set(existing.terms.filter((term) => term.archivedAt !== null).map((term) => `${term.taxonomy}|${foldText(term.label)}`));
  // Each list's known values read once, for every unknown value met in it.
  const matchers = new Map<TaxonomyKind, ReturnType<typeof closestTermIn<TaxonomyTerm>>>();
  const closestIn = (taxonomy: TaxonomyKind) => {
    let matcher = matchers.get(taxonomy);
    if (!matcher) {
      matcher = closestTermIn(existing.terms.filter((term) => term.taxonomy === taxonomy));
      matchers.set(taxonomy, matcher);
    }
    return matcher;
  };
  /** A value none of her lists has: added or put under a known one as she decided, else left out and reported with what it may mean. */
  const unknownTerm = (taxonomy: TaxonomyKind, label: string, line: number, what: string, problem: (message: string) => void): string | null => {
    const key = `${taxonomy}|${foldText(label)}`;
    let unknown = unknownByKey.get(key);
    if (!unknown) {
      const closest = closestIn(taxonomy)(label);
      const proposal = closest ? { termId: closest.id, label: closest.label } : null;
      const archived = archivedLabels.has(key);
      const decided = decisions.get(key);
      const chosen = decided?.decision ?? (options.takeProposals ? proposedDecision({ proposal, archived }) : 'skip');
      // Under the value she picked from the list, else under the proposal; a merge with nothing to merge into leaves the value out.
      const picked = decided?.termId === undefined ? undefined : activeTerm(taxonomy, decided.termId);
      const mergeInto = chosen !== 'merge' ? null : decided?.termId === undefined ? proposal : picked ? { termId: picked.id, label: picked.label } : null;
      unknown = { taxonomy, label, lines: [], proposal, archived, decision: chosen === 'merge' && !mergeInto ? 'skip' : chosen, mergeInto };
      unknownByKey.set(key, unknown);
      plan.unknownTerms.push(unknown);
    }
    // Rows come in order: the last line is the only one that can be this one.
    if (unknown.lines.at(-1) !== line) unknown.lines.push(line);
    const { decision } = unknown;
    if (decision === 'merge' && unknown.mergeInto) return unknown.mergeInto.termId;
    if (decision === 'new') {
      // Added once; the next row with it uses the same new value, and its line is counted like the others.
      let id = addedTerms.get(key);
      if (!id) {
        id = newId();
        addedTerms.set(key, id);
        plan.terms.push({ id, taxonomy, label });
      }
      return id;
    }
    problem(
      unknown.archived
        ? `${what} "${label}" is gearchiveerd en is weggelaten; zet het terug in Instellingen, Lijsten en wijken, of kies in het voorbeeld wat ermee moet.`
        : `${what} "${label}" is onbekend en is weggelaten${unknown.proposal ? ` (bedoel je "${unknown.proposal.label}"?)` : ''}; kies in het voorbeeld wat ermee moet, voeg het toe in Instellingen, Lijsten en wijken, of pas het bestand aan.`,
    );
    return null;
  };
  const themes = termByLabel('theme');
  const targetGroups = termByLabel('target_group');
  const lifeDomains = termByLabel('life_domain');
  const pgDimensions = termByLabel('pg_dimension');

  for (const { line, cells: rawCells } of table.rows) {
    const problem = (message: string) => plan.problems.push({ line, message });
    // A cell too long for its field is named and left out; the rest of the row still counts.
    const cells = rawCells.map((value, index) => {
      const field = fieldAt.get(index);
      const limit = field ? cellLimits[field] : undefined;
      if (limit === undefined || value.trim().length <= limit) return value;
      problem(`${field ? importFieldLabels[field] : 'veld'}: te lang (${value.trim().length} tekens, maximaal ${limit}) en weggelaten.`);
      return '';
    });
    const organisationName = cell(cells, 'organisation');
    const personName = cell(cells, 'person');
    if (organisationName === '' && personName === '') {
      problem('Geen organisatie en geen contactpersoon: regel overgeslagen.');
      continue;
    }
    const phones = splitList(cell(cells, 'phone').replace(/\s+(of|en)\s+|\//g, ';')).flatMap((text) => {
      const phone = normalisePhone(text);
      if (!phone) problem(`Telefoonnummer "${text}" is ongeldig en is weggelaten.`);
      return phone ? [phone] : [];
    });
    const emailText = cell(cells, 'email');
    const email = emailText === '' ? null : emailAddress.safeParse(emailText).data ?? null;
    if (emailText !== '' && email === null) problem(`E-mailadres "${emailText}" is ongeldig en is weggelaten.`);
    const neighbourhoodIds = splitList(cell(cells, 'wijk').replace(/,/g, ';')).map((name) => {
      const known = neighbourhoodByName.get(foldText(name));
      if (known) return known;
      const id = newId();
      neighbourhoodByName.set(foldText(name), id);
      plan.neighbourhoods.push({ id, name });
      // A new wijk spelled nearly as one she has is most likely that one: said, so she can mend the file before importing.
      const near = closestNeighbourhood(name);
      if (near) problem(`Wijk "${name}" is nieuw en wordt toegevoegd; bedoel je "${near.label}"? Pas dan het bestand aan.`);
      return id;
    });
    // Each value once: two spellings of one ("nieuwkomers; Nieuwkomers") are one link.
    const lookUp = (field: ImportField, taxonomy: TaxonomyKind, terms: Map<string, string>, what: string) => [
      ...new Set(
        splitList(cell(cells, field).replace(/,/g, ';')).flatMap((label) => {
          const id = terms.get(foldText(label)) ?? unknownTerm(taxonomy, label, line, what, problem);
          return id ? [id] : [];
        }),
      ),
    ];
    const themeIds = lookUp('theme', 'theme', themes, 'Thema');
    const targetGroupIds = lookUp('targetGroup', 'target_group', targetGroups, 'Doelgroep');
    const offerTitles = splitList(cell(cells, 'offer'));
    // What the row says about its offers; without an offer named it has nothing to belong to, and says so.
    const detailsGiven = offerDetailFields.filter((field) => cell(cells, field) !== '');
    if (offerTitles.length === 0 && detailsGiven.length > 0) problem(`${detailsGiven.map((field) => importFieldLabels[field]).join(', ')}: geen aanbod op deze regel om bij te horen, dus weggelaten.`);
    const details = offerTitles.length > 0 ? offerDetails(cell, cells, problem, { lookUp, lifeDomains, pgDimensions }) : null;

    let organisationId: string | null = null;
    if (organisationName !== '') {
      const key = foldText(organisationName);
      const known = existingOrganisations.get(key);
      organisationId = organisationByKey.get(key) ?? known?.id ?? null;
      if (known && !organisationByKey.has(key)) {
        plan.existingOrganisations.push({ line, id: known.id, name: known.name });
        organisationByKey.set(key, known.id);
      }
      if (!organisationId) {
        const postcodeText = cell(cells, 'postcode');
        const postcode = postcodeText === '' ? null : normalisePostcode(postcodeText);
        if (postcodeText !== '' && !postcode) problem(`Postcode "${postcodeText}" is ongeldig en is weggelaten.`);
        const websiteText = cell(cells, 'website');
        const website = websiteText === '' ? null : (websiteUrl.safeParse(websiteText).data ?? null);
        if (websiteText !== '' && !website) problem(`Website "${websiteText}" is ongeldig en is weggelaten.`);
        organisationId = newId();
        organisationByKey.set(key, organisationId);
        plan.organisations.push({
          id: organisationId,
          line,
          name: organisationName,
          address: cell(cells, 'address'),
          postcode,
          city: cell(cells, 'city'),
          // A row without a person: its number and e-mail are the organisation's.
          phone: personName === '' ? (phones[0]?.e164 ?? null) : null,
          email: personName === '' ? email : null,
          website,
          neighbourhoodIds: neighbourhoodIds,
          kindId: organisationKindId,
          kindFrom: null,
        });
      }
      for (const title of offerTitles) {
        const offerKey = `${organisationId}|${foldText(title)}`;
        if (offerKeys.has(offerKey) || !details) continue;
        offerKeys.add(offerKey);
        plan.offers.push({ id: newId(), line, organisationId, title, themeIds, targetGroupIds, neighbourhoodIds, ...details });
      }
    }
    if (personName !== '') {
      // One person: the same name with the same mobile; without a mobile, the same other number or e-mail; else per organisation.
      const contact = phones.find((phone) => phone.isMobile)?.e164 ?? phones[0]?.e164 ?? email ?? `org:${organisationId ?? ''}`;
      const key = `${foldText(personName)}|${contact}`;
      let person = personByKey.get(key);
      if (!person) {
        person = { id: newId(), line, name: personName, phones: [], email, notes: cell(cells, 'notes') };
        personByKey.set(key, person);
        plan.persons.push(person);
      }
      for (const phone of phones) {
        if (!person.phones.some((known) => known.number === phone.e164)) person.phones.push({ number: phone.e164, label: phone.isMobile ? 'mobiel' : 'werk' });
      }
      person.email ??= email;
      if (organisationId) {
        const affiliationKey = `${person.id}|${organisationId}`;
        if (!affiliationKeys.has(affiliationKey)) {
          affiliationKeys.add(affiliationKey);
          plan.affiliations.push({ personId: person.id, organisationId, role: cell(cells, 'role') });
        }
      }
    }
  }

  // The kind from the name, else from the offers: "Huisartsenpraktijk De Singel" is a huisartsenpraktijk.
  const offersOf = groupBy(plan.offers, (offer) => [offer.organisationId]);
  for (const organisation of plan.organisations) {
    const guess = guessKind(organisation.name, (offersOf.get(organisation.id) ?? []).map((offer) => offer.title), existing.terms);
    if (guess) Object.assign(organisation, { kindId: guess.kindId, kindFrom: guess.from });
  }

  // Name variants among what is known and what comes in: reported, not merged.
  // Incoming records count as the newest, so a known record is the one kept when merging.
  const meta = { createdAt: '9999-12-31T00:00:00.000Z', updatedAt: '9999-12-31T00:00:00.000Z', archivedAt: null };
  const plannedOrganisations: Organisation[] = plan.organisations.map(({ kindFrom: _from, ...organisation }) => ({ ...organisationDefaults, ...meta, ...organisation }));
  const plannedPersons: Person[] = plan.persons.map((person) => ({ ...personDefaults, ...meta, id: person.id, name: person.name, phones: person.phones, email: person.email }));
  const incoming = new Set([...plannedOrganisations, ...plannedPersons].map((record) => record.id));
  const organisationsOf = new Map<string, string[]>();
  for (const affiliation of [...existing.affiliations, ...plan.affiliations]) organisationsOf.set(affiliation.personId, [...(organisationsOf.get(affiliation.personId) ?? []), affiliation.organisationId]);
  plan.duplicateCandidates = [
    ...duplicateOrganisations([...existing.organisations, ...plannedOrganisations]),
    ...duplicatePersons([...existing.persons, ...plannedPersons], (personId) => organisationsOf.get(personId) ?? []),
  ].filter((pair) => incoming.has(pair.keepId) || incoming.has(pair.dropId));
  return plan;
}

type Cell = (cells: readonly string[], field: ImportField) => string;
type LookUp = (field: ImportField, taxonomy: TaxonomyKind, terms: Map<string, string>, what: string) => string[];

/** An offer's cells read: its terms, when and where, what it costs, how to join, languages and accessibility; what cannot be read is reported, and kept as text where there is text to keep it in. */
function offerDetails(cell: Cell, cells: readonly string[], problem: (message: string) => void, terms: { lookUp: LookUp; lifeDomains: Map<string, string>; pgDimensions: Map<string, string> }) {
  const unknownIn = (label: string, unknown: readonly string[]) => {
    for (const part of unknown) problem(`${label} "${part}" is onbekend en is weggelaten.`);
  };
  const schedule = readSchedule(cell(cells, 'schedule'));
  const times = readTimesOfDay(cell(cells, 'timesOfDay'));
  unknownIn('Dagdeel', times.unknown);
  const languages = readLanguages(cell(cells, 'languages'));
  unknownIn('Taal', languages.unknown);
  const access = readAccessibility(cell(cells, 'accessibility'));
  unknownIn('Toegankelijkheid', access.unknown);
  const accessText = cell(cells, 'access');
  const accessCode = accessText === '' ? 'vrije_inloop' : readAccess(accessText);
  if (accessCode === null) problem(`Toegang "${accessText}" is onbekend; het aanbod staat op "vrije inloop".`);
  const capacityText = cell(cells, 'capacity');
  const capacity = capacityText === '' ? null : readCapacity(capacityText);
  if (capacityText !== '' && capacity === null) problem(`Plaatsen "${capacityText}" is geen aantal en is weggelaten.`);
  const waitingText = cell(cells, 'waitingList');
  const hasWaitingList = readYesNo(waitingText);
  if (hasWaitingList === null) problem(`Wachtlijst "${waitingText}": schrijf ja of nee; weggelaten.`);
  const cost = cell(cells, 'cost');
  return {
    description: cell(cells, 'offerDescription'),
    lifeDomainIds: terms.lookUp('lifeDomain', 'life_domain', terms.lifeDomains, 'Levensgebied'),
    pgDimensionIds: terms.lookUp('pgDimension', 'pg_dimension', terms.pgDimensions, 'Dimensie van Positieve Gezondheid'),
    location: cell(cells, 'location'),
    sessions: schedule.sessions,
    schedule: scheduleText(schedule.rest, cell(cells, 'scheduleNote'), problem),
    timesOfDay: timesOfDayFor(schedule.sessions, schedule.timesOfDay, times.timesOfDay),
    cost,
    isFree: isFreeCost(cost),
    access: accessCode ?? 'vrije_inloop',
    capacity,
    hasWaitingList: hasWaitingList ?? false,
    languages: languages.languages,
    forLanguageLearners: languages.forLanguageLearners,
    accessibility: access.accessibility,
  };
}

/** What the schedule cells say beyond the sessions, in the one line an offer has for it (200 characters). */
function scheduleText(rest: string, note: string, problem: (message: string) => void): string {
  const both = [rest, note].filter(Boolean).join('; ');
  if (both.length <= shortTextLimit) return both;
  // What the sessions could not say may itself be too long for the field: then it is reported and left out, never a failed import.
  if (rest.length > shortTextLimit) {
    problem(`${importFieldLabels.schedule}: wat niet als dag en tijd te lezen is, is te lang (${rest.length} tekens, maximaal ${shortTextLimit}) en weggelaten.`);
    return '';
  }
  problem(`Dag en tijd en Uitzonderingen samen zijn te lang (${both.length} tekens, maximaal ${shortTextLimit}); alleen "${importFieldLabels.schedule}" is bewaard.`);
  return rest;
}

/** How many records of each kind an import creates. */
export interface CreatedCounts {
  neighbourhoods: number;
  organisations: number;
  persons: number;
  affiliations: number;
  offers: number;
}

export function createdCounts(plan: ImportPlan): CreatedCounts {
  return { neighbourhoods: plan.neighbourhoods.length, organisations: plan.organisations.length, persons: plan.persons.length, affiliations: plan.affiliations.length, offers: plan.offers.length };
}
