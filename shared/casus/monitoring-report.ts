import { daysBetween } from '../dates/days-between';
import { dropOutStatuses, isDropOutStatus, type Casus, type DropOutStatus } from '../domain/casus';
import type { Affiliation } from '../domain/affiliation';
import type { CasusFollowUp } from '../domain/casus-follow-up';
import type { CasusMatch } from '../domain/casus-match';
import type { Offer } from '../domain/offer';
import { ageBand, casusStatus, dropOutReason, handoverResult, pgDimension, pgMoment } from '../domain/vocabulary';
import { groupBy } from '../collections/group-by';
import { followUpMomentAmong } from './plan-follow-ups';

export interface MonitoringInput {
  casussen: readonly Casus[];
  matches: readonly CasusMatch[];
  followUps: readonly CasusFollowUp[];
  offers: readonly Offer[];
  /** Roles, to count a referral by the organisation its referrer worked at. */
  affiliations: readonly Affiliation[];
}

/** Share as a fraction 0..1 of a known total; null when there is nothing to divide by. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

/** Where referrals are lost: before contact, by choice, not suitable, never started, or stopped after starting. */
export type DropOutStage = DropOutStatus | 'niet_gestart' | 'gestopt';
export const dropOutStages: readonly DropOutStage[] = [...dropOutStatuses, 'niet_gestart', 'gestopt'];

export interface DropOut {
  stage: DropOutStage;
  count: number;
  /** Reason code (or "onbekend") to the casussen lost for it. */
  reasons: Record<string, number>;
}

/** One dimension's mean score before (at intake) and after, over the n casussen scored on it at both moments. */
export interface PgChange {
  dimension: (typeof pgDimension.codes)[number];
  n: number;
  before: number | null;
  after: number | null;
}

export type PgFollowUpMoment = Exclude<(typeof pgMoment.codes)[number], 'intake'>;

/** The Welzijn op Recept monitoring for one period: what the municipality asks for. */
export interface MonitoringReport {
  from: string;
  to: string;
  referrals: number;
  byReferrerType: Record<string, number>;
  /** The organisation (GP practice, ...) the referrer worked at when referring; "onbekend" without a named referrer. */
  byReferrerOrganisation: Record<string, number>;
  byNeighbourhood: Record<string, number>;
  byMainReason: Record<string, number>;
  byAgeBand: Record<string, number>;
  /** Themes of the offers residents were matched to. */
  activityKinds: Record<string, number>;
  matched: Share;
  /** Median days from referral to the first handover, over matched casussen; null when none. */
  medianDaysToMatch: number | null;
  feedbackToReferrer: Share;
  /** Among follow-ups answered around 3 (6) months after the handover: still taking part. */
  stillParticipating3Months: Share;
  stillParticipating6Months: Share;
  /** Casussen at each step: referred, then reached, handed over, started, and still taking part at about 3 and 6 months. */
  reach: { referred: number; reached: number; matched: number; started: number; after3Months: number; after6Months: number };
  dropOut: DropOut[];
  /** Mean Positieve Gezondheid per dimension at intake and at 3 (6) months, over casussen scored at both. */
  pgChange: Record<PgFollowUpMoment, PgChange[]>;
  /** Needs of casussen closed as "geen passend aanbod": demand without supply. */
  unmetNeedsByTheme: Record<string, number>;
}

