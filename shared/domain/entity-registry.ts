import { neighbourhoodCreate, neighbourhoodDefaults, neighbourhoodFields, neighbourhoodPatch } from './neighbourhood';
import { taxonomyTermCreate, taxonomyTermDefaults, taxonomyTermFields, taxonomyTermPatch } from './taxonomy-term';
import { organisationCreate, organisationDefaults, organisationFields, organisationPatch } from './organisation';
import { personCreate, personDefaults, personFields, personPatch } from './person';
import { affiliationCreate, affiliationDefaults, affiliationFields, affiliationPatch } from './affiliation';
import { offerCreate, offerDefaults, offerFields, offerPatch } from './offer';
import { tieCreate, tieDefaults, tieFields, tiePatch } from './tie';
import { logEntryCreate, logEntryDefaults, logEntryFields, logEntryPatch } from './log-entry';
import { casusCreate, casusDefaults, casusFields, casusPatch } from './casus';
import { casusMatchCreate, casusMatchDefaults, casusMatchFields, casusMatchPatch } from './casus-match';
import { taskCreate, taskDefaults, taskFields, taskPatch } from './task';
import { meetingCreate, meetingDefaults, meetingFields, meetingPatch } from './meeting';
import { requestCreate, requestDefaults, requestFields, requestPatch, requestReplyCreate, requestReplyDefaults, requestReplyFields, requestReplyPatch } from './request';
import { mapViewCreate, mapViewDefaults, mapViewFields, mapViewPatch } from './map-view';
import { presentationCreate, presentationDefaults, presentationFields, presentationPatch } from './presentation';
import { casusFollowUpCreate, casusFollowUpDefaults, casusFollowUpFields, casusFollowUpPatch } from './casus-follow-up';
import type { z } from 'zod';
import { foldText } from '../normalise/name';
import { countOf } from '../text/plural';
import type { TaxonomyKind } from '../taxonomies/taxonomy';
import { entityKinds, type EntityKind, type RecordMeta } from './record';

/**
 * One field of a record that points at other records. `many`: a list of
 * ids. `taxonomy`: for a term, the list it must belong to (`own`: the
 * record's own list, a term's parent). `end`: a tie's end, `{ kind, id }`,
 * pointing at a person or an organisation. `orElse`: the record needs this
 * field or that one (a casus match names an offer, a person or both).
 */
export type FieldReference =
  | { field: string; to: Exclude<EntityKind, 'taxonomyTerm'>; many?: true; orElse?: string }
  | { field: string; to: 'taxonomyTerm'; many?: true; taxonomy?: TaxonomyKind | 'own' }
  | { field: 'from' | 'to'; end: true };

/** The collections a network load and a handover bundle hold, by their keys there. */
export type NetworkCollection = 'neighbourhoods' | 'terms' | 'organisations' | 'persons' | 'affiliations' | 'offers' | 'ties' | 'logEntries' | 'meetings' | 'tasks' | 'mapViews' | 'presentations' | 'requests' | 'requestReplies';
export type BundleCollection = NetworkCollection | 'casussen';

/** How the API parses a kind's records: all fields, a create (some required), a patch, and the defaults a create fills in. */
export interface EntitySchemas {
  fields: z.ZodObject;
  create: z.ZodType;
  patch: z.ZodType;
  defaults: object;
}

export interface EntityDefinition {
  kind: EntityKind;
  schemas: EntitySchemas;
  /** Its records' key in counts and reports: `organisations`, `casussen`. */
  key: string;
  /** Its table in the network file. */
  table: string;
  /** Dutch, for messages: "onbekende organisatie", "2 organisaties". */
  label: string;
  plural: string;
  /** Where the records travel: in the network load and bundles, or only in bundles (casussen: loaded apart, access-logged). */
  collection: NetworkCollection | 'casussen' | null;
  references: readonly FieldReference[];
  /**
   * How a record entered separately on another machine is recognised as
   * this one (a handover): keys that are equal for the same thing. None:
   * only the same id is the same record.
   */
  naturalKeys?: (record: Record<string, unknown>) => string[];
  /** `person`: data about a named person (rights, erasure); `casus`: casus data (access log, retention). */
  sensitive: 'person' | 'casus' | null;
}

const folded = (value: unknown) => foldText(typeof value === 'string' ? value : '');

/**
 * The domain model in one place: every entity's table, Dutch names, where it
 * travels, what it points at, and how it is recognised. Reference checks,
 * their messages, handover remapping and the change feed are derived from
 * here, so a new entity is one entry (and its migration and repository).
 */
