import type { Casus } from '../domain/casus';
import type { CasusFollowUp } from '../domain/casus-follow-up';
import type { CasusMatch } from '../domain/casus-match';
import type { Offer } from '../domain/offer';

export interface MonitoringInput {
  casussen: readonly Casus[];
  matches: readonly CasusMatch[];
  followUps: readonly CasusFollowUp[];
  offers: readonly Offer[];
}

/** Share as a fraction 0..1 of a known total; null when there is nothing to divide by. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

/** The Welzijn op Recept monitoring for one period: what the municipality asks for. */
export interface MonitoringReport {
  from: string;
  to: string;
  referrals: number;
  byReferrerType: Record<string, number>;
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
  /** Needs of casussen closed as "geen passend aanbod": demand without supply. */
  unmetNeedsByTheme: Record<string, number>;
}

const UNKNOWN = 'onbekend';
const dayNumber = (date: string) => Date.parse(`${date}T12:00:00Z`) / 86_400_000;
const share = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });

function tally(keys: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([leftKey, left], [rightKey, right]) => right - left || leftKey.localeCompare(rightKey)));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * The monitoring report for referrals opened from `from` to `to` (inclusive).
 * Works on anonymised casussen too: it counts dates, codes, statuses and
 * needs, never free text.
 */
export function monitoringReport(input: MonitoringInput, from: string, to: string): MonitoringReport {
  const casussen = input.casussen.filter((casus) => casus.archivedAt === null && casus.openedOn >= from && casus.openedOn <= to);
  const ids = new Set(casussen.map((casus) => casus.id));
  const matchesOf = new Map<string, CasusMatch[]>();
  for (const match of input.matches) {
    if (match.archivedAt !== null || !ids.has(match.casusId)) continue;
    matchesOf.set(match.casusId, [...(matchesOf.get(match.casusId) ?? []), match]);
  }
  const offers = new Map(input.offers.map((offer) => [offer.id, offer]));
  const firstHandover = (casus: Casus) =>
    (matchesOf.get(casus.id) ?? [])
      .map((match) => match.handoverOn ?? match.createdAt.slice(0, 10))
      .sort()[0] ?? casus.openedOn;
  const matched = casussen.filter((casus) => (matchesOf.get(casus.id) ?? []).length > 0);

  const answeredFollowUps = new Map<string, CasusFollowUp[]>();
  for (const followUp of input.followUps) {
    if (followUp.archivedAt !== null || followUp.stillParticipating === null || !ids.has(followUp.casusId)) continue;
    answeredFollowUps.set(followUp.casusId, [...(answeredFollowUps.get(followUp.casusId) ?? []), followUp]);
  }
  const participation = (fromDays: number, toDays: number): Share => {
    let yes = 0;
    let answered = 0;
    for (const casus of matched) {
      const start = firstHandover(casus);
      for (const followUp of answeredFollowUps.get(casus.id) ?? []) {
        const after = dayNumber(followUp.dueOn) - dayNumber(start);
        if (after < fromDays || after > toDays) continue;
        answered++;
        if (followUp.stillParticipating) yes++;
      }
    }
    return share(yes, answered);
  };

  return {
    from,
    to,
    referrals: casussen.length,
    byReferrerType: tally(casussen.map((casus) => casus.referrerTypeId)),
    byMainReason: tally(casussen.map((casus) => casus.mainReasonId ?? UNKNOWN)),
    byAgeBand: tally(casussen.map((casus) => casus.ageBand ?? UNKNOWN)),
    activityKinds: tally(matched.flatMap((casus) => (matchesOf.get(casus.id) ?? []).flatMap((match) => (match.offerId ? (offers.get(match.offerId)?.themeIds ?? []) : [])))),
    matched: share(matched.length, casussen.length),
    medianDaysToMatch: median(matched.map((casus) => dayNumber(firstHandover(casus)) - dayNumber(casus.openedOn))),
    feedbackToReferrer: share(casussen.filter((casus) => casus.feedbackOn !== null).length, casussen.length),
    // "About three months" is 2-4 months after the handover; "about six" 5-8.
    stillParticipating3Months: participation(60, 125),
    stillParticipating6Months: participation(150, 245),
    unmetNeedsByTheme: tally(casussen.filter((casus) => casus.status === 'geen_passend_aanbod').flatMap((casus) => (casus.needIds.length > 0 ? casus.needIds : [UNKNOWN]))),
  };
}

/** The report as rows (section, category, value): one table for CSV, XLSX and print. Labels turn ids into words. */
export function monitoringRows(report: MonitoringReport, label: (id: string) => string): [string, string, number | string][] {
  const percent = (value: Share) => (value.share === null ? '' : Math.round(value.share * 1000) / 10);
  const counts = (section: string, values: Record<string, number>) => Object.entries(values).map(([key, count]): [string, string, number] => [section, label(key), count]);
  return [
    ['Periode', 'van', report.from],
    ['Periode', 'tot en met', report.to],
    ['Aanmeldingen', 'totaal', report.referrals],
    ...counts('Verwijzer', report.byReferrerType),
    ...counts('Hoofdreden', report.byMainReason),
    ...counts('Leeftijd', report.byAgeBand),
    ...counts('Soort activiteit', report.activityKinds),
    ['Koppeling', 'gekoppeld (aantal)', report.matched.count],
    ['Koppeling', 'gekoppeld (%)', percent(report.matched)],
    ['Koppeling', 'mediaan dagen tot koppeling', report.medianDaysToMatch ?? ''],
    ['Terugkoppeling', 'aan verwijzer (aantal)', report.feedbackToReferrer.count],
    ['Terugkoppeling', 'aan verwijzer (%)', percent(report.feedbackToReferrer)],
    ['Na 3 maanden', 'doet nog mee (aantal)', report.stillParticipating3Months.count],
    ['Na 3 maanden', 'gevraagd', report.stillParticipating3Months.of],
    ['Na 3 maanden', 'doet nog mee (%)', percent(report.stillParticipating3Months)],
    ['Na 6 maanden', 'doet nog mee (aantal)', report.stillParticipating6Months.count],
    ['Na 6 maanden', 'gevraagd', report.stillParticipating6Months.of],
    ['Na 6 maanden', 'doet nog mee (%)', percent(report.stillParticipating6Months)],
    ...counts('Geen passend aanbod', report.unmetNeedsByTheme),
  ];
}

export const monitoringHeader = ['Onderdeel', 'Categorie', 'Waarde'] as const;
