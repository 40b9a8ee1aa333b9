import { useState } from 'react';
import type { Casus } from '../../../../shared/domain/casus';
import type { CasusMatch } from '../../../../shared/domain/casus-match';
import { handoverResult } from '../../../../shared/domain/vocabulary';
import { formatDate } from '../../strings/dutch';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.casus.detail;

/** Why a resident did not start or stopped: saved when the field is left. */
function ResultReason({ id, label, initial, onSave }: { id: string; label: string; initial: string; onSave: (reason: string) => Promise<unknown> }) {
  const [reason, setReason] = useState(initial);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={reason} onChange={(event) => setReason(event.target.value)} onBlur={() => reason !== initial && void onSave(reason)} />
    </div>
  );
}

/** The handovers made for the casus, each with whether the resident started. */
export function CasusMatches({ casus, matches }: { casus: Casus; matches: readonly CasusMatch[] }) {
  const { api, index } = useLoadedNetwork();
  const change = useUndoableAction();
  const offerOf = (offerId: string | null) => (offerId ? index.offer.get(offerId) : undefined);
  return (
  <section aria-labelledby="matches-title">
    <h2 id="matches-title">{text.matches}</h2>
    {matches.length === 0 ? (
      <p className="muted">{text.noMatches}</p>
    ) : (
      <ul className="match-list">
        {matches.map((match) => {
          const offer = offerOf(match.offerId);
          const person = match.personId ? index.person.get(match.personId) : undefined;
          return (
            <li key={match.id} className="card">
              <p className="result-title">{[offer?.title, person?.name].filter(Boolean).join(' · ')}</p>
              <p className="muted">{[match.handoverOn ? formatDate(match.handoverOn) : null, match.handoverChannel].filter(Boolean).join(' · ')}</p>
              <label htmlFor={`result-${match.id}`}>{text.result}</label>{' '}
              <select
                id={`result-${match.id}`}
                value={match.result ?? ''}
                onChange={(event) => void change(api.casusMatch.update({ id: match.id, patch: { result: (event.target.value || null) as typeof match.result } }), `${casus.code}: ${event.target.value ? handoverResult.labels[event.target.value as 'gestart'] : text.resultUnknown}.`)}
              >
                <option value="">{text.resultUnknown}</option>
                {handoverResult.codes.map((code) => (
                  <option key={code} value={code}>
                    {handoverResult.labels[code]}
                  </option>
                ))}
              </select>
              {(match.result === 'niet_gestart' || match.result === 'gestopt') && (
                <ResultReason
                  id={`reason-${match.id}`}
                  label={text.resultReason}
                  initial={match.resultReason}
                  onSave={(resultReason) => change(api.casusMatch.update({ id: match.id, patch: { resultReason } }), `${casus.code}: ${text.resultReason.toLowerCase()} opgeslagen.`)}
                />
              )}
            </li>
          );
        })}
      </ul>
    )}
  </section>
  );
}