export const entityRegistry = {
  neighbourhood: {
    kind: 'neighbourhood',
    schemas: { fields: neighbourhoodFields, create: neighbourhoodCreate, patch: neighbourhoodPatch, defaults: neighbourhoodDefaults },
    key: 'neighbourhoods',
    table: 'neighbourhood',
    label: 'wijk',
    plural: 'wijken',
    collection: 'neighbourhoods',
    references: [{ field: 'parentId', to: 'neighbourhood' }],
    naturalKeys: (record) => [folded(record.name)],
    sensitive: null,
  },
  taxonomyTerm: {
    kind: 'taxonomyTerm',
    schemas: { fields: taxonomyTermFields, create: taxonomyTermCreate, patch: taxonomyTermPatch, defaults: taxonomyTermDefaults },
    key: 'taxonomyTerms',
    table: 'taxonomy_term',
    label: 'lijstwaarde',
    plural: 'lijstwaarden',
    collection: 'terms',
    references: [{ field: 'parentId', to: 'taxonomyTerm', taxonomy: 'own' }],
    naturalKeys: (record) => [`${String(record.taxonomy)}|${folded(record.label)}`],
    sensitive: null,
  },
  organisation: {
    kind: 'organisation',
    schemas: { fields: organisationFields, create: organisationCreate, patch: organisationPatch, defaults: organisationDefaults },
    key: 'organisations',
    table: 'organisation',
    label: 'organisatie',
    plural: 'organisaties',
    collection: 'organisations',
    references: [
      { field: 'kindId', to: 'taxonomyTerm', taxonomy: 'organisation_kind' },
      { field: 'neighbourhoodIds', to: 'neighbourhood', many: true },
    ],
    naturalKeys: (record) => [folded(record.name)],
    sensitive: null,
  },
  person: {
    kind: 'person',
    schemas: { fields: personFields, create: personCreate, patch: personPatch, defaults: personDefaults },
    key: 'persons',
    table: 'person',
    label: 'contactpersoon',
    plural: 'contactpersonen',
    collection: 'persons',
    references: [],
    // The same name with the same number or e-mail address: two people may share a name, not a name and a number.
    naturalKeys: (record) => [...(record.phones as { number: string }[]).map((phone) => phone.number), ...(typeof record.email === 'string' && record.email ? [record.email] : [])].map((contact) => `${folded(record.name)}|${contact}`),
    sensitive: 'person',
  },
  affiliation: {
    kind: 'affiliation',
    schemas: { fields: affiliationFields, create: affiliationCreate, patch: affiliationPatch, defaults: affiliationDefaults },
    key: 'affiliations',
    table: 'affiliation',
    label: 'functie',
    plural: 'functies',
    collection: 'affiliations',
    references: [
      { field: 'personId', to: 'person' },
      { field: 'organisationId', to: 'organisation' },
      { field: 'successorPersonId', to: 'person' },
    ],
    naturalKeys: (record) => [`${String(record.personId)}|${String(record.organisationId)}`],
    sensitive: null,
  },
  offer: {
    kind: 'offer',
    schemas: { fields: offerFields, create: offerCreate, patch: offerPatch, defaults: offerDefaults },
    key: 'offers',
    table: 'offer',
    label: 'aanbod',
    plural: 'aanbod',
    collection: 'offers',
    references: [
      { field: 'organisationId', to: 'organisation' },
      { field: 'contactPersonId', to: 'person' },
      { field: 'themeIds', to: 'taxonomyTerm', many: true, taxonomy: 'theme' },
      { field: 'lifeDomainIds', to: 'taxonomyTerm', many: true, taxonomy: 'life_domain' },
      { field: 'pgDimensionIds', to: 'taxonomyTerm', many: true, taxonomy: 'pg_dimension' },
      { field: 'targetGroupIds', to: 'taxonomyTerm', many: true, taxonomy: 'target_group' },
      { field: 'neighbourhoodIds', to: 'neighbourhood', many: true },
    ],
    naturalKeys: (record) => [`${String(record.organisationId)}|${folded(record.title)}`],
    sensitive: null,
  },
  tie: {
    kind: 'tie',
    schemas: { fields: tieFields, create: tieCreate, patch: tiePatch, defaults: tieDefaults },
    key: 'ties',
    table: 'tie',
    label: 'verbinding',
    plural: 'verbindingen',
    collection: 'ties',
    references: [
      { field: 'from', end: true },
      { field: 'to', end: true },
      { field: 'sourceLogEntryId', to: 'logEntry' },
    ],
    // A tie is the same tie between the same two, either way round, of the same kind.
    naturalKeys: (record) => [`${[(record.from as { id: string }).id, (record.to as { id: string }).id].sort().join('|')}|${String(record.kind)}`],
    sensitive: null,
  },
  logEntry: {
    kind: 'logEntry',
    schemas: { fields: logEntryFields, create: logEntryCreate, patch: logEntryPatch, defaults: logEntryDefaults },
    key: 'logEntries',
    table: 'log_entry',
    label: 'logboekregel',
    plural: 'logboekregels',
    collection: 'logEntries',
    references: [
      { field: 'personIds', to: 'person', many: true },
      { field: 'organisationIds', to: 'organisation', many: true },
      { field: 'tieIds', to: 'tie', many: true },
    ],
    sensitive: null,
  },
  meeting: {
    kind: 'meeting',
    schemas: { fields: meetingFields, create: meetingCreate, patch: meetingPatch, defaults: meetingDefaults },
    key: 'meetings',
    table: 'meeting',
    label: 'bijeenkomst',
    plural: 'bijeenkomsten',
    collection: 'meetings',
    references: [
      { field: 'themeId', to: 'taxonomyTerm', taxonomy: 'theme' },
      { field: 'neighbourhoodId', to: 'neighbourhood' },
      { field: 'invitedOrganisationIds', to: 'organisation', many: true },
      { field: 'invitedPersonIds', to: 'person', many: true },
      { field: 'attendedOrganisationIds', to: 'organisation', many: true },
      { field: 'attendedPersonIds', to: 'person', many: true },
      { field: 'logEntryId', to: 'logEntry' },
    ],
    naturalKeys: (record) => [`${String(record.kind)}|${String(record.heldOn)}|${folded(record.title)}`],
    sensitive: null,
  },
  request: {
    kind: 'request',
    schemas: { fields: requestFields, create: requestCreate, patch: requestPatch, defaults: requestDefaults },
    key: 'requests',
    table: 'request',
    label: 'uitvraag',
    plural: 'uitvragen',
    collection: 'requests',
    references: [
      { field: 'neighbourhoodId', to: 'neighbourhood' },
      { field: 'themeId', to: 'taxonomyTerm', taxonomy: 'theme' },
      { field: 'organisationIds', to: 'organisation', many: true },
      { field: 'personIds', to: 'person', many: true },
    ],
    naturalKeys: (record) => [`${String(record.askedOn)}|${folded(record.question)}`],
    sensitive: null,
  },
  requestReply: {
    kind: 'requestReply',
    schemas: { fields: requestReplyFields, create: requestReplyCreate, patch: requestReplyPatch, defaults: requestReplyDefaults },
    key: 'requestReplies',
    table: 'request_reply',
    label: 'antwoord op een uitvraag',
    plural: 'antwoorden op uitvragen',
    collection: 'requestReplies',
    references: [
      { field: 'requestId', to: 'request' },
      { field: 'personId', to: 'person', orElse: 'organisationId' },
      { field: 'organisationId', to: 'organisation', orElse: 'personId' },
      { field: 'logEntryId', to: 'logEntry' },
      { field: 'offerId', to: 'offer' },
      { field: 'tieId', to: 'tie' },
      { field: 'casusMatchId', to: 'casusMatch' },
    ],
    sensitive: null,
  },
  task: {
    kind: 'task',
    schemas: { fields: taskFields, create: taskCreate, patch: taskPatch, defaults: taskDefaults },
    key: 'tasks',
    table: 'task',
    label: 'taak',
    plural: 'taken',
    collection: 'tasks',
    references: [
      { field: 'organisationIds', to: 'organisation', many: true },
      { field: 'personIds', to: 'person', many: true },
      { field: 'doneInLogEntryId', to: 'logEntry' },
      { field: 'meetingId', to: 'meeting' },
      { field: 'ownerPersonId', to: 'person' },
    ],
    sensitive: null,
  },
  mapView: {
    kind: 'mapView',
    schemas: { fields: mapViewFields, create: mapViewCreate, patch: mapViewPatch, defaults: mapViewDefaults },
    key: 'mapViews',
    table: 'map_view',
    label: 'kaartbeeld',
    plural: 'kaartbeelden',
    collection: 'mapViews',
    references: [
      { field: 'neighbourhoodId', to: 'neighbourhood' },
      { field: 'kindId', to: 'taxonomyTerm', taxonomy: 'organisation_kind' },
      { field: 'themeId', to: 'taxonomyTerm', taxonomy: 'theme' },
      { field: 'targetGroupId', to: 'taxonomyTerm', taxonomy: 'target_group' },
      { field: 'focusOrganisationId', to: 'organisation' },
    ],
    naturalKeys: (record) => [folded(record.title)],
    sensitive: null,
  },
  presentation: {
    kind: 'presentation',
    schemas: { fields: presentationFields, create: presentationCreate, patch: presentationPatch, defaults: presentationDefaults },
    key: 'presentations',
    table: 'presentation',
    label: 'presentatie',
    plural: 'presentaties',
    collection: 'presentations',
    references: [{ field: 'mapViewIds', to: 'mapView', many: true }],
    naturalKeys: (record) => [folded(record.title)],
    sensitive: null,
  },
  casus: {
    kind: 'casus',
    schemas: { fields: casusFields, create: casusCreate, patch: casusPatch, defaults: casusDefaults },
    key: 'casussen',
    table: 'casus',
    label: 'casus',
    plural: 'casussen',
    // A casus is the same casus only by id: pseudonymised casussen have new ids, so they are never merged into another.
    collection: 'casussen',
    references: [
      { field: 'referrerPersonId', to: 'person' },
      { field: 'referrerTypeId', to: 'taxonomyTerm', taxonomy: 'referrer_type' },
      { field: 'neighbourhoodId', to: 'neighbourhood' },
      { field: 'mainReasonId', to: 'taxonomyTerm', taxonomy: 'main_reason' },
      { field: 'needIds', to: 'taxonomyTerm', many: true },
    ],
    sensitive: 'casus',
  },
  casusMatch: {
    kind: 'casusMatch',
    schemas: { fields: casusMatchFields, create: casusMatchCreate, patch: casusMatchPatch, defaults: casusMatchDefaults },
    key: 'casusMatches',
    table: 'casus_match',
    label: 'koppeling',
    plural: 'koppelingen',
    collection: null,
    references: [
      { field: 'casusId', to: 'casus' },
      { field: 'offerId', to: 'offer', orElse: 'personId' },
      { field: 'personId', to: 'person', orElse: 'offerId' },
    ],
    sensitive: 'casus',
  },
  casusFollowUp: {
    kind: 'casusFollowUp',
    schemas: { fields: casusFollowUpFields, create: casusFollowUpCreate, patch: casusFollowUpPatch, defaults: casusFollowUpDefaults },
    key: 'casusFollowUps',
    table: 'casus_follow_up',
    label: 'vervolgafspraak',
    plural: 'vervolgafspraken',
    collection: null,
    references: [{ field: 'casusId', to: 'casus' }],
    sensitive: 'casus',
  },
} as const satisfies { [Kind in EntityKind]: EntityDefinition & { kind: Kind } };

