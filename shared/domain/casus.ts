import { z } from 'zod';
import { accessibility, ageBand, casusStatus, contactChannel, gender, language, practicalBarrier, timeOfDay } from './vocabulary';
import { isoDate, longText, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';

/** Casus codes are pseudonyms such as `C-2026-014`: never a resident's name. */
/** `C-2026-014` as the broker numbers them; `P-2026-7KQ3M9` for a casus received pseudonymised in a handover. */
export const casusCode = z
  .string()
  .trim()
  .regex(/^C-\d{4}-\d{3,5}$|^P-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/, { error: 'Casuscode moet er zo uitzien: C-2026-014.' });

export const casusFields = z.object({
  code: casusCode,
  openedOn: isoDate,
  referrerPersonId: recordId.nullable(),
  referrerTypeId: recordId,
  ageBand: ageBand.schema.nullable(),
  neighbourhoodId: recordId.nullable(),
  mainReasonId: recordId.nullable(),
  /** Themes, life domains and Positieve Gezondheid dimensions the resident needs. */
  needIds: z.array(recordId).max(30),
  question: longText,
  wishesAndTalents: longText,
  barriers: z.array(practicalBarrier.schema).max(4),
  gender: gender.schema.nullable(),
  /** The languages the resident speaks: with the barrier "taal", an offer in one of them, or one for people learning Dutch. */
  languages: language.set(20),
  /** What the place must offer them: wheelchair access, a hearing loop, no stairs, an adapted toilet. */
  accessibilityNeeds: accessibility.set(4),
  /** When they can take part: with the barrier "tijdstip", the offer's days and hours must fall in these parts of the week. */
  availability: timeOfDay.set(4),
  status: casusStatus.schema,
  conversationCount: z.number().int().min(0).max(1000),
  unmetNeedReason: longText,
  feedbackOn: isoDate.nullable(),
  feedbackChannel: contactChannel.schema.nullable(),
  outcome: shortText,
  closedOn: isoDate.nullable(),
});
export type CasusFields = z.output<typeof casusFields>;
export type Casus = CasusFields & RecordMeta;

export const casusCreate = casusFields.partial().required({ code: true, openedOn: true, referrerTypeId: true }).strict();
export const casusPatch = casusFields.partial().strict();
export const casusDefaults: Omit<CasusFields, 'code' | 'openedOn' | 'referrerTypeId'> = {
  referrerPersonId: null,
  ageBand: null,
  neighbourhoodId: null,
  mainReasonId: null,
  needIds: [],
  question: '',
  wishesAndTalents: '',
  barriers: [],
  gender: null,
  languages: [],
  accessibilityNeeds: [],
  availability: [],
  status: 'aangemeld',
  conversationCount: 0,
  unmetNeedReason: '',
  feedbackOn: null,
  feedbackChannel: null,
  outcome: '',
  closedOn: null,
};

export function casusProblems(casus: CasusFields): string[] {
  const problems: string[] = [];
  if (casus.closedOn && casus.closedOn < casus.openedOn) problems.push('Afsluitdatum ligt vóór de aanmelddatum.');
  if (casus.status === 'geen_passend_aanbod' && casus.unmetNeedReason.trim() === '') {
    problems.push('Geef bij "geen passend aanbod" aan waarom: dat is een hiaat in het aanbod.');
  }
  return problems;
}
