import { z } from 'zod';
import { accessibility, ageBand, casusStatus, contactChannel, dropOutReason, gender, language, pgDimension, pgMoment, practicalBarrier, reasonMisfit, timeOfDay } from './vocabulary';
import { isoDate, longText, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';
import { formatDate } from '../dates/format-date';

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

/**
 * The moments follow each other: a score "na 3 maanden" dated before the one
 * "bij intake" is a typing slip, and would turn the change the report shows
 * around. Null when every moment comes on or after the one before it.
 */
export function pgOrderProblem(measurements: readonly PgMeasurement[]): string | null {
  const inOrder = pgMoment.codes.flatMap((code) => measurements.filter((measurement) => measurement.moment === code));
  for (const [position, later] of inOrder.entries()) {
    const earlier = inOrder[position - 1];
    if (earlier && later.measuredOn < earlier.measuredOn) {
      return `De meting ${pgMoment.labels[later.moment]} (${formatDate(later.measuredOn)}) ligt vóór de meting ${pgMoment.labels[earlier.moment]} (${formatDate(earlier.measuredOn)}).`;
    }
  }
  return null;
}

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

type Status = CasusFields['status'];

/** The statuses at which a referral is lost before the resident took part; each needs a reason. */
export const dropOutStatuses = ['niet_bereikt', 'afgezien', 'niet_passend'] as const satisfies readonly Status[];
export type DropOutStatus = (typeof dropOutStatuses)[number];
export const isDropOutStatus = (status: Status): status is DropOutStatus => (dropOutStatuses as readonly Status[]).includes(status);

/** A referral that ended without an activity: no offer fitted, or it was lost before the start. Nothing more is asked of it. */
export const endedWithoutActivityStatuses: readonly Status[] = ['geen_passend_aanbod', ...dropOutStatuses];
export const endedWithoutActivity = (status: Status): boolean => endedWithoutActivityStatuses.includes(status);

/** Statuses that close a casus: retention counts from them. */
export const closedCasusStatuses: readonly Status[] = ['afgerond', ...endedWithoutActivityStatuses];

/**
 * What a change of status writes, from every screen: the reason only with a
 * status that asks for one, and the closing date set when it closes (kept
 * when it was closed already) and cleared when it opens again.
 */
export function statusChange(casus: Pick<CasusFields, 'closedOn'>, status: Status, statusReason: CasusFields['statusReason'], today: string): Pick<CasusFields, 'status' | 'statusReason' | 'closedOn'> {
  return { status, statusReason: isDropOutStatus(status) ? statusReason : null, closedOn: closedCasusStatuses.includes(status) ? (casus.closedOn ?? today) : null };
}

/** A status in words, with its reason when it ended without an activity: "afgezien (geen behoefte meer)". */
export function statusInWords(status: Status, statusReason: CasusFields['statusReason']): string {
  return `${casusStatus.labels[status]}${statusReason && isDropOutStatus(status) ? ` (${dropOutReason.labels[statusReason]})` : ''}`;
}

/** The sentence for a status that ends a referral without its reason: the service's refusal and the form's message alike. */
export const reasonNeeded = (status: DropOutStatus) => `Kies bij "${casusStatus.labels[status]}" een reden.`;

export function casusProblems(casus: CasusFields): string[] {
  const problems: string[] = [];
  if (casus.closedOn && casus.closedOn < casus.openedOn) problems.push('Afsluitdatum ligt vóór de aanmelddatum.');
  if (isDropOutStatus(casus.status)) {
    const misfit = casus.statusReason && reasonMisfit(casus.status, casus.statusReason, casusStatus.labels[casus.status]);
    if (casus.statusReason === null) problems.push(reasonNeeded(casus.status));
    else if (misfit) problems.push(misfit);
  } else if (casus.statusReason !== null) {
    // A reason left behind would come back unseen when the status returns to one that asks for it.
    problems.push(`Een reden hoort alleen bij ${dropOutStatuses.map((status) => `"${casusStatus.labels[status]}"`).join(', ')}.`);
  }
  if (casus.pgScores.some((measurement) => measurement.measuredOn < casus.openedOn)) problems.push('Een meting van Positieve Gezondheid ligt vóór de aanmelddatum.');
  const outOfOrder = pgOrderProblem(casus.pgScores);
  if (outOfOrder) problems.push(outOfOrder);
  if (casus.status === 'geen_passend_aanbod' && casus.unmetNeedReason.trim() === '') {
    problems.push('Geef bij "geen passend aanbod" aan waarom: dat is een hiaat in het aanbod.');
  }
  return problems;
}
