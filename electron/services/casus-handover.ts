import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import { answerEffects, handoverFollowedUp, plannedFollowUps } from '../../shared/casus/plan-follow-ups';
import { formatDate } from '../../shared/dates/format-date';
import type { casusFollowUpAnswer } from '../../shared/domain/casus-follow-up';
import { followUpAnswer } from '../../shared/domain/vocabulary';
import { AppError } from '../../shared/contract/result';
import type { CasusMatch } from '../../shared/domain/casus-match';
import type { casusHandover } from '../../shared/domain/casus-handover';
import { runChange } from '../changes/run-change';
import { readRecords } from '../repositories/entity-repository';
import { casusFollowUpRepository } from '../repositories/casus-follow-up-repository';
import { casusMatchRepository } from '../repositories/casus-match-repository';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

const logKindOf = { bellen: 'telefoon', appen: 'app', mailen: 'mail' } as const;
/** Statuses before a match: a handover moves the casus on to "gekoppeld". */
const beforeMatch = ['aangemeld', 'in_gesprek', 'zoeken'];

/**
 * Records a warm handover as one change (one undo): the match, the three
 * planned follow-ups (2 weeks, 3 and 6 months), the casus moved on to
 * "gekoppeld", and the call in the logboek so the contact counts as recent.
 * The log note names only the casus code.
 */
export async function recordCasusHandover(context: ServiceContext, input: z.output<typeof casusHandover>): Promise<{ match: CasusMatch; followUpIds: string[] }> {
  const casus = await entityServices.casus.get(context, input.casusId);
  if (casus.archivedAt !== null) throw new AppError('CONFLICT', `Casus ${casus.code} is gearchiveerd; zet hem eerst terug.`);
  const { result } = await runChange(
    context.db,
    context.clock.now().toISOString(),
    { actor: context.actor, action: 'create', summary: `Warme overdracht voor casus ${casus.code}`, entityKind: 'casus', entityId: casus.id },
    async (recorder) => {
      const [matchId] = await entityServices.casusMatch.createMany(context, recorder, [
        { casusId: casus.id, offerId: input.offerId, personId: input.personId, handoverOn: input.handoverOn, handoverChannel: input.channel },
      ]);
      const followUpIds = await entityServices.casusFollowUp.createMany(
        context,
        recorder,
        plannedFollowUps(input.handoverOn).map((followUp) => ({ casusId: casus.id, ...followUp })),
      );
      if (beforeMatch.includes(casus.status)) await entityServices.casus.updateWithin(context, recorder, casus.id, { status: 'gekoppeld' });
      if (input.personId) {
        await entityServices.logEntry.createMany(context, recorder, [{ occurredOn: input.handoverOn, kind: logKindOf[input.channel], personIds: [input.personId], note: `Warme overdracht casus ${casus.code}.` }]);
      }
      const [match] = await readRecords(recorder.trx, casusMatchRepository, [present(matchId, 'the new match')], true);
      return { match: present(match, 'the new match'), followUpIds };
    },
  );
  return result;
}

/**
 * A follow-up answered, as one change: the follow-up done (taking part or
 * not) and the result of the handover it follows (the latest one before it
 * was due) set to match, so the two never say different things.
 */
export async function answerCasusFollowUp(context: ServiceContext, input: z.output<typeof casusFollowUpAnswer>): Promise<{ followUpId: string; matchId: string | null }> {
  const followUp = await entityServices.casusFollowUp.get(context, input.followUpId);
  const casus = await entityServices.casus.get(context, followUp.casusId);
  const effects = answerEffects[input.answer];
  const { result } = await runChange(
    context.db,
    context.clock.now().toISOString(),
    { actor: context.actor, action: 'update', summary: `Casus ${casus.code}: vervolgcontact van ${formatDate(followUp.dueOn)}, ${followUpAnswer.labels[input.answer]}`, entityKind: 'casus', entityId: casus.id },
    async (recorder) => {
      // A reason to stop belongs to a no; a yes given later takes it away.
      const stopReason = effects.stillParticipating ? null : (input.stopReason ?? followUp.stopReason);
      await entityServices.casusFollowUp.updateWithin(context, recorder, followUp.id, { doneOn: input.answeredOn, stillParticipating: effects.stillParticipating, stopReason });
      // This casus's handovers and contacts only, by their indexed casus: not every casus in the file.
      const ofCasus = async (table: 'casus_match' | 'casus_follow_up') => (await recorder.trx.selectFrom(table).select('id').where('casus_id', '=', casus.id).execute()).map((row) => row.id);
      const matches = await readRecords(recorder.trx, casusMatchRepository, await ofCasus('casus_match'), false);
      const match = handoverFollowedUp(matches, followUp.dueOn);
      // The handover's result is what its latest answered contact says: an earlier contact answered late does not overrule a later one.
      const laterAnswered = (await readRecords(recorder.trx, casusFollowUpRepository, await ofCasus('casus_follow_up'), false)).some(
        (other) => other.id !== followUp.id && other.dueOn > followUp.dueOn && other.stillParticipating !== null && handoverFollowedUp(matches, other.dueOn)?.id === match?.id,
      );
      if (match && !laterAnswered && match.result !== effects.result) await entityServices.casusMatch.updateWithin(context, recorder, match.id, { result: effects.result });
      return { followUpId: followUp.id, matchId: match?.id ?? null };
    },
  );
  return result;
}