const UNKNOWN = 'onbekend';
const share = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });
const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Counts per key, the largest first, "onbekend" last (missing data is not a category); or in `order` when given. */
function tally(keys: Iterable<string>, order?: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  const rank = (key: string) => (key === UNKNOWN ? Number.POSITIVE_INFINITY : (order?.indexOf(key) ?? -1));
  return Object.fromEntries(Object.entries(counts).sort(([leftKey, left], [rightKey, right]) => rank(leftKey) - rank(rightKey) || right - left || leftKey.localeCompare(rightKey)));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The organisation a person worked at on `date`: the role held then, else their latest; null without roles. */
function organisationOn(roles: readonly Affiliation[], date: string): string | null {
  const held = roles.filter((role) => (role.since === null || role.since <= date) && (role.until === null || role.until >= date));
  const candidates = held.length > 0 ? held : roles;
  return [...candidates].sort((left, right) => (right.since ?? '').localeCompare(left.since ?? '') || left.id.localeCompare(right.id))[0]?.organisationId ?? null;
}

/**
 * The monitoring report for referrals opened from `from` to `to` (inclusive).
 * Works on anonymised casussen too: it counts dates, codes, statuses,
 * needs and scores, never free text. These are the exact figures; what is
 * shown or exported goes through `monitoringRows`, which hides small counts.
 */
export function monitoringReport(input: MonitoringInput, from: string, to: string): MonitoringReport {
  const casussen = input.casussen.filter((casus) => casus.archivedAt === null && casus.openedOn >= from && casus.openedOn <= to);
  const ids = new Set(casussen.map((casus) => casus.id));
  const matchesOf = groupBy(
    input.matches.filter((match) => match.archivedAt === null && ids.has(match.casusId)),
    (match) => [match.casusId],
  );
  const offers = new Map(input.offers.map((offer) => [offer.id, offer]));
  const rolesOf = groupBy(
    input.affiliations.filter((role) => role.archivedAt === null),
    (role) => [role.personId],
  );
  const firstHandover = (casus: Casus) =>
    (matchesOf.get(casus.id) ?? [])
      .map((match) => match.handoverOn ?? match.createdAt.slice(0, 10))
      .sort()[0] ?? casus.openedOn;
  const matched = casussen.filter((casus) => (matchesOf.get(casus.id) ?? []).length > 0);

  // Answered follow-ups, oldest first; each measures the moment after the handover it follows up, worked out once.
  const answered = input.followUps.filter((followUp) => followUp.archivedAt === null && followUp.stillParticipating !== null && ids.has(followUp.casusId)).sort((left, right) => left.dueOn.localeCompare(right.dueOn));
  const answeredOf = groupBy(answered, (followUp) => [followUp.casusId]);
  const momentOf = new Map(answered.map((followUp) => [followUp.id, followUpMomentAmong(followUp.dueOn, matchesOf.get(followUp.casusId) ?? [])]));
  const answersAt = (casus: Casus, moment: PgFollowUpMoment) => (answeredOf.get(casus.id) ?? []).filter((followUp) => momentOf.get(followUp.id) === moment);
  const participation = (moment: PgFollowUpMoment): Share => {
    const answers = matched.flatMap((casus) => answersAt(casus, moment));
    return share(answers.filter((followUp) => followUp.stillParticipating).length, answers.length);
  };

  // The funnel: each step a subset of the one before.
  const results = (casus: Casus) => (matchesOf.get(casus.id) ?? []).map((match) => match.result);
  const reached = casussen.filter((casus) => casus.status !== 'niet_bereikt' && (casus.status !== 'aangemeld' || casus.conversationCount > 0 || matchesOf.has(casus.id)));
  const handedOver = reached.filter((casus) => matchesOf.has(casus.id));
  const started = handedOver.filter((casus) => results(casus).some((result) => result === 'gestart' || result === 'gestopt') || (answeredOf.get(casus.id) ?? []).some((followUp) => followUp.stillParticipating));
  const saysYesAt = (casus: Casus, moment: PgFollowUpMoment) => answersAt(casus, moment).some((followUp) => followUp.stillParticipating);
  // Taking part at 6 months means taking part at 3, asked or not.
  const after6Months = started.filter((casus) => saysYesAt(casus, 'zes_maanden'));
  const after3Months = started.filter((casus) => saysYesAt(casus, 'drie_maanden') || saysYesAt(casus, 'zes_maanden'));

  // Drop-out: a casus counts once, at the stage it was lost, with the reason she recorded (else "onbekend").
  // Whether they started decides the stage: a drop-out status set after the start is a stop, not a loss before it.
  const startedIds = new Set(started.map((casus) => casus.id));
  const stageOf = (casus: Casus): DropOutStage | null => {
    const handoverResults = results(casus);
    if (startedIds.has(casus.id)) return isDropOutStatus(casus.status) || (handoverResults.includes('gestopt') && !handoverResults.includes('gestart')) ? 'gestopt' : null;
    if (isDropOutStatus(casus.status)) return casus.status;
    // Not started yet while another handover waits for its answer: not lost.
    return handoverResults.includes('niet_gestart') && !handoverResults.includes(null) ? 'niet_gestart' : null;
  };
  const reasonOf = (casus: Casus, stage: DropOutStage) => {
    const stopReason = (answeredOf.get(casus.id) ?? []).filter((followUp) => followUp.stillParticipating === false && followUp.stopReason !== null).at(-1)?.stopReason;
    const statusReason = isDropOutStatus(casus.status) ? casus.statusReason : null;
    return (stage === 'niet_gestart' || stage === 'gestopt' ? (stopReason ?? statusReason) : statusReason) ?? UNKNOWN;
  };
  const lost = groupBy(
    casussen.flatMap((casus) => {
      const stage = stageOf(casus);
      return stage ? [{ casus, stage }] : [];
    }),
    ({ stage }) => [stage],
  );
  const dropOut = dropOutStages.map((stage): DropOut => {
    const cases = lost.get(stage) ?? [];
    return { stage, count: cases.length, reasons: tally(cases.map(({ casus }) => reasonOf(casus, stage))) };
  });

  const pgChangeAt = (moment: PgFollowUpMoment): PgChange[] =>
    pgDimension.codes.map((dimension) => {
      const pairs = casussen.flatMap((casus) => {
        const before = casus.pgScores.find((measurement) => measurement.moment === 'intake')?.scores[dimension];
        const after = casus.pgScores.find((measurement) => measurement.moment === moment)?.scores[dimension];
        return before === undefined || after === undefined ? [] : [[before, after] as const];
      });
      return { dimension, n: pairs.length, before: mean(pairs.map(([before]) => before)), after: mean(pairs.map(([, after]) => after)) };
    });

  return {
    from,
    to,
    referrals: casussen.length,
    byReferrerType: tally(casussen.map((casus) => casus.referrerTypeId)),
    byReferrerOrganisation: tally(casussen.map((casus) => (casus.referrerPersonId ? organisationOn(rolesOf.get(casus.referrerPersonId) ?? [], casus.openedOn) : null) ?? UNKNOWN)),
    byNeighbourhood: tally(casussen.map((casus) => casus.neighbourhoodId ?? UNKNOWN)),
    byMainReason: tally(casussen.map((casus) => casus.mainReasonId ?? UNKNOWN)),
    // Ages go young to old, not by count.
    byAgeBand: tally(
      casussen.map((casus) => casus.ageBand ?? UNKNOWN),
      ageBand.codes,
    ),
    activityKinds: tally(matched.flatMap((casus) => (matchesOf.get(casus.id) ?? []).flatMap((match) => (match.offerId ? (offers.get(match.offerId)?.themeIds ?? []) : [])))),
    matched: share(matched.length, casussen.length),
    medianDaysToMatch: median(matched.map((casus) => daysBetween(casus.openedOn, firstHandover(casus)))),
    feedbackToReferrer: share(casussen.filter((casus) => casus.feedbackOn !== null).length, casussen.length),
    stillParticipating3Months: participation('drie_maanden'),
    stillParticipating6Months: participation('zes_maanden'),
    reach: { referred: casussen.length, reached: reached.length, matched: handedOver.length, started: started.length, after3Months: after3Months.length, after6Months: after6Months.length },
    dropOut,
    pgChange: { drie_maanden: pgChangeAt('drie_maanden'), zes_maanden: pgChangeAt('zes_maanden') },
    unmetNeedsByTheme: tally(casussen.filter((casus) => casus.status === 'geen_passend_aanbod').flatMap((casus) => (casus.needIds.length > 0 ? casus.needIds : [UNKNOWN]))),
  };
}

/**
 * The small-count rule: a count of 1 to 4 is shown as "< 5", and a share or
 * a mean over fewer than five as "n < 5", so a printed report does not
 * single out one resident by its numbers. Zero counts no one and is shown.
 * It is a rule for cells, not a guarantee: a total minus its shown parts
 * can still narrow a small group, which is why no free text and no code
 * goes out with it.
 */
export const SMALL_COUNT = 5;
export const HIDDEN_COUNT = '< 5';
export const HIDDEN_FIGURE = 'n < 5';
export const shownCount = (count: number): number | typeof HIDDEN_COUNT => (count > 0 && count < SMALL_COUNT ? HIDDEN_COUNT : count);
/** A count hidden to protect a small one beside it, which the total minus the rest would otherwise give away. */
export const PROTECTING_COUNT = 'verborgen';

/**
 * The cells of counts that add up to a known total (referrals per wijk, a
 * stage's reasons): small ones hidden, and when exactly one is hidden, the
 * smallest shown one too, so the total minus the rest no longer gives it
 * away. Their order is kept.
 */
export function partitionCells(counts: Record<string, number>, total: number): Record<string, number | string> {
  const cells: Record<string, number | string> = Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, shownCount(count)]));
  const hidden = Object.values(cells).filter((cell) => cell === HIDDEN_COUNT).length;
  const [smallest] = Object.entries(counts)
    .filter(([key, count]) => count > 0 && cells[key] === count)
    .sort(([, left], [, right]) => left - right);
  if (hidden === 1 && shownCount(total) === total && smallest) cells[smallest[0]] = PROTECTING_COUNT;
  return cells;
}

