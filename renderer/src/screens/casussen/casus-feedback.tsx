import { useState } from 'react';
import { feedbackText } from '../../../../shared/casus/feedback-text';
import { isDropOutStatus, type Casus } from '../../../../shared/domain/casus';
import type { CasusMatch } from '../../../../shared/domain/casus-match';
import type { CasusFollowUp } from '../../../../shared/domain/casus-follow-up';
import { followUpMomentAmong } from '../../../../shared/casus/plan-follow-ups';
import { contactChannel } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { formatDate } from '../../strings/dutch';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';

const text = strings.casus.detail;

/** The feedback to the referrer, ready to copy, and when it was given. */
export function CasusFeedback({ casus, matches, followUps }: { casus: Casus; matches: readonly CasusMatch[]; followUps: readonly CasusFollowUp[] }) {
  const { api, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const change = useUndoableAction();
  const [feedbackChannel, setFeedbackChannel] = useState<Casus['feedbackChannel']>('mailen');
  const feedback = feedbackText({
    code: casus.code,
    unmetNeed: casus.status === 'geen_passend_aanbod',
    droppedOut: isDropOutStatus(casus.status) ? { status: casus.status, reason: casus.statusReason } : undefined,
    lastContact: lastContactOf(followUps, matches),
    matches: matches.map((match) => {
      const offer = match.offerId ? index.offer.get(match.offerId) : undefined;
      return { offerTitle: offer?.title ?? null, organisationName: offer ? (index.organisation.get(offer.organisationId)?.name ?? null) : null, handoverOn: match.handoverOn, result: match.result };
    }),
  });
  return (
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
  );
}

/** The latest contact at about 3 or 6 months that has its answer. */
function lastContactOf(followUps: readonly CasusFollowUp[], matches: readonly CasusMatch[]) {
  for (const followUp of [...followUps].sort((left, right) => right.dueOn.localeCompare(left.dueOn))) {
    const moment = followUpMomentAmong(followUp.dueOn, matches);
    if (moment && followUp.stillParticipating !== null) return { moment, stillParticipating: followUp.stillParticipating };
  }
  return undefined;
}