export const entityDefinitions: readonly EntityDefinition[] = entityKinds.map((kind) => entityRegistry[kind]);

/** A record of a kind, as the API returns it: its fields and its meta (id, created, updated, archived). */
export type EntityRecord<Kind extends EntityKind> = z.output<(typeof entityRegistry)[Kind]['schemas']['fields']> & RecordMeta;

/** The key of each kind's records in counts: `{ organisations: …, casussen: … }`. */
export type EntityKey = (typeof entityRegistry)[EntityKind]['key'];

/** The definition whose records are counted under `key`. */
export function definitionOfKey(key: string): EntityDefinition | undefined {
  return entityDefinitions.find((definition) => definition.key === key);
}

/** Dutch name of each kind, singular. */
export const entityLabels = Object.fromEntries(entityDefinitions.map((definition) => [definition.kind, definition.label])) as Record<EntityKind, string>;

/** The definition whose records live in `table`. */
export function definitionOfTable(table: string): EntityDefinition | undefined {
  return entityDefinitions.find((definition) => definition.table === table);
}

/** `3 organisaties, 1 aanbod`: counts per collection (a handover's additions) in Dutch, the zeros left out; empty when all are zero. */
export function describeCollectionCounts(counts: Readonly<Record<string, number>>): string {
  return entityDefinitions
    .filter((definition) => definition.collection !== null && (counts[definition.collection] ?? 0) > 0)
    .map((definition) => countOf(counts[definition.collection ?? ''] ?? 0, definition.label, definition.plural))
    .join(', ');
}

/** `1 functie, 2 aanbod, 3 verbindingen`: counts per kind of record (a merge's moves), by registry key, the zeros left out. */
export function describeKeyedCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => {
      const definition = definitionOfKey(key);
      return definition ? countOf(count, definition.label, definition.plural) : `${count} ${key}`;
    })
    .join(', ');
}

/** The kinds the network load holds (casussen are loaded apart, access-logged), with their collection keys. */
export const networkDefinitions = entityDefinitions.filter((definition): definition is EntityDefinition & { collection: NetworkCollection } => definition.collection !== null && definition.collection !== 'casussen');

/** A kind the network load holds. */
export type NetworkKind = { [Kind in EntityKind]: (typeof entityRegistry)[Kind]['collection'] extends NetworkCollection ? Kind : never }[EntityKind];

/** A kind that travels in a handover bundle. */
export type BundleKind = { [Kind in EntityKind]: (typeof entityRegistry)[Kind]['collection'] extends BundleCollection ? Kind : never }[EntityKind];

/** The kinds that travel in a handover bundle, in the order they are read in (what is pointed at first). */
export const bundleDefinitions = entityDefinitions.filter((definition): definition is EntityDefinition & { collection: BundleCollection } => definition.collection !== null);