/** A share is shown only when its part is not a small count and it is over at least five. */
export const shareShown = (value: Share): boolean => value.share !== null && value.of >= SMALL_COUNT && shownCount(value.count) !== HIDDEN_COUNT;
/** A mean is shown only over at least five. */
export const meanShown = (n: number): boolean => n >= SMALL_COUNT;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A drop-out stage and reason as the report writes them. */
export const stageLabel = (stage: DropOutStage) => (stage === 'niet_gestart' || stage === 'gestopt' ? handoverResult.labels[stage] : casusStatus.labels[stage]);

/** The funnel's steps in order, with their names: for the rows, the screen and the CLI's stats. */
export const reachSteps: readonly (readonly [keyof MonitoringReport['reach'], string])[] = [
  ['referred', 'verwezen'],
  ['reached', 'bereikt'],
  ['matched', 'gekoppeld'],
  ['started', 'gestart'],
  ['after3Months', 'doet mee na 3 maanden'],
  ['after6Months', 'doet mee na 6 maanden'],
];
/** The report's ids in words: a list value, a referring organisation or a wijk; "onbekend" and codes stay as they are. For the screen and the CLI alike. */
export function monitoringLabels(network: { terms: readonly { id: string; label: string }[]; organisations: readonly { id: string; name: string }[]; neighbourhoods: readonly { id: string; name: string }[] }): (id: string) => string {
  const names = new Map<string, string>([...network.terms.map((term) => [term.id, term.label] as const), ...network.organisations.map((organisation) => [organisation.id, organisation.name] as const), ...network.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name] as const)]);
  return (id) => names.get(id) ?? id;
}

