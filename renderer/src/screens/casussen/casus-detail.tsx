import { useState } from 'react';
import { LoadError } from '../../components/load-error';
import { useApiQuery } from '../../state/use-api-query';
import { feedbackText } from '../../../../shared/casus/feedback-text';
import type { MatchSuggestion } from '../../../../shared/casus/suggest-matches';
import { localToday } from '../../clock';
import type { Casus } from '../../../../shared/domain/casus';
import { casusStatus, contactChannel, handoverResult, practicalBarrier } from '../../../../shared/domain/vocabulary';
import { PhoneNumber } from '../../components/phone-number';
import { formatDate } from '../../format';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { HandoverForm } from './handover-form';
import type { CasusData } from './use-casussen';

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
const closedStatuses: readonly Casus['status'][] = ['afgerond', 'geen_passend_aanbod'];

/** One casus: the question, suggestions with whom to call, the handovers, follow-ups and the feedback to the referrer. */
export function CasusDetail({ id, data }: { id: string; data: CasusData }) {
  const { api, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const change = useUndoableAction();
  const casus = data.casussen.find((candidate) => candidate.id === id);
  const [handingOver, setHandingOver] = useState<MatchSuggestion | null>(null);
  const [accessLogOpen, setAccessLogOpen] = useState(false);
  const [feedbackChannel, setFeedbackChannel] = useState<Casus['feedbackChannel']>('mailen');
  // Again whenever the casus changes (a handover, an undo): what is suggested depends on what was tried.
  const suggestionQuery = useApiQuery(casus ? () => api.casus.suggestMatches({ id: casus.id, today: localToday(), limit: 8 }) : null, [api, casus]);
  const suggestions = suggestionQuery.value;
  // Read (and itself logged) only when the broker opens it.
  const accessLog = useApiQuery(casus && accessLogOpen ? () => api.casus.accessLog({ casusId: casus.id }) : null, [api, casus?.id, accessLogOpen]);

  if (!casus) {
    return (
      <p className="empty-state">
        {text.notFound} <a href={href('casussen')}>{strings.casus.title}</a>
      </p>
    );
  }
  const matches = data.matches.filter((match) => match.casusId === casus.id && match.archivedAt === null);
  const followUps = data.followUps.filter((followUp) => followUp.casusId === casus.id && followUp.archivedAt === null).sort((left, right) => left.dueOn.localeCompare(right.dueOn));
  const term = (termId: string | null) => (termId ? (index.term.get(termId)?.label ?? termId) : '');
  const offerOf = (offerId: string | null) => (offerId ? index.offer.get(offerId) : undefined);

  const setStatus = (status: Casus['status']) =>
    change(api.casus.update({ id: casus.id, patch: { status, closedOn: closedStatuses.includes(status) ? (casus.closedOn ?? localToday()) : null } }), `${casus.code}: ${casusStatus.labels[status]}.`);

  const feedback = feedbackText({
    code: casus.code,
    unmetNeed: casus.status === 'geen_passend_aanbod',
    matches: matches.map((match) => {
      const offer = offerOf(match.offerId);
      return { offerTitle: offer?.title ?? null, organisationName: offer ? (index.organisation.get(offer.organisationId)?.name ?? null) : null, handoverOn: match.handoverOn, result: match.result };
    }),
  });

  return (
    <article className="detail casus-detail" aria-labelledby="detail-title">
      <a className="back-link" href={href('casussen')}>
        ← {strings.casus.title}
      </a>
      <header className="detail-header">
        <div>
          <p className="eyebrow">
            {casusStatus.labels[casus.status]} · {formatDate(casus.openedOn)}
          </p>
          <h1 id="detail-title">{casus.code}</h1>
        </div>
        <div className="actions">
          <label htmlFor="casus-status">{text.status}</label>
          <select id="casus-status" value={casus.status} onChange={(event) => void setStatus(event.target.value as Casus['status'])}>
            {casusStatus.codes.map((code) => (
              <option key={code} value={code}>
                {casusStatus.labels[code]}
              </option>
            ))}
          </select>
          <a className="button-secondary" href={href('casussen', casus.id, 'bewerken')}>
            {text.edit}
          </a>
        </div>
      </header>

      <dl className="facts">
        <dt>{text.referrer}</dt>
        <dd>{[term(casus.referrerTypeId), casus.referrerPersonId ? index.person.get(casus.referrerPersonId)?.name : null].filter(Boolean).join(' · ')}</dd>
        <dt>{strings.casus.columns.wijk}</dt>
        <dd>{casus.neighbourhoodId ? index.neighbourhood.get(casus.neighbourhoodId)?.name : '–'}</dd>
        <dt>{strings.casus.columns.ageBand}</dt>
        <dd>{casus.ageBand ?? '–'}</dd>
        <dt>{strings.casus.columns.mainReason}</dt>
        <dd>{term(casus.mainReasonId) || '–'}</dd>
        <dt>{text.needs}</dt>
        <dd>{casus.needIds.map(term).join(', ') || '–'}</dd>
        <dt>{text.barriers}</dt>
        <dd>{casus.barriers.map((barrier) => practicalBarrier.labels[barrier]).join(', ') || '–'}</dd>
        <dt>{text.question}</dt>
        <dd className="description">{casus.question || '–'}</dd>
        <dt>{text.wishes}</dt>
        <dd className="description">{casus.wishesAndTalents || '–'}</dd>
      </dl>

      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{text.suggestions}</h2>
        {suggestionQuery.error ? (
          <LoadError error={suggestionQuery.error} />
        ) : suggestions === null ? (
          <p className="loading">{strings.loading}</p>
        ) : suggestions.length === 0 ? (
          <p className="muted">{text.noSuggestions}</p>
        ) : (
          <ol className="suggestion-list">
            {suggestions.map((suggestion) => {
              const offer = offerOf(suggestion.offerId);
              const person = suggestion.personId ? index.person.get(suggestion.personId) : undefined;
              const phone = person?.phones[0];
              return (
                <li key={suggestion.offerId} className="card suggestion">
                  <p className="result-title">
                    <a href={href('adresboek', 'aanbod', suggestion.offerId)}>{offer?.title}</a> · {index.organisation.get(suggestion.organisationId)?.name}
                  </p>
                  {person && (
                    <p>
                      {text.call(person.name)} {phone && <PhoneNumber e164={phone.number} isMobile={phone.number.startsWith('+316')} />}
                    </p>
                  )}
                  <p className="muted why">{suggestion.reasons.join(' · ')}</p>
                  {handingOver?.offerId === suggestion.offerId ? (
                    <HandoverForm
                      title={text.handoverTitle(offer?.title ?? '')}
                      defaultChannel={person?.preferredChannel ?? 'bellen'}
                      onCancel={() => setHandingOver(null)}
                      onSave={async (channel, handoverOn) => {
                        await change(api.casus.recordHandover({ casusId: casus.id, offerId: suggestion.offerId, personId: suggestion.personId, handoverOn, channel }), text.handedOver(casus.code));
                        setHandingOver(null);
                      }}
                    />
                  ) : (
                    <button type="button" className="button-secondary" onClick={() => setHandingOver(suggestion)}>
                      {text.handover}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

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

      <section aria-labelledby="feedback-title">
        <h2 id="feedback-title">{text.feedback}</h2>
        <p className="feedback-text">{feedback}</p>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void navigator.clipboard.writeText(feedback).then(
              () => notify(text.feedbackCopied),
              () => notify(strings.phone.copyFailed, { tone: 'error' }),
            )
          }
        >
          {text.copyFeedback}
        </button>{' '}
        {casus.feedbackOn ? (
          <span className="muted">{text.feedbackGiven(formatDate(casus.feedbackOn), casus.feedbackChannel ?? '')}</span>
        ) : (
          <>
            <label htmlFor="feedback-channel">{strings.casus.detail.channel}</label>{' '}
            <select id="feedback-channel" value={feedbackChannel ?? 'mailen'} onChange={(event) => setFeedbackChannel(event.target.value as Casus['feedbackChannel'])}>
              {contactChannel.codes.map((code) => (
                <option key={code} value={code}>
                  {contactChannel.labels[code]}
                </option>
              ))}
            </select>{' '}
            <button type="button" className="button" onClick={() => void change(api.casus.update({ id: casus.id, patch: { feedbackOn: localToday(), feedbackChannel } }), text.markFeedback)}>
              {text.markFeedback}
            </button>
          </>
        )}
      </section>

      <details
        className="access-log"
        onToggle={(event) => {
          if ((event.target as HTMLDetailsElement).open) setAccessLogOpen(true);
        }}
      >
        <summary>{text.accessLog}</summary>
        <LoadError error={accessLog.error} />
        <ul>
          {(accessLog.value ?? []).map((entry) => (
            <li key={entry.id}>{text.accessEntry(entry.at.replace('T', ' ').slice(0, 16), entry.actor, entry.action)}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
