import { z } from 'zod';
import { parseJsonText } from '../contract/parse-json-text';
import { bundleDefinitions, type BundleKind, type EntityRecord, type entityRegistry } from '../domain/entity-registry';
import { recordMeta } from '../domain/primitives';
import { pseudonymsFor, type RandomSource } from './pseudonyms';

/** The handover bundle: a network (or one neighbourhood) for a successor, as domain records, not tables. */
export const bundleFormat = 'spinweb-overdracht';
export const bundleVersion = 1;

/** The records of every kind that travels in a bundle, under its collection key (from the entity registry). */
type BundleRecords = { [Kind in BundleKind as (typeof entityRegistry)[Kind]['collection']]: EntityRecord<Kind>[] };

export type HandoverBundle = BundleRecords & {
  format: typeof bundleFormat;
  schemaVersion: typeof bundleVersion;
  exportedAt: string;
  /** The neighbourhood it covers (its name), or null for the whole network. `wijk` is the file format's field name (version 1). */
  wijk: string | null;
  casussenIncluded: boolean;
};

/** What a bundle is built from: every record of the kinds that travel. */
export type BundleSource = { readonly [Collection in keyof BundleRecords]: readonly BundleRecords[Collection][number][] };

// Bundles written before tasks, map views and meetings existed have none: the same version, a few collections more.
const collectionsAddedSinceVersion1: ReadonlySet<string> = new Set(['tasks', 'mapViews', 'presentations', 'meetings', 'requests', 'requestReplies']);

/**
 * A kind's fields as a bundle holds them. A bundle written by an earlier
 * Spinweb lacks the fields added since (a list value's roles, an offer's
 * sessions, a casus's languages): each field with a default takes it, as a
 * record created without it would. A list value without roles keeps the
 * receiver's own roles.
 */
const fieldsOf = (definition: (typeof bundleDefinitions)[number]): z.ZodObject => {
  const fields: z.ZodObject = definition.schemas.fields;
  const withDefaults = Object.entries(definition.schemas.defaults as Record<string, unknown>).flatMap(([key, value]) => {
    const field: z.ZodType | undefined = fields.shape[key] as z.ZodType | undefined;
    return field ? [[key, field.default(value as never)] as const] : [];
  });
  return fields.extend(Object.fromEntries(withDefaults));
};

/**
 * Every record parsed with its entity's own schema (strict: nothing else
 * rides along), one collection per kind the registry sends in a bundle. The
 * type is `HandoverBundle`, whose collections come from the same registry.
 */
export const handoverBundle = z
  .object({
    format: z.literal(bundleFormat, { error: `Dit is geen Spinweb-overdrachtsbestand (format moet "${bundleFormat}" zijn).` }),
    schemaVersion: z.literal(bundleVersion, { error: `Deze Spinweb leest overdrachtsbestanden van versie ${bundleVersion}.` }),
    exportedAt: z.string(),
    wijk: z.string().nullable(),
    casussenIncluded: z.boolean(),
    ...Object.fromEntries(
      bundleDefinitions.map((definition) => {
        const records = z.array(fieldsOf(definition).extend(recordMeta).strict());
        return [definition.collection, collectionsAddedSinceVersion1.has(definition.collection) ? records.default([]) : records];
      }),
    ),
  })
  .strict() as unknown as z.ZodType<HandoverBundle>;

/** Which pseudonym each casus got: kept by the sender only (in the access log), never in the bundle. */
export interface PseudonymPairing {
  casusId: string;
  code: string;
  pseudonym: string;
}

/** Said instead of the reason a match failed: the reason is free text and stays with the sender, but the status needs one. */
export const reasonLeftWithSender = 'Niet meegegeven bij de overdracht.';

/**
 * The bundle for a successor: everything active, or one neighbourhood (its
 * organisations, their people and offers, the ties and log entries among
 * them). Casussen only when asked, and then pseudonymised: a new code, no
 * free text, no referrer outside the bundle.
 */
