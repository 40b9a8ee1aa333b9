import { addMonths } from '../dates/add-months';
import { daysBetween } from '../dates/days-between';
import { shiftDate } from '../dates/shift-date';
import type { followUpAnswer, handoverResult } from '../domain/vocabulary';

/** The default contact moments after a warm handover: is the resident still taking part? */
export function plannedFollowUps(handoverOn: string): { dueOn: string; note: string }[] {
  return [
    { dueOn: shiftDate(handoverOn, 14), note: 'Na 2 weken: is de bewoner gestart?' },
    { dueOn: addMonths(handoverOn, 3), note: 'Na 3 maanden: doet de bewoner nog mee?' },
    { dueOn: addMonths(handoverOn, 6), note: 'Na 6 maanden: doet de bewoner nog mee?' },
  ];
}

type Answer = (typeof followUpAnswer.codes)[number];

/**
 * What a follow-up asks, so the answers fit the question: in the first
 * month after the handover, whether the resident started; later, whether
 * they still take part.
 */
export function followUpQuestion(dueOn: string, handoverOn: string | null): { asks: 'gestart' | 'doet_mee'; answers: readonly [Answer, Answer] } {
  const early = handoverOn !== null && dueOn <= shiftDate(handoverOn, 31);
  return early ? { asks: 'gestart', answers: ['gestart', 'niet_gestart'] } : { asks: 'doet_mee', answers: ['doet_mee', 'gestopt'] };
}

/** What an answer records: on the follow-up, whether they take part; on the handover, its result. */
export const answerEffects: Readonly<Record<Answer, { stillParticipating: boolean; result: (typeof handoverResult.codes)[number] }>> = {
  gestart: { stillParticipating: true, result: 'gestart' },
  niet_gestart: { stillParticipating: false, result: 'niet_gestart' },
  doet_mee: { stillParticipating: true, result: 'gestart' },
  gestopt: { stillParticipating: false, result: 'gestopt' },
};

/**
 * Which moment a contact after a handover measures: "about three months"
 * is 2-4 months after it, "about six" 5-8. The report counts by it, and a
 * follow-up in it offers the Positieve Gezondheid score of that moment.
 */
export function followUpMoment(dueOn: string, handoverOn: string | null): 'drie_maanden' | 'zes_maanden' | null {
  if (handoverOn === null) return null;
  const after = daysBetween(handoverOn, dueOn);
  if (after >= 60 && after <= 125) return 'drie_maanden';
  if (after >= 150 && after <= 245) return 'zes_maanden';
  return null;
}

/** The handover a follow-up is about: the latest one made before it was due. */
export function handoverFollowedUp<Match extends { handoverOn: string | null }>(matches: readonly Match[], dueOn: string): Match | undefined {
  return matches.filter((match) => (match.handoverOn ?? '') <= dueOn).sort((left, right) => (right.handoverOn ?? '').localeCompare(left.handoverOn ?? ''))[0];
}

/** The moment a follow-up measures among a casus's handovers: counted from the one it follows up. The report, the casus page and the demo agree by this one rule. */
export function followUpMomentAmong(dueOn: string, matches: readonly { handoverOn: string | null }[]): ReturnType<typeof followUpMoment> {
  return followUpMoment(dueOn, handoverFollowedUp(matches, dueOn)?.handoverOn ?? null);
}

/**
 * Whether a follow-up still asks something of her. Not once answered; not
 * once the referral ended without an activity (there is nothing left to
 * ask); not once a later contact of the same casus was answered, or, for
 * "is de bewoner gestart?", once its handover's result is known: the answer
 * is in. Left open, such a contact would stay "te laat" for ever. The
 * Opvolgen list and the casus page read it from here.
 */
export type FollowUpState = 'open' | 'done' | 'overtaken' | 'ended';
export function followUpState(
  followUp: { dueOn: string; doneOn: string | null },
  casus: { endedWithoutActivity: boolean; followUps: readonly { dueOn: string; doneOn: string | null }[]; matches: readonly { handoverOn: string | null; result: string | null }[] },
): FollowUpState {
  if (followUp.doneOn !== null) return 'done';
  if (casus.endedWithoutActivity) return 'ended';
  if (casus.followUps.some((other) => other.doneOn !== null && other.dueOn > followUp.dueOn)) return 'overtaken';
  const handover = handoverFollowedUp(casus.matches, followUp.dueOn);
  if (handover && handover.result !== null && followUpQuestion(followUp.dueOn, handover.handoverOn).asks === 'gestart') return 'overtaken';
  return 'open';
}
