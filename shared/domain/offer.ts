import { z } from 'zod';
import { accessibility, language, offerAccess, offerStatus, sessionFrequency, timeOfDay, weekday } from './vocabulary';
import { clockTime, isoDate, longText, recordId, requiredName, shortText } from './primitives';
import { foldText } from '../normalise/name';
import type { RecordMeta } from './record';

/**
 * When an offer takes place: the days of the week, the hours and how often
 * ("dinsdag en donderdag 10:00-11:30, elke week"). Exceptions (school
 * holidays, the first Monday) go in the offer's free-text `schedule`.
 */
export const offerSession = z
  .object({
    weekdays: weekday.set(7).refine((days) => days.length > 0, { error: 'Kies minstens één dag.' }),
    startsAt: clockTime.nullable(),
    endsAt: clockTime.nullable(),
    frequency: sessionFrequency.schema,
  })
  .strict()
  .refine((session) => !session.startsAt || !session.endsAt || session.endsAt > session.startsAt, { error: 'De eindtijd ligt vóór de begintijd.', path: ['endsAt'] });
export type OfferSession = z.output<typeof offerSession>;

export const offerFields = z.object({
  organisationId: recordId,
  title: requiredName,
  description: longText,
  themeIds: z.array(recordId).max(20),
  lifeDomainIds: z.array(recordId).max(20),
  pgDimensionIds: z.array(recordId).max(6),
  targetGroupIds: z.array(recordId).max(20),
  neighbourhoodIds: z.array(recordId).max(100),
  location: shortText,
  timesOfDay: timeOfDay.set(4),
  /** The days and hours it runs; `schedule` holds what the structure cannot say (exceptions). */
  sessions: z.array(offerSession).max(14, { error: 'Hoogstens 14 tijden per aanbod.' }),
  schedule: shortText,
  /** The languages it is given in. */
  languages: language.set(20),
  /** Suited to people learning Dutch (NT2): slow, simple Dutch, pictures. */
  forLanguageLearners: z.boolean(),
  /** What makes its place reachable: wheelchair, ground floor or lift, hearing loop, adapted toilet. */
  accessibility: accessibility.set(4),
  /** Free text such as "gratis" or "€ 2,50 per keer". */
  cost: shortText,
  isFree: z.boolean(),
  access: offerAccess.schema,
  capacity: z.number({ error: 'Schrijf het aantal plaatsen als getal, zoals 12.' }).int({ error: 'Schrijf het aantal plaatsen als heel getal.' }).min(0, { error: 'Het aantal plaatsen kan niet negatief zijn.' }).max(100_000, { error: 'Hoogstens 100.000 plaatsen.' }).nullable(),
  hasWaitingList: z.boolean(),
  contactPersonId: recordId.nullable(),
  status: offerStatus.schema,
  verifiedOn: isoDate.nullable(),
});
export type OfferFields = z.output<typeof offerFields>;
export type Offer = OfferFields & RecordMeta;

/**
 * What an offer is for, when and where it runs and how to join: the fields
 * the offer form and a new offer in the logbook share (the logbook takes
 * them as far as she learned them).
 */
export const offerDetails = offerFields.pick({
  themeIds: true,
  targetGroupIds: true,
  lifeDomainIds: true,
  pgDimensionIds: true,
  sessions: true,
  schedule: true,
  timesOfDay: true,
  location: true,
  cost: true,
  isFree: true,
  access: true,
  capacity: true,
  hasWaitingList: true,
  languages: true,
  forLanguageLearners: true,
  accessibility: true,
});
export type OfferDetails = z.output<typeof offerDetails>;

/** Just the details of an offer (no title, organisation or status). */
export function pickOfferDetails(offer: OfferDetails): OfferDetails {
  return Object.fromEntries(offerDetails.keyof().options.map((key) => [key, offer[key]])) as OfferDetails;
}

export const offerCreate = offerFields.partial().required({ organisationId: true, title: true }).strict();
export const offerPatch = offerFields.partial().strict();
export const offerDefaults: Omit<OfferFields, 'organisationId' | 'title'> = {
  description: '',
  themeIds: [],
  lifeDomainIds: [],
  pgDimensionIds: [],
  targetGroupIds: [],
  neighbourhoodIds: [],
  location: '',
  timesOfDay: [],
  sessions: [],
  schedule: '',
  languages: [],
  forLanguageLearners: false,
  accessibility: [],
  cost: '',
  isFree: true,
  access: 'vrije_inloop',
  capacity: null,
  hasWaitingList: false,
  contactPersonId: null,
  status: 'actief',
  verifiedOn: null,
};

/** The part of the day a session falls in, for offers searched by dagdeel: before noon, afternoon, from 18:00; Saturday and Sunday are weekend. */
export function timesOfDayOf(sessions: readonly OfferSession[]): (typeof timeOfDay.codes)[number][] {
  const found = new Set<(typeof timeOfDay.codes)[number]>();
  for (const session of sessions) {
    if (session.weekdays.some((day) => day === 'za' || day === 'zo')) found.add('weekend');
    if (!session.startsAt) continue;
    const start = session.startsAt;
    const end = session.endsAt ?? start;
    if (start < '12:00') found.add('ochtend');
    if (start < '18:00' && end > '12:00') found.add('middag');
    if (start >= '18:00' || end > '18:00') found.add('avond');
  }
  return timeOfDay.codes.filter((code) => found.has(code));
}

/** A session in words: "dinsdag en donderdag 10:00-11:30", "zaterdag vanaf 14:00, elke maand". */
export function describeSession(session: OfferSession): string {
  const days = session.weekdays.map((day) => weekday.labels[day]);
  const dayText = days.length <= 1 ? (days[0] ?? '') : `${days.slice(0, -1).join(', ')} en ${days.at(-1) ?? ''}`;
  const hours = session.startsAt ? (session.endsAt ? `${session.startsAt}-${session.endsAt}` : `vanaf ${session.startsAt}`) : '';
  return [[dayText, hours].filter(Boolean).join(' '), session.frequency === 'wekelijks' ? '' : sessionFrequency.labels[session.frequency]].filter(Boolean).join(', ');
}

/** When an offer runs, in words: its sessions, then what the free text adds ("niet in schoolvakanties"). */
export function describeWhen(offer: Pick<OfferFields, 'sessions' | 'schedule'>): string {
  return [...offer.sessions.map(describeSession), offer.schedule.trim()].filter(Boolean).join('; ');
}

/**
 * An offer's dagdelen, one rule for the form, the import and matching: the
 * hours of its sessions say them; a session without hours ("woensdagmiddag")
 * says none, so then the dagdelen given by hand (or by the import's cell) count too.
 */
export function timesOfDayFor(sessions: readonly OfferSession[], ...given: readonly (readonly (typeof timeOfDay.codes)[number][])[]): (typeof timeOfDay.codes)[number][] {
  const found = new Set(timesOfDayOf(sessions));
  if (timesOfDayByHand(sessions)) for (const part of given.flat()) found.add(part);
  return timeOfDay.codes.filter((code) => found.has(code));
}

/** Whether a session or its absence leaves the dagdelen to be given by hand. */
export function timesOfDayByHand(sessions: readonly OfferSession[]): boolean {
  return sessions.length === 0 || sessions.some((session) => session.startsAt === null);
}

/** A cost that means free: empty, "gratis", "kosteloos", "€ 0", "0,00". */
export function isFreeCost(text: string): boolean {
  const folded = foldText(text);
  return folded === '' || folded === 'gratis' || folded === 'kosteloos' || /^(eur )?0( 00)?$/.test(folded);
}
