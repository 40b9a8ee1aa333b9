import { useEffect, useRef, useState, type FormEvent } from 'react';
import { logKind } from '../../../../shared/domain/vocabulary';
import { SelectField, TextField } from '../../components/form-fields';
import { localToday } from '../../clock';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';
import { FollowUpList } from './follow-up-list';
import { emptyVisit, pendingQuestion, toLogbookRecord, type LogKind, type NewOrganisationDraft, type NewPersonDraft, type VisitDraft } from './log-draft';
import { RecentEntries } from './recent-entries';
import type { LogbookOutcome } from '../../../../shared/domain/logbook-record';
import { VisitEditor } from './visit-editor';

type Mode = 'contact' | 'ronde';

/** Logboek: write down a contact or a whole round in half a minute, and see what to follow up. */
export function LogbookScreen() {
  const { api, reload } = useLoadedNetwork();
  const { notify } = useNotices();
  const [mode, setMode] = useState<Mode>('contact');
  const [date, setDate] = useState(localToday());
  const [kind, setKind] = useState<LogKind>('telefoon');
  const [followUpOn, setFollowUpOn] = useState('');
  const [visits, setVisits] = useState<VisitDraft[]>([emptyVisit()]);
  const [newPersons, setNewPersons] = useState<NewPersonDraft[]>([]);
  const [newOrganisations, setNewOrganisations] = useState<NewOrganisationDraft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** What the last save added, shown under its entries in the recent list. */
  const [saved, setSaved] = useState<LogbookOutcome | null>(null);
  const text = strings.logbook;

  const reset = () => {
    setVisits([emptyVisit()]);
    setNewPersons([]);
    setNewOrganisations([]);
    setFollowUpOn('');
    setError(null);
  };

  const save = async () => {
    if (visits.some((visit) => visit.participants.length === 0)) return setError(text.needsSomeone);
    const question = pendingQuestion(visits);
    if (question) return setError(question);
    setSaving(true);
    const result = await api.logbook.record(toLogbookRecord({ date, kind: mode === 'ronde' ? 'fietsronde' : kind, followUpOn }, visits, newPersons, newOrganisations));
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setSaved(result.value);
    await reload();
    notify(mode === 'ronde' ? text.savedRound(visits.length) : text.saved, { undoable: true });
    reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  // Ctrl+Enter saves from anywhere on this screen; plain Enter belongs to the pickers.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const switchMode = (next: Mode) => {
    setMode(next);
    setKind(next === 'ronde' ? 'fietsronde' : 'telefoon');
    reset();
  };

  return (
    <div className="logbook">
      <div className="page-header">
        <h1>{text.title}</h1>
      </div>
      <p className="lead">{text.intro}</p>
      <div className="logbook-grid">
        <form className="record-form log-form" onSubmit={onSubmit} aria-label={text.title} noValidate>
          <div className="segmented" role="radiogroup" aria-label={text.modeLabel}>
            {(['contact', 'ronde'] as const).map((item) => (
              <label key={item} className={mode === item ? 'is-selected' : undefined}>
                <input type="radio" name="mode" value={item} checked={mode === item} onChange={() => switchMode(item)} />
                {text.modes[item]}
              </label>
            ))}
          </div>
          {error && (
            <div className="form-summary" role="alert">
              <p>{error}</p>
            </div>
          )}
          <div className="form-grid">
            <TextField name="date" label={text.date} value={date} onChange={setDate} type="date" />
            {mode === 'contact' && <SelectField name="kind" label={text.kind} value={kind} onChange={(value) => setKind(value as LogKind)} options={logKind.codes.map((code) => ({ value: code, label: logKind.labels[code] }))} />}
            <TextField name="followUpOn" label={text.followUp} value={followUpOn} onChange={setFollowUpOn} type="date" />
          </div>
          {visits.map((visit, position) => (
            <div key={visit.key} className="visit-block">
              <VisitEditor
                visit={visit}
                otherVisits={visits.flatMap((other, number) => (other.key === visit.key ? [] : other.participants.map((participant) => ({ participant, visit: number + 1 }))))}
                label={mode === 'ronde' ? text.visitWho(position + 1) : text.who}
                showOffers={mode === 'ronde'}
                onChange={(changed) => setVisits((current) => current.map((candidate) => (candidate.key === changed.key ? changed : candidate)))}
                draftOrganisations={newOrganisations}
                onNewPerson={(person) => setNewPersons((current) => [...current, person])}
                onNewOrganisation={(organisation) => setNewOrganisations((current) => [...current, organisation])}
              />
              {mode === 'ronde' && visits.length > 1 && (
                <button type="button" className="link-button" onClick={() => setVisits((current) => current.filter((candidate) => candidate.key !== visit.key))}>
                  {text.removeVisit}
                </button>
              )}
            </div>
          ))}
          {mode === 'ronde' && (
            <button type="button" className="button-secondary" onClick={() => setVisits((current) => [...current, emptyVisit()])}>
              + {text.addVisit}
            </button>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={saving} aria-keyshortcuts="Control+Enter">
              {saving ? text.saving : text.save}
            </button>
          </div>
        </form>
        <div className="logbook-side">
          <FollowUpList />
          <RecentEntries saved={saved} />
        </div>
      </div>
    </div>
  );
}