/** An age band as the registration writes it ("66-75 jaar"); "onbekend" stays. */
export const ageLabel = (key: string) => (Object.hasOwn(ageBand.labels, key) ? ageBand.labels[key as keyof typeof ageBand.labels] : key);
export const reasonLabel = (key: string) => (Object.hasOwn(dropOutReason.labels, key) ? dropOutReason.labels[key as keyof typeof dropOutReason.labels] : 'reden onbekend');

/** The report as rows (section, category, value): one table for CSV, XLSX, the CLI and print, with the small-count rule applied. Labels turn ids into words. */
export function monitoringRows(report: MonitoringReport, label: (id: string) => string): [string, string, number | string][] {
  const percent = (value: Share) => (value.share === null ? '' : shareShown(value) ? oneDecimal(value.share * 100) : HIDDEN_FIGURE);
  const counts = (section: string, values: Record<string, number>, name = label) => Object.entries(values).map(([key, count]): [string, string, number | string] => [section, name(key), shownCount(count)]);
  // Counts that add up to a total she also reports: one small count must not follow from the others.
  const parts = (section: string, values: Record<string, number>, total: number, name = label) => Object.entries(partitionCells(values, total)).map(([key, cell]): [string, string, number | string] => [section, name(key), cell]);
  const pgRows = (moment: PgFollowUpMoment) =>
    report.pgChange[moment].flatMap(({ dimension, n, before, after }): [string, string, number | string][] => {
      const section = `Positieve Gezondheid ${pgMoment.labels[moment]}`;
      const name = pgDimension.labels[dimension];
      // Without a pair there is no mean: the dimension shows its n of 0 only.
      if (before === null || after === null) return [[section, `${name}: n`, 0]];
      const figure = (value: number) => (meanShown(n) ? oneDecimal(value) : HIDDEN_FIGURE);
      return [
        [section, `${name}: n`, shownCount(n)],
        [section, `${name}: intake (gemiddeld)`, figure(before)],
        [section, `${name}: ${pgMoment.labels[moment]} (gemiddeld)`, figure(after)],
        [section, `${name}: verschil`, figure(after - before)],
      ];
    });
  return [
    ['Periode', 'van', report.from],
    ['Periode', 'tot en met', report.to],
    ['Aanmeldingen', 'totaal', shownCount(report.referrals)],
    ...parts('Verwijzer', report.byReferrerType, report.referrals),
    ...parts('Verwijzende organisatie', report.byReferrerOrganisation, report.referrals),
    ...parts('Wijk', report.byNeighbourhood, report.referrals),
    ...parts('Hoofdreden', report.byMainReason, report.referrals),
    ...parts('Leeftijd', report.byAgeBand, report.referrals, ageLabel),
    ...counts('Soort activiteit', report.activityKinds),
    ...reachSteps.map(([step, name]): [string, string, number | string] => ['Bereik', name, shownCount(report.reach[step])]),
    ...report.dropOut.flatMap(({ stage, count, reasons }): [string, string, number | string][] => [[`Uitval: ${stageLabel(stage)}`, 'totaal', shownCount(count)], ...parts(`Uitval: ${stageLabel(stage)}`, reasons, count, reasonLabel)]),
    ['Koppeling', 'gekoppeld (aantal)', shownCount(report.matched.count)],
    ['Koppeling', 'gekoppeld (%)', percent(report.matched)],
    ['Koppeling', 'mediaan dagen tot koppeling', report.medianDaysToMatch === null ? '' : meanShown(report.matched.count) ? report.medianDaysToMatch : HIDDEN_FIGURE],
    ['Terugkoppeling', 'aan verwijzer (aantal)', shownCount(report.feedbackToReferrer.count)],
    ['Terugkoppeling', 'aan verwijzer (%)', percent(report.feedbackToReferrer)],
    ['Na 3 maanden', 'doet nog mee (aantal)', shownCount(report.stillParticipating3Months.count)],
    ['Na 3 maanden', 'gevraagd', shownCount(report.stillParticipating3Months.of)],
    ['Na 3 maanden', 'doet nog mee (%)', percent(report.stillParticipating3Months)],
    ['Na 6 maanden', 'doet nog mee (aantal)', shownCount(report.stillParticipating6Months.count)],
    ['Na 6 maanden', 'gevraagd', shownCount(report.stillParticipating6Months.of)],
    ['Na 6 maanden', 'doet nog mee (%)', percent(report.stillParticipating6Months)],
    ...pgRows('drie_maanden'),
    ...pgRows('zes_maanden'),
    ...counts('Geen passend aanbod', report.unmetNeedsByTheme),
  ];
}

export const monitoringHeader = ['Onderdeel', 'Categorie', 'Waarde'] as const;
