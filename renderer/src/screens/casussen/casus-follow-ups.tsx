import { useState } from 'react';
import { followUpMomentAmong, followUpQuestion, followUpState, handoverFollowedUp } from '../../../../shared/casus/plan-follow-ups';
import { endedWithoutActivity, type Casus } from '../../../../shared/domain/casus';
import type { CasusFollowUp } from '../../../../shared/domain/casus-follow-up';
import type { CasusMatch } from '../../../../shared/domain/casus-match';
import { dropOutReason, dropOutReasonsAt, followUpAnswer, pgMoment } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { formatDate } from '../../strings/dutch';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { PgScoreForm } from './casus-pg-scores';
import { LateBadge } from '../../components/badges';

const text = strings.casus.detail;
type Answer = (typeof followUpAnswer.codes)[number];

/**
 * The planned contact moments after a handover, each answered in one click
 * with answers that fit its question ("is de bewoner gestart?": gestart or
 * niet gestart). The answer also sets the handover's result. One not yet
 * due asks first. A no can take its reason afterwards, and the contacts at
 * about 3 and 6 months offer that moment's Positieve Gezondheid score.
 */
export function CasusFollowUps({ casus, followUps, matches }: { casus: Casus; followUps: readonly CasusFollowUp[]; matches: readonly CasusMatch[] }) {
  const { api } = useLoadedNetwork();
  const change = useUndoableAction();
  const [early, setEarly] = useState<{ followUpId: string; answer: Answer } | null>(null);
  const [scoring, setScoring] = useState<string | null>(null);
  const today = localToday();
  // The handover a follow-up belongs to: the latest one before it was due.
  const handoverBefore = (dueOn: string) => handoverFollowedUp(matches, dueOn)?.handoverOn ?? null;
  const answer = (followUp: CasusFollowUp, chosen: Answer) => {
    if (followUp.dueOn > today && early?.followUpId !== followUp.id) return setEarly({ followUpId: followUp.id, answer: chosen });
    setEarly(null);
    void change(api.casus.answerFollowUp({ followUpId: followUp.id, answer: chosen, answeredOn: today }), text.answered(casus.code, followUpAnswer.labels[chosen]));
  };
  const setStopReason = (followUp: CasusFollowUp, reason: string) =>
    void change(api.casusFollowUp.update({ id: followUp.id, patch: { stopReason: dropOutReason.codes.find((code) => code === reason) ?? null } }), text.stopReasonSaved(casus.code));
  return (
    <section aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{text.followUps}</h2>
      {followUps.length === 0 ? (
        <p className="muted">{text.noFollowUps}</p>
      ) : (
        <ul className="follow-up-list">
          {followUps.map((followUp) => {
            // Answered since by a later contact or the handover's result, or the referral ended: no longer asked, nor late.
            const state = followUpState(followUp, { endedWithoutActivity: endedWithoutActivity(casus.status), followUps, matches });
            return (
              <li key={followUp.id}>
                <span>
                  {state === 'open' && (
                    <>
                      <LateBadge dueOn={followUp.dueOn} today={today} />{' '}
                    </>
                  )}
                  {/* A contact without a note of its own still says what it asks. */}
                  {formatDate(followUp.dueOn)}: {followUp.note || text.asks[followUpQuestion(followUp.dueOn, handoverBefore(followUp.dueOn)).asks]}
                </span>{' '}
                {state === 'overtaken' || state === 'ended' ? (
                  <span className="muted">{text.followUpLapsed[state]}</span>
                ) : followUp.doneOn ? (
                  <span className="muted">
                    {text.done(formatDate(followUp.doneOn))}
                    {followUp.stillParticipating !== null && ` · ${followUpAnswer.labels[followUpQuestion(followUp.dueOn, handoverBefore(followUp.dueOn)).answers[followUp.stillParticipating ? 0 : 1]]}`}
                    {followUp.stillParticipating === false && (
                      <>
                        {' · '}
                        <label htmlFor={`stop-reason-${followUp.id}`}>{text.stopReason}</label>{' '}
                        <select id={`stop-reason-${followUp.id}`} value={followUp.stopReason ?? ''} onChange={(event) => setStopReason(followUp, event.target.value)}>
                          <option value="">{text.chooseReason}</option>
                          {dropOutReasonsAt.gestopt.map((reason) => (
                            <option key={reason} value={reason}>
                              {dropOutReason.labels[reason]}
                            </option>
                          ))}
                        </select>
                      </>
                    )}
                  </span>
                ) : early?.followUpId === followUp.id ? (
                  <span role="group" aria-label={text.earlyAnswer(formatDate(followUp.dueOn))} className="early-answer">
                    {text.earlyAnswer(formatDate(followUp.dueOn))}{' '}
                    <button type="button" className="button-secondary" onClick={() => answer(followUp, early.answer)}>
                      {text.earlyYes}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => setEarly(null)}>
                      {text.earlyNo}
                    </button>
                  </span>
                ) : (
                  followUpQuestion(followUp.dueOn, handoverBefore(followUp.dueOn)).answers.map((choice) => (
                    <button key={choice} type="button" className="button-secondary" onClick={() => answer(followUp, choice)}>
                      {text.answers[choice]}
                    </button>
                  ))
                )}
                {state !== 'ended' && <FollowUpScore casus={casus} moment={followUpMomentAmong(followUp.dueOn, matches)} open={scoring === followUp.id} onOpen={(open) => setScoring(open ? followUp.id : null)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** At about 3 or 6 months: that moment's Positieve Gezondheid, asked in the same contact. */
function FollowUpScore({ casus, moment, open, onOpen }: { casus: Casus; moment: ReturnType<typeof followUpMomentAmong>; open: boolean; onOpen: (open: boolean) => void }) {
  if (moment === null) return null;
  if (open) return <PgScoreForm casus={casus} moment={moment} onDone={() => onOpen(false)} />;
  const scored = casus.pgScores.some((measurement) => measurement.moment === moment);
  return (
    <>
      {' '}
      <button type="button" className="link-button" onClick={() => onOpen(true)}>
        {scored ? strings.pg.change(pgMoment.labels[moment]) : strings.pg.record(pgMoment.labels[moment])}
      </button>
    </>
  );
}
