import { z } from 'zod';
import { accessibility, ageBand, casusStatus, contactChannel, dropOutReason, dropOutReasonsAt, gender, language, pgDimension, pgMoment, practicalBarrier, timeOfDay } from './vocabulary';
import { isoDate, longText, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';

/** Casus codes are pseudonyms such as `C-2026-014`: never a resident's name. */
/** `C-2026-014` as the broker numbers them; `P-2026-7KQ3M9` for a casus received pseudonymised in a handover. */
export const casusCode = z
  .string()
  .trim()
  .regex(/^C-\d{4}-\d{3,5}$|^P-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/, { error: 'Casuscode moet er zo uitzien: C-2026-014.' });

/** One Positieve Gezondheid measurement: the resident's own 0-10 per dimension, any left out when not asked. */
export const pgMeasurement = z
  .object({
    moment: pgMoment.schema,
    measuredOn: isoDate,
    scores: z.partialRecord(pgDimension.schema, z.number({ error: 'Een score is een getal van 0 tot en met 10.' }).int({ error: 'Een score is een heel getal van 0 tot en met 10.' }).min(0, { error: 'Een score is minstens 0.' }).max(10, { error: 'Een score is hoogstens 10.' })),
  })
  .strict()
  .refine((measurement) => Object.keys(measurement.scores).length > 0, { error: 'Vul minstens één score in.', path: ['scores'] });
export type PgMeasurement = z.output<typeof pgMeasurement>;

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
  /** Why it ended at "niet bereikt", "afgezien" or "niet passend": one of the reasons that fit that status. */
  statusReason: dropOutReason.schema.nullable(),
  /** Positieve Gezondheid at intake and at 3 and 6 months: at most one per moment. */
  pgScores: z
    .array(pgMeasurement)
    .max(pgMoment.codes.length)
    .refine((measurements) => new Set(measurements.map((measurement) => measurement.moment)).size === measurements.length, { error: 'Elk meetmoment komt één keer voor.' }),
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
  statusReason: null,
  pgScores: [],
  conversationCount: 0,
  unmetNeedReason: '',
  feedbackOn: null,
  feedbackChannel: null,
  outcome: '',
  closedOn: null,
};

/** Statuses that close a casus: retention counts from them, and the detail sets the closing date. */
export const closedCasusStatuses: readonly CasusFields['status'][] = ['afgerond', 'geen_passend_aanbod', 'niet_bereikt', 'afgezien', 'niet_passend'];

/** The statuses at which a referral is lost before the resident took part; each needs a reason. */
export type DropOutStatus = 'niet_bereikt' | 'afgezien' | 'niet_passend';
export const isDropOutStatus = (status: CasusFields['status']): status is DropOutStatus => status === 'niet_bereikt' || status === 'afgezien' || status === 'niet_passend';

export function casusProblems(casus: CasusFields): string[] {
  const problems: string[] = [];
  if (casus.closedOn && casus.closedOn < casus.openedOn) problems.push('Afsluitdatum ligt vóór de aanmelddatum.');
  if (isDropOutStatus(casus.status)) {
    const fitting: readonly string[] = dropOutReasonsAt[casus.status];
    if (casus.statusReason === null) problems.push(`Kies bij "${casusStatus.labels[casus.status]}" een reden.`);
    else if (!fitting.includes(casus.statusReason)) problems.push(`"${dropOutReason.labels[casus.statusReason]}" past niet bij "${casusStatus.labels[casus.status]}"; kies uit: ${fitting.map((reason) => dropOutReason.labels[reason as keyof typeof dropOutReason.labels]).join(', ')}.`);
  }
  if (casus.pgScores.some((measurement) => measurement.measuredOn < casus.openedOn)) problems.push('Een meting van Positieve Gezondheid ligt vóór de aanmelddatum.');
  if (casus.status === 'geen_passend_aanbod' && casus.unmetNeedReason.trim() === '') {
    problems.push('Geef bij "geen passend aanbod" aan waarom: dat is een hiaat in het aanbod.');
  }
  return problems;
}
