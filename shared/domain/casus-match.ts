import { z } from 'zod';
import { contactChannel, handoverResult } from './vocabulary';
import { isoDate, longText, recordId } from './primitives';
import type { RecordMeta } from './record';

/** A casus matched to an offer and/or a named person: the warm handover. */
export const casusMatchFields = z.object({
  casusId: recordId,
  offerId: recordId.nullable(),
  personId: recordId.nullable(),
  handoverOn: isoDate.nullable(),
  handoverChannel: contactChannel.schema.nullable(),
  result: handoverResult.schema.nullable(),
  resultReason: longText,
});
export type CasusMatchFields = z.output<typeof casusMatchFields>;
export type CasusMatch = CasusMatchFields & RecordMeta;

export const casusMatchCreate = casusMatchFields.partial().required({ casusId: true }).strict();
export const casusMatchPatch = casusMatchFields.omit({ casusId: true }).partial().strict();
export const casusMatchDefaults: Omit<CasusMatchFields, 'casusId'> = {
  offerId: null,
  personId: null,
  handoverOn: null,
  handoverChannel: null,
  result: null,
  resultReason: '',
};

export function casusMatchProblems(match: CasusMatchFields): string[] {
  if (match.offerId === null && match.personId === null) return ['Koppel aan een aanbod, een persoon of allebei.'];
  return [];
}
