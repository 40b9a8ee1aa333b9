import { z } from 'zod';
import { isoDate, longText, recordId } from './primitives';
import type { RecordMeta } from './record';
import { taskKind } from './vocabulary';

/**
 * Something to be done by a date: an introduction she plans between two
 * organisations (with the person to reach at each), or an afspraak made at
 * a meeting (with its owner: one of the people there, or the broker
 * herself). It is an intention, not a contact: nothing in "laatst
 * gesproken" changes until the contact really happens and is logged, which
 * also marks an introduction done. Archived: dropped without being done.
 */
export const taskFields = z.object({
  kind: taskKind.schema,
  /** The parties: for an introduction, the two organisations. */
  organisationIds: z.array(recordId).max(20),
  /** The person to reach at each party, where one is known. */
  personIds: z.array(recordId).max(20),
  note: longText,
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  /** The log entry in which it was done (an introduction: the contact whose tie made it). */
  doneInLogEntryId: recordId.nullable(),
  /** The meeting it was agreed at (an afspraak). */
  meetingId: recordId.nullable(),
  /** Who does it; null: the broker herself. */
  ownerPersonId: recordId.nullable(),
});
export type TaskFields = z.output<typeof taskFields>;
export type Task = TaskFields & RecordMeta;

export const taskCreate = taskFields.partial().required({ kind: true, dueOn: true }).strict();
export const taskPatch = taskFields.omit({ kind: true }).partial().strict();
export const taskDefaults: Omit<TaskFields, 'kind' | 'dueOn'> = { organisationIds: [], personIds: [], note: '', doneOn: null, doneInLogEntryId: null, meetingId: null, ownerPersonId: null };
