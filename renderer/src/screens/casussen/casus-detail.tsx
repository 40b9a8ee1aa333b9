import { useEffect, useRef, useState } from 'react';
import { SelectField } from '../../components/form-fields';
import { codeOptions } from '../../components/options';
import { isDropOutStatus, reasonNeeded, statusChange, statusInWords, type Casus, type DropOutStatus } from '../../../../shared/domain/casus';
import { accessibility, casusStatus, dropOutReason, dropOutReasonsAt, gender, language, practicalBarrier, timeOfDay } from '../../../../shared/domain/vocabulary';
import { localToday } from '../../clock';
import { formatDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { CasusAccessLog } from './casus-access-log';
import { CasusFeedback } from './casus-feedback';
import { CasusFollowUps } from './casus-follow-ups';
import { CasusMatches } from './casus-matches';
import { CasusPgScores } from './casus-pg-scores';
import { CasusSuggestions } from './casus-suggestions';
import type { CasusData } from './use-casussen';

const text = strings.casus.detail;

/** One casus: the question, suggestions with whom to call, the handovers, follow-ups and the feedback to the referrer. */
export function CasusDetail({ id, data }: { id: string; data: CasusData }) {
  const { api, index } = useLoadedNetwork();
  const change = useUndoableAction();
  const casus = data.casussen.find((candidate) => candidate.id === id);
  // A status that ends the referral waits for its reason before it is saved.
  const [pending, setPending] = useState<{ status: DropOutStatus; reason: string; missing: boolean } | null>(null);

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

  const setStatus = (status: Casus['status'], statusReason: Casus['statusReason'] = null) =>
    change(
      api.casus.update({ id: casus.id, patch: statusChange(casus, status, statusReason, localToday()) }),
      `${casus.code}: ${statusInWords(status, statusReason)}.`,
    );
  const chooseStatus = (status: Casus['status']) => {
    if (isDropOutStatus(status)) return setPending({ status, reason: casus.status === status ? (casus.statusReason ?? '') : '', missing: false });
    setPending(null);
    void setStatus(status);
  };
  const savePending = () => {
    if (!pending) return;
    const reason = dropOutReason.codes.find((code) => code === pending.reason);
    if (!reason) return setPending({ ...pending, missing: true });
    void setStatus(pending.status, reason).then((saved) => saved && setPending(null));
  };

  return (
    <article className="detail casus-detail" aria-labelledby="detail-title">
      <a className="back-link" href={href('casussen')}>
        ← {strings.casus.title}
      </a>
      <header className="detail-header">
        <div>
          <p className="eyebrow">
            {statusInWords(casus.status, casus.statusReason)} · {formatDate(casus.openedOn)}
          </p>
          <h1 id="detail-title">{casus.code}</h1>
        </div>
        <div className="actions">
          <label htmlFor="casus-status">{text.status}</label>
          <select id="casus-status" value={pending?.status ?? casus.status} onChange={(event) => chooseStatus(event.target.value as Casus['status'])}>
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
      {pending && <StatusReason pending={pending} onChange={(reason) => setPending({ ...pending, reason, missing: false })} onSave={savePending} onCancel={() => setPending(null)} />}

      <dl className="facts">
        <dt>{text.referrer}</dt>
        <dd>{[term(casus.referrerTypeId), casus.referrerPersonId ? index.person.get(casus.referrerPersonId)?.name : null].filter(Boolean).join(' · ')}</dd>
        <dt>{strings.casus.columns.neighbourhood}</dt>
        <dd>{casus.neighbourhoodId ? index.neighbourhood.get(casus.neighbourhoodId)?.name : '–'}</dd>
        <dt>{strings.casus.columns.ageBand}</dt>
        <dd>{casus.ageBand ?? '–'}</dd>
        <dt>{strings.casus.columns.mainReason}</dt>
        <dd>{term(casus.mainReasonId) || '–'}</dd>
        <dt>{text.needs}</dt>
        <dd>{casus.needIds.map(term).join(', ') || '–'}</dd>
        <dt>{text.barriers}</dt>
        <dd>{casus.barriers.map((barrier) => practicalBarrier.labels[barrier]).join(', ') || '–'}</dd>
        {casus.gender && (
          <>
            <dt>{strings.casus.form.gender}</dt>
            <dd>{gender.labels[casus.gender]}</dd>
          </>
        )}
        {casus.languages.length > 0 && (
          <>
            <dt>{strings.casus.form.languages}</dt>
            <dd>{casus.languages.map((code) => language.labels[code]).join(', ')}</dd>
          </>
        )}
        {casus.availability.length > 0 && (
          <>
            <dt>{strings.casus.form.availability}</dt>
            <dd>{casus.availability.map((code) => timeOfDay.labels[code]).join(', ')}</dd>
          </>
        )}
        {casus.accessibilityNeeds.length > 0 && (
          <>
            <dt>{strings.casus.form.accessibilityNeeds}</dt>
            <dd>{casus.accessibilityNeeds.map((code) => accessibility.labels[code]).join(', ')}</dd>
          </>
        )}
        <dt>{text.question}</dt>
        <dd className="description">{casus.question || '–'}</dd>
        <dt>{text.wishes}</dt>
        <dd className="description">{casus.wishesAndTalents || '–'}</dd>
      </dl>

      {/* Before a handover the suggestions are the work; after one, the handover and its follow-ups are, and other offers wait below. */}
      {matches.length === 0 && <CasusSuggestions casus={casus} />}
      <CasusMatches casus={casus} matches={matches} />
      <CasusFollowUps casus={casus} followUps={followUps} matches={matches} />
      <CasusPgScores casus={casus} />
      <CasusFeedback casus={casus} matches={matches} followUps={followUps} />
      {matches.length > 0 && <CasusSuggestions casus={casus} collapsed />}
      <CasusAccessLog casus={casus} />
    </article>
  );
}

/** The reason a status that ends the referral asks for, before it is saved; it takes the focus when it opens. */
function StatusReason({ pending, onChange, onSave, onCancel }: { pending: { status: DropOutStatus; reason: string; missing: boolean }; onChange: (reason: string) => void; onSave: () => void; onCancel: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.querySelector('select')?.focus(), [pending.status]);
  return (
    <div className="status-reason" ref={panel}>
      <SelectField
        name="statusReason"
        label={`${text.statusReason}: ${casusStatus.labels[pending.status]}`}
        required
        value={pending.reason}
        onChange={onChange}
        placeholder={text.chooseReason}
        options={codeOptions(dropOutReason, dropOutReasonsAt[pending.status])}
        error={pending.missing ? reasonNeeded(pending.status) : undefined}
      />
      <div className="actions">
        <button type="button" className="button" onClick={onSave}>
          {text.saveStatus}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </div>
  );
}
