import type { Casus } from '../../../../shared/domain/casus';
import type { CasusFollowUp } from '../../../../shared/domain/casus-follow-up';
import { localToday } from '../../clock';
import { formatDate } from '../../strings/dutch';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.casus.detail;

/** The planned contact moments after a handover, each answered in one click. */
export function CasusFollowUps({ casus, followUps }: { casus: Casus; followUps: readonly CasusFollowUp[] }) {
  const { api } = useLoadedNetwork();
  const change = useUndoableAction();
  return (
  <section aria-labelledby="follow-ups-title">
    <h2 id="follow-ups-title">{text.followUps}</h2>
    {followUps.length === 0 ? (
      <p className="muted">{text.noFollowUps}</p>
    ) : (
      <ul className="follow-up-list">
        {followUps.map((followUp) => (
          <li key={followUp.id}>
            <span>
              {formatDate(followUp.dueOn)}: {followUp.note}
            </span>{' '}
            {followUp.doneOn ? (
              <span className="muted">
                {text.done(formatDate(followUp.doneOn))}
                {followUp.stillParticipating !== null && ` · ${followUp.stillParticipating ? text.stillParticipating : text.notParticipating}`}
              </span>
            ) : (
              <>
                <button type="button" className="button-secondary" onClick={() => void change(api.casusFollowUp.update({ id: followUp.id, patch: { doneOn: localToday(), stillParticipating: true } }), `${casus.code}: ${text.stillParticipating}.`)}>
                  {text.stillParticipating}
                </button>{' '}
                <button type="button" className="button-secondary" onClick={() => void change(api.casusFollowUp.update({ id: followUp.id, patch: { doneOn: localToday(), stillParticipating: false } }), `${casus.code}: ${text.notParticipating}.`)}>
                  {text.notParticipating}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    )}
  </section>
  );
}