export function buildBundle(
  source: BundleSource,
  options: { neighbourhoodId: string | null; includeCasussen: boolean; exportedAt: string; random?: RandomSource },
): { bundle: HandoverBundle; pairings: PseudonymPairing[] } {
  const active = <Item extends { archivedAt: string | null }>(items: readonly Item[]) => items.filter((item) => item.archivedAt === null);
  const inNeighbourhood = (ids: readonly string[]) => {
    if (!options.neighbourhoodId) return true;
    const parentOf = new Map(source.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.parentId]));
    return ids.some((id) => {
      // A visited set: a cycle written by an older Spinweb must not make the export endless.
      const seen = new Set<string>();
      for (let current: string | null | undefined = id; current && !seen.has(current); current = parentOf.get(current)) {
        if (current === options.neighbourhoodId) return true;
        seen.add(current);
      }
      return false;
    });
  };
  const organisations = active(source.organisations).filter((organisation) => inNeighbourhood(organisation.neighbourhoodIds));
  const organisationIds = new Set(organisations.map((organisation) => organisation.id));
  const affiliations = active(source.affiliations).filter((affiliation) => organisationIds.has(affiliation.organisationId));
  const personIds = new Set(affiliations.map((affiliation) => affiliation.personId));
  if (!options.neighbourhoodId) for (const person of active(source.persons)) personIds.add(person.id);
  const persons = active(source.persons).filter((person) => personIds.has(person.id));
  const known = (end: { kind: string; id: string }) => (end.kind === 'organisation' ? organisationIds.has(end.id) : personIds.has(end.id));
  const ties = active(source.ties).filter((tie) => known(tie.from) && known(tie.to));
  const tieIds = new Set(ties.map((tie) => tie.id));
  const logEntries = active(source.logEntries)
    .filter((entry) => entry.personIds.some((id) => personIds.has(id)) || entry.organisationIds.some((id) => organisationIds.has(id)))
    .map((entry) => ({ ...entry, personIds: entry.personIds.filter((id) => personIds.has(id)), organisationIds: entry.organisationIds.filter((id) => organisationIds.has(id)), tieIds: entry.tieIds.filter((id) => tieIds.has(id)) }));
  const logEntryIds = new Set(logEntries.map((entry) => entry.id));
  const offers = active(source.offers)
    .filter((offer) => organisationIds.has(offer.organisationId))
    .map((offer) => ({ ...offer, contactPersonId: offer.contactPersonId && personIds.has(offer.contactPersonId) ? offer.contactPersonId : null }));
  // The map's views of this neighbourhood (or of no one neighbourhood) go along, and the presentations with their steps among them.
  const mapViews = active(source.mapViews)
    .filter((view) => view.neighbourhoodId === null || inNeighbourhood([view.neighbourhoodId]))
    .map((view) => ({ ...view, focusOrganisationId: view.focusOrganisationId && organisationIds.has(view.focusOrganisationId) ? view.focusOrganisationId : null }));
  const mapViewIds = new Set(mapViews.map((view) => view.id));
  const presentations = active(source.presentations)
    .map((presentation) => ({ ...presentation, mapViewIds: presentation.mapViewIds.filter((id) => mapViewIds.has(id)) }))
    .filter((presentation) => presentation.mapViewIds.length > 0);
  // The meetings of this neighbourhood (or of none), with who was invited and came among those that go along.
  const meetings = active(source.meetings)
    .filter((meeting) => meeting.neighbourhoodId === null || inNeighbourhood([meeting.neighbourhoodId]))
    .map((meeting) => ({
      ...meeting,
      invitedOrganisationIds: meeting.invitedOrganisationIds.filter((id) => organisationIds.has(id)),
      attendedOrganisationIds: meeting.attendedOrganisationIds.filter((id) => organisationIds.has(id)),
      invitedPersonIds: meeting.invitedPersonIds.filter((id) => personIds.has(id)),
      attendedPersonIds: meeting.attendedPersonIds.filter((id) => personIds.has(id)),
      logEntryId: meeting.logEntryId && logEntryIds.has(meeting.logEntryId) ? meeting.logEntryId : null,
    }));
  const meetingIds = new Set(meetings.map((meeting) => meeting.id));
  // The uitvragen of this neighbourhood (or of none), to whom among those that go along, and the replies of those who go along.
  const requests = active(source.requests)
    .filter((request) => request.neighbourhoodId === null || inNeighbourhood([request.neighbourhoodId]))
    .map((request) => ({ ...request, organisationIds: request.organisationIds.filter((id) => organisationIds.has(id)), personIds: request.personIds.filter((id) => personIds.has(id)) }));
  const requestIds = new Set(requests.map((request) => request.id));
  const offerIds = new Set(offers.map((offer) => offer.id));
  const requestReplies = active(source.requestReplies)
    .filter((reply) => requestIds.has(reply.requestId) && ((reply.personId !== null && personIds.has(reply.personId)) || (reply.organisationId !== null && organisationIds.has(reply.organisationId))))
    .map((reply) => ({
      ...reply,
      personId: reply.personId && personIds.has(reply.personId) ? reply.personId : null,
      organisationId: reply.organisationId && organisationIds.has(reply.organisationId) ? reply.organisationId : null,
      logEntryId: reply.logEntryId && logEntryIds.has(reply.logEntryId) ? reply.logEntryId : null,
      offerId: reply.offerId && offerIds.has(reply.offerId) ? reply.offerId : null,
      tieId: reply.tieId && tieIds.has(reply.tieId) ? reply.tieId : null,
      // Casus data stays with the sender unless the casussen go along; then only to a match that goes too (never, for now: matches do not travel).
      casusMatchId: null,
    }));
  const pseudonyms = pseudonymsFor(options.random);
  const pairings: PseudonymPairing[] = [];
  const casussen = options.includeCasussen
    ? active(source.casussen)
        .filter((casus) => !options.neighbourhoodId || (casus.neighbourhoodId !== null && inNeighbourhood([casus.neighbourhoodId])))
        .map((casus) => {
          const pseudonym = pseudonyms.next(casus.openedOn.slice(0, 4));
          pairings.push({ casusId: casus.id, code: casus.code, pseudonym: pseudonym.code });
          return {
            ...casus,
            ...pseudonym,
            referrerPersonId: casus.referrerPersonId && personIds.has(casus.referrerPersonId) ? casus.referrerPersonId : null,
            question: '',
            wishesAndTalents: '',
            // The status needs a reason (also after retention blanked it); the reason itself stays with the sender.
            unmetNeedReason: casus.status === 'geen_passend_aanbod' ? reasonLeftWithSender : '',
            outcome: '',
          };
        })
    : [];
  const bundle: HandoverBundle = {
    format: bundleFormat,
    schemaVersion: bundleVersion,
    exportedAt: options.exportedAt,
    wijk: options.neighbourhoodId ? (source.neighbourhoods.find((neighbourhood) => neighbourhood.id === options.neighbourhoodId)?.name ?? null) : null,
    casussenIncluded: options.includeCasussen,
    neighbourhoods: [...source.neighbourhoods],
    terms: [...source.terms],
    organisations,
    persons,
    // A successor outside the bundle stays with the sender.
    affiliations: affiliations.map((affiliation) => ({ ...affiliation, successorPersonId: affiliation.successorPersonId && personIds.has(affiliation.successorPersonId) ? affiliation.successorPersonId : null })),
    offers,
    ties: ties.map((tie) => ({ ...tie, sourceLogEntryId: tie.sourceLogEntryId && logEntryIds.has(tie.sourceLogEntryId) ? tie.sourceLogEntryId : null })),
    logEntries,
    meetings,
    // Planned introductions go with both organisations, afspraken with their meeting; a successor takes them over.
    tasks: active(source.tasks)
      .filter((task) => (task.meetingId ? meetingIds.has(task.meetingId) : task.organisationIds.every((id) => organisationIds.has(id))))
      .map((task) => ({
        ...task,
        organisationIds: task.organisationIds.filter((id) => organisationIds.has(id)),
        personIds: task.personIds.filter((id) => personIds.has(id)),
        ownerPersonId: task.ownerPersonId && personIds.has(task.ownerPersonId) ? task.ownerPersonId : null,
        doneInLogEntryId: task.doneInLogEntryId && logEntryIds.has(task.doneInLogEntryId) ? task.doneInLogEntryId : null,
      })),
    mapViews,
    presentations,
    requests,
    requestReplies,
    casussen,
  };
  return { bundle, pairings };
}

/** A bundle from a file's text, or an AppError saying in Dutch what is wrong with it. */
export function parseBundleText(text: string): HandoverBundle {
  return parseJsonText(text, handoverBundle, 'Het overdrachtsbestand');
}
