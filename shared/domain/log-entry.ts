import { z } from 'zod';
import { logKind } from './vocabulary';
import { isoDate, longText, recordId } from './primitives';
import type { RecordMeta } from './record';

export const logEntryFields = z.object({
  occurredOn: isoDate,
  kind: logKind.schema,
  personIds: z.array(recordId).max(200),
  organisationIds: z.array(recordId).max(200),
  note: longText,
  /** Ties made or strengthened in this contact. */
  tieIds: z.array(recordId).max(200),
  followUpOn: isoDate.nullable(),
  followUpDoneOn: isoDate.nullable(),
});
export type LogEntryFields = z.output<typeof logEntryFields>;
export type LogEntry = LogEntryFields & RecordMeta;

export const logEntryCreate = logEntryFields.partial().required({ occurredOn: true, kind: true }).strict();
export const logEntryPatch = logEntryFields.partial().strict();
export const logEntryDefaults: Omit<LogEntryFields, 'occurredOn' | 'kind'> = {
  personIds: [],
  organisationIds: [],
  note: '',
  tieIds: [],
  followUpOn: null,
  followUpDoneOn: null,
};
