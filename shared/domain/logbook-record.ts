import { z } from 'zod';
import { emailAddress, isoDate, longText, phoneNumber, recordId, requiredName, shortText } from './primitives';
import { tieEnd } from './tie';
import { logKind, tieKind, warmth } from './vocabulary';
import { offerDetails, offerFields } from './offer';

/**
 * What the broker records after a contact or a whole round (fietsronde), saved
 * as one change: new organisations and people met (ids chosen by the client,
 * so ties and entries can refer to them), the log entries, the connections
 * made or strengthened, and what was learned about offers.
 */
export const newOrganisationInLog = z.object({ id: recordId, name: requiredName, kindId: recordId }).strict();

export const newPersonInLog = z
  .object({
    id: recordId,
    name: requiredName,
    mobile: phoneNumber.nullable(),
    email: emailAddress.nullable(),
    organisationId: recordId.nullable(),
    role: shortText,
  })
  .strict();

export const tieInLog = z
  .object({
    from: tieEnd,
    to: tieEnd,
    /** "geintroduceerd": the broker introduced them; the tie keeps this entry as its source. */
    kind: tieKind.schema,
    warmth: warmth.schema,
  })
  .strict();

/**
 * An offer talked about on a visit: a known one (then only marked verified
 * on the entry's date), or a new one with as much as she learned: often just
 * a title and a theme, sometimes days and hours, cost and languages.
 */
export const offerInLog = offerDetails
  .extend({ description: offerFields.shape.description })
  .partial()
  .extend({
    /** An offer already known, or null for a new one. */
    offerId: recordId.nullable(),
    organisationId: recordId,
    title: requiredName,
    /** The neighbourhoods it serves; left out, the organisation's own (an offer without a neighbourhood is missing from the gap and overlap analysis). */
    neighbourhoodIds: z.array(recordId).max(50).optional(),
  })
  .strict();

export const logEntryInLog = z
  .object({
    occurredOn: isoDate,
    kind: logKind.schema,
    personIds: z.array(recordId).max(200),
    organisationIds: z.array(recordId).max(200),
    note: longText,
    followUpOn: isoDate.nullable(),
    ties: z.array(tieInLog).max(50),
    /** People the broker now knows a step better (koud -> lauw -> warm). */
    warmerPersonIds: z.array(recordId).max(200),
    offers: z.array(offerInLog).max(50),
  })
  .strict();

export const logbookRecord = z
  .object({
    newOrganisations: z.array(newOrganisationInLog).max(50),
    newPersons: z.array(newPersonInLog).max(100),
    entries: z.array(logEntryInLog).min(1, { error: 'Leg minstens één contact vast.' }).max(50),
  })
  .strict();

export type LogbookRecord = z.output<typeof logbookRecord>;
export type LogbookRecordInput = z.input<typeof logbookRecord>;

export interface LogbookOutcome {
  entryIds: string[];
  tieIds: string[];
  personIds: string[];
  organisationIds: string[];
  /** New offers learned about on the round. */
  offerIds: string[];
  /** Planned introductions (tasks) that this record carried out. */
  introductionsDone: string[];
}
