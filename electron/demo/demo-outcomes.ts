import { followUpMomentAmong } from '../../shared/casus/plan-follow-ups';
import { groupBy } from '../../shared/collections/group-by';
import type { PgMeasurement } from '../../shared/domain/casus';
import { dropOutReasonsAt, pgDimension } from '../../shared/domain/vocabulary';
import { present } from '../../shared/invariants/present';
import type { DemoCasussen } from './demo-casussen';
import { laterUpTo as later, type SeededRandom } from './random';

// The reasons of dropOutReasonsAt.gestopt, which the demo draws from.
type Reason = 'paste_niet' | 'geen_klik' | 'gezondheid' | 'praktische_drempel' | 'verhuisd' | 'anders';

// What the broker writes on the handover when a resident stops, by the reason she picks.
const stopTexts: Record<Reason, string> = {
  paste_niet: 'Paste niet bij het ritme van de bewoner.',
  geen_klik: 'Voelde zich niet thuis in de groep.',
  gezondheid: 'Gestopt door gezondheidsklachten.',
  praktische_drempel: 'Vervoer naar de activiteit lukte niet.',
  verhuisd: 'Verhuisd naar een andere wijk.',
  anders: 'Gestopt om een andere reden.',
};

// Referrals lost before the resident took part: which casussen (by status, oldest first) become which.
const dropOuts = [
  { from: 'in_gesprek', to: 'niet_bereikt', reasons: dropOutReasonsAt.niet_bereikt },
  { from: 'in_gesprek', to: 'afgezien', reasons: dropOutReasonsAt.afgezien },
  { from: 'zoeken', to: 'afgezien', reasons: dropOutReasonsAt.afgezien },
  { from: 'zoeken', to: 'niet_passend', reasons: dropOutReasonsAt.niet_passend },
] as const;

const clamp = (score: number) => Math.max(0, Math.min(10, score));


/**
 * The outcomes a funder asks about, on the demo's casussen: some referrals
 * lost before the resident took part (not reached, declined, not suitable,
 * each with a reason), a reason with every "gestopt", and Positieve
 * Gezondheid at intake and at the 3- and 6-month contacts, mostly rising
 * for those who keep taking part. Its own random stream, so the rest of the
 * demo stays as it was.
 */
export function addDemoOutcomes(demo: DemoCasussen, random: SeededRandom, today: string): void {
  // The handover dates do not change here: one lookup per casus serves both passes.
  const byCasus = groupBy(demo.matches, (match) => [match.casusId]);
  const handoversOf = (casusId: string) => (byCasus.get(casusId) ?? []).map((match) => ({ handoverOn: match.handoverOn ?? null }));
  const byAge = [...demo.casussen].sort((left, right) => left.openedOn.localeCompare(right.openedOn));
  const taken = new Set<string>();
  for (const { from, to, reasons } of dropOuts) {
    const casus = byAge.find((candidate) => candidate.status === from && !taken.has(candidate.id));
    if (!casus) continue;
    taken.add(casus.id);
    casus.status = to;
    casus.statusReason = random.pick(reasons);
    casus.closedOn = later(casus.openedOn, random.int(10, 30), today);
    if (to === 'niet_bereikt') casus.conversationCount = 0;
  }

  // At least two residents stop after starting, whatever the seed drew: drop-out after the start is part of the picture.
  const stopped = new Set(demo.matches.filter((match) => match.result === 'gestopt').map((match) => match.casusId));
  for (const casus of byAge.filter((candidate) => candidate.status === 'afgerond' && !stopped.has(candidate.id))) {
    if (stopped.size >= 2) break;
    const handovers = handoversOf(casus.id);
    const last = demo.followUps.filter((followUp) => followUp.casusId === casus.id && followUp.doneOn && followUpMomentAmong(followUp.dueOn, handovers) !== null).sort((left, right) => right.dueOn.localeCompare(left.dueOn))[0];
    if (!last) continue;
    last.stillParticipating = false;
    for (const match of demo.matches) if (match.casusId === casus.id) match.result = 'gestopt';
    casus.outcome = 'Gestopt; andere mogelijkheden besproken.';
    stopped.add(casus.id);
  }

  for (const followUp of demo.followUps) {
    if (followUp.stillParticipating !== false) continue;
    const reason = random.weighted<Reason>([['paste_niet', 3], ['geen_klik', 2], ['gezondheid', 3], ['praktische_drempel', 2], ['verhuisd', 1]]);
    followUp.stopReason = reason;
    for (const match of demo.matches) if (match.casusId === followUp.casusId && match.result === 'gestopt') match.resultReason = stopTexts[reason];
  }

  for (const casus of demo.casussen) {
    const handovers = handoversOf(casus.id);
    // Scored at intake: every resident handed over, and half of those still being talked with.
    if (handovers.length === 0 && !(['in_gesprek', 'zoeken'].includes(casus.status ?? '') && random.chance(0.5))) continue;
    const intake = Object.fromEntries(pgDimension.codes.map((dimension) => [dimension, random.int(2, 7)])) as Record<(typeof pgDimension.codes)[number], number>;
    const scores: PgMeasurement[] = [{ moment: 'intake', measuredOn: later(casus.openedOn, random.int(0, 10), today), scores: intake }];
    for (const followUp of demo.followUps.filter((candidate) => candidate.casusId === casus.id && candidate.doneOn)) {
      const moment = followUpMomentAmong(followUp.dueOn, handovers);
      if (moment === null || scores.some((measurement) => measurement.moment === moment)) continue;
      // Those who keep taking part mostly gain on meedoen and mental well-being; those who stopped hardly move.
      const steps = moment === 'drie_maanden' ? 1 : 2;
      const change = (dimension: (typeof pgDimension.codes)[number]) =>
        followUp.stillParticipating ? (dimension === 'meedoen' || dimension === 'mentaal_welbevinden' ? random.int(0, 2) + steps - 1 : random.int(-1, 2)) : random.int(-1, 1);
      scores.push({ moment, measuredOn: present(followUp.doneOn, 'demo record'), scores: Object.fromEntries(pgDimension.codes.map((dimension) => [dimension, clamp(intake[dimension] + change(dimension))])) });
    }
    casus.pgScores = scores;
  }
}
