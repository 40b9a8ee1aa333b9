import { z } from 'zod';
import { isoDate, longText, recordId } from './primitives';
import { dropOutReason, followUpAnswer, reasonMisfit } from './vocabulary';
import type { RecordMeta } from './record';

/** A planned contact moment for a casus: "still participating after 3 months?" */
export const casusFollowUpFields = z.object({
  casusId: recordId,
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  stillParticipating: z.boolean().nullable(),
  /** Why the resident did not start or stopped, when she knows: counted as drop-out in the report. */
  stopReason: dropOutReason.schema.nullable(),
  note: longText,
});
export type CasusFollowUpFields = z.output<typeof casusFollowUpFields>;
export type CasusFollowUp = CasusFollowUpFields & RecordMeta;

export const casusFollowUpCreate = casusFollowUpFields.partial().required({ casusId: true, dueOn: true }).strict();
export const casusFollowUpPatch = casusFollowUpFields.omit({ casusId: true }).partial().strict();
export const casusFollowUpDefaults: Omit<CasusFollowUpFields, 'casusId' | 'dueOn'> = { doneOn: null, stillParticipating: null, stopReason: null, note: '' };

/** A follow-up answered: the answer fits its question, and moves the handover's result along with it. */
export const casusFollowUpAnswer = z.object({ followUpId: recordId, answer: followUpAnswer.schema, answeredOn: isoDate, stopReason: dropOutReason.schema.nullable().optional() }).strict();

export function casusFollowUpProblems(followUp: CasusFollowUpFields): string[] {
  if (followUp.stopReason === null) return [];
  if (followUp.stillParticipating !== false) return ['Een reden om te stoppen hoort bij het antwoord "niet gestart" of "gestopt".'];
  const misfit = reasonMisfit('gestopt', followUp.stopReason, 'stoppen');
  return misfit ? [misfit] : [];
}
