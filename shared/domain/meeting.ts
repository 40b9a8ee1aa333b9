import { z } from 'zod';
import { clockTime, isoDate, longText, recordId, shortText, uniqueIds } from './primitives';
import type { RecordMeta } from './record';
import { meetingKind } from './vocabulary';
import { formatDate } from '../dates/format-date';

/** "19:30": when a meeting starts, on its date. */

/**
 * A meeting the broker organises: a wijknetwerkbijeenkomst, a wijktour, a
 * themabijeenkomst or a casusoverleg. Invited are organisations (and, where
 * she knows whom to ask, people); on the day she ticks who came. Once it
 * has taken place she records it: it is logged as a contact of its kind with
 * everyone who came (`logEntryId`), and the ties it made keep that entry as
 * their source, so the meeting is the source of what it brought about.
 */
export const meetingFields = z.object({
  kind: meetingKind.schema,
  title: shortText,
  heldOn: isoDate,
  startsAt: clockTime.nullable(),
  place: shortText,
  themeId: recordId.nullable(),
  neighbourhoodId: recordId.nullable(),
  /** The agenda, or what was said. */
  note: longText,
  invitedOrganisationIds: uniqueIds('organisaties'),
  invitedPersonIds: uniqueIds('contactpersonen'),
  attendedOrganisationIds: uniqueIds('organisaties'),
  attendedPersonIds: uniqueIds('contactpersonen'),
  /** The contact it was logged as, once recorded; null while it is planned or not yet recorded. */
  logEntryId: recordId.nullable(),
});
export type MeetingFields = z.output<typeof meetingFields>;
export type Meeting = MeetingFields & RecordMeta;

export const meetingCreate = meetingFields.partial().required({ kind: true, heldOn: true }).strict();
export const meetingPatch = meetingFields.partial().strict();
export const meetingDefaults: Omit<MeetingFields, 'kind' | 'heldOn'> = {
  title: '',
  startsAt: null,
  place: '',
  themeId: null,
  neighbourhoodId: null,
  note: '',
  invitedOrganisationIds: [],
  invitedPersonIds: [],
  attendedOrganisationIds: [],
  attendedPersonIds: [],
  logEntryId: null,
};

/** An afspraak made at a meeting: what, who does it (null: the broker), by when. */
export const afspraakInMeeting = z
  .object({
    note: longText.refine((text) => text.trim().length > 0, { error: 'Schrijf op wat er is afgesproken.' }),
    ownerPersonId: recordId.nullable(),
    dueOn: isoDate,
  })
  .strict();

/**
 * A meeting that took place, recorded as one change: logged as a contact of
 * its kind with everyone who came, the proposed ties she accepted (the
 * meeting's entry their source), and the afspraken made. One undo.
 */
export const meetingRecord = z
  .object({
    meetingId: recordId,
    /** Accepted proposals: each pair of organisations present, in either order. */
    ties: z.array(z.object({ organisationIds: z.tuple([recordId, recordId]) }).strict()).max(50, { error: 'Hoogstens 50 nieuwe verbindingen per bijeenkomst.' }),
    afspraken: z.array(afspraakInMeeting).max(50, { error: 'Hoogstens 50 afspraken per keer.' }),
  })
  .strict();
export type MeetingRecord = z.output<typeof meetingRecord>;

export interface MeetingRecordOutcome {
  logEntryId: string;
  tieIds: string[];
  taskIds: string[];
}

/** A meeting as messages and screens name it: its title, or its kind and date ("wijktour van 3 december 2026"). */
export function meetingName(meeting: Pick<MeetingFields, 'title' | 'kind' | 'heldOn'>): string {
  return meeting.title || `${meetingKind.labels[meeting.kind]} van ${formatDate(meeting.heldOn)}`;
}
