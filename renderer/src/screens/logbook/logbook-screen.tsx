import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { logKind } from '../../../../shared/domain/vocabulary';
import { DateField, SelectField } from '../../components/form-fields';
import { localToday } from '../../clock';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';
import { FollowUpList } from './follow-up-list';
import { checkDraft, emptyVisit, errorsFromApi, hasErrors, noErrors, toLogbookRecord, visitForIntroduction, visitsForRound, type LogErrors, type LogKind, type VisitErrors, type NewOrganisationDraft, type NewPersonDraft, type VisitDraft } from './log-draft';
import { RecentEntries } from './recent-entries';
import type { LogbookOutcome } from '../../../../shared/domain/logbook-record';
import type { Task } from '../../../../shared/domain/task';
import { VisitEditor } from './visit-editor';
import { href, type Route } from '../../routing/use-route';

type Mode = 'contact' | 'ronde';

/** Logboek: write down a contact or a whole round in half a minute, and see what to follow up. */
export function LogbookScreen({ route }: { route: Route }) {
  const { api, data, index, refresh } = useLoadedNetwork();
  const { notify } = useNotices();
  const [mode, setMode] = useState<Mode>('contact');
  const [date, setDate] = useState(localToday());
  const [kind, setKind] = useState<LogKind>('telefoon');
  const [followUpOn, setFollowUpOn] = useState('');
  const [visits, setVisits] = useState<VisitDraft[]>([emptyVisit()]);
  const [newPersons, setNewPersons] = useState<NewPersonDraft[]>([]);
  const [newOrganisations, setNewOrganisations] = useState<NewOrganisationDraft[]>([]);
  const [errors, setErrors] = useState<LogErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  /** What the last save added, shown under its entries in the recent list. */
  const [saved, setSaved] = useState<LogbookOutcome | null>(null);
  const text = strings.logbook;

  const reset = () => {
    setVisits([emptyVisit()]);
    setNewPersons([]);
    setNewOrganisations([]);
    setFollowUpOn('');
    setErrors(noErrors);
  };

  const save = async () => {
    const found = checkDraft({ date, followUpOn }, visits);
    if (hasErrors(found)) return setErrors(found);
    setSaving(true);
    const result = await api.logbook.record(toLogbookRecord({ date, kind: mode === 'ronde' ? 'fietsronde' : kind, followUpOn }, visits, newPersons, newOrganisations));
    setSaving(false);
    if (!result.ok) return setErrors(errorsFromApi(result.error.message, result.error.fields, visits));
    setSaved(result.value);
    await refresh();
    const introductionsDone = result.value.introductionsDone.length;
    notify(`${mode === 'ronde' ? text.savedRound(visits.length) : text.saved}${introductionsDone > 0 ? ` ${text.introductionsDone(introductionsDone)}` : ''}`, { undoable: true });
    reset();
  };

  const onSubmit = (event: SyntheticEvent) => {
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
  // The first field with a problem comes into view and takes the cursor; without one, the summary does.
  useEffect(() => {
    if (!hasErrors(errors)) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current?.querySelector<HTMLElement>('.form-summary');
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [errors]);
  const summaryLines = [
    ...(errors.date ? [text.errors.field(text.date, errors.date)] : []),
    ...(errors.followUpOn ? [text.errors.field(text.followUp, errors.followUpOn)] : []),
    ...visits.flatMap((visit, position) =>
      (Object.entries(errors.visits[visit.key] ?? {}) as [keyof VisitErrors, string][]).map(([field, message]) => {
        const label = field === 'participants' ? text.who : field === 'tie' ? text.ties : field === 'offer' ? text.offers : text.note;
        return mode === 'ronde' ? text.errors.inVisit(position + 1, label, message) : text.errors.field(label, message);
      }),
    ),
    ...errors.other,
  ];
  // A planned introduction becomes this contact, ready to save: the two sides, the note, the connection.
  const logIntroduction = (task: Task) => {
    setMode('contact');
    if (mode === 'ronde') setKind('telefoon');
    setVisits([visitForIntroduction(task, data, (participant) => (participant.kind === 'person' ? index.person.get(participant.id)?.name : index.organisation.get(participant.id)?.name) ?? '?')]);
    setErrors(noErrors);
    notify(text.followUps.introductionReady);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[name="kind"]')?.focus());
  };
  // A round planned in the round planner (`#/logboek?ronde=ORG~PERSON,...`) opens as a round, one visit per stop, once.
  const plannedRound = route.query.get('ronde');
  useEffect(() => {
    if (!plannedRound) return;
    const stops = plannedRound.split(',').flatMap((stop) => {
      const [organisationId = '', personId = ''] = stop.split('~');
      if (!index.organisation.get(organisationId)) return [];
      return [{ organisationId, personId: index.person.get(personId) ? personId : null }];
    });
    if (stops.length === 0) return;
    setMode('ronde');
    setKind('fietsronde');
    setVisits(visitsForRound(stops, (participant) => (participant.kind === 'person' ? index.person.get(participant.id)?.name : index.organisation.get(participant.id)?.name) ?? '?'));
    setErrors(noErrors);
    notify(text.roundPrefilled(stops.length));
    // The address bar no longer asks for it: a reload does not fill the round in again over what she wrote.
    window.history.replaceState(null, '', href('logboek'));
    // Only when the planned round changes: a refresh of the network must not refill it.
  }, [plannedRound]);
  const switchMode = (next: Mode) => {
    setMode(next);
    setKind(next === 'ronde' ? 'fietsronde' : 'telefoon');
    reset();
  };

  return (
    <div className="logbook">
      <div className="page-header">
        <h1>{text.title}</h1>
        <a className="button-secondary" href={href('logboek', 'ronde')}>
          {text.planRound}
        </a>
      </div>
      <p className="lead">{text.intro}</p>
      <div className="logbook-grid">
        <form className="record-form log-form" onSubmit={onSubmit} aria-label={text.title} noValidate ref={formRef}>
          <div className="segmented" role="radiogroup" aria-label={text.modeLabel}>
            {(['contact', 'ronde'] as const).map((item) => (
              <label key={item} className={mode === item ? 'is-selected' : undefined}>
                <input type="radio" name="mode" value={item} checked={mode === item} onChange={() => switchMode(item)} />
                {text.modes[item]}
              </label>
            ))}
          </div>
          {hasErrors(errors) && (
            <div className="form-summary" role="alert" tabIndex={-1}>
              <p>{text.errors.summary}</p>
              <ul>
                {summaryLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-grid">
            <DateField name="date" label={text.date} value={date} onChange={setDate} error={errors.date} />
            {mode === 'contact' && <SelectField name="kind" label={text.kind} value={kind} onChange={(value) => setKind(value as LogKind)} options={logKind.codes.map((code) => ({ value: code, label: logKind.labels[code] }))} />}
            <DateField name="followUpOn" label={text.followUp} value={followUpOn} onChange={setFollowUpOn} error={errors.followUpOn} />
          </div>
          {visits.map((visit, position) => (
            <div key={visit.key} className="visit-block">
              <VisitEditor
                visit={visit}
                errors={errors.visits[visit.key] ?? {}}
                otherVisits={visits.flatMap((other, number) => (other.key === visit.key ? [] : other.participants.map((participant) => ({ participant, visit: number + 1 }))))}
                label={mode === 'ronde' ? text.visitWho(position + 1) : text.contact}
                showOffers={mode === 'ronde'}
                compact={mode === 'ronde'}
                onChange={(changed) => {
                  setVisits((current) => current.map((candidate) => (candidate.key === changed.key ? changed : candidate)));
                  // A visit that is being put right loses its marks; the others keep theirs until the next save.
                  setErrors((current) => (current.visits[changed.key] ? { ...current, visits: Object.fromEntries(Object.entries(current.visits).filter(([key]) => key !== changed.key)) } : current));
                }}
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
          <FollowUpList onLogIntroduction={logIntroduction} />
          <RecentEntries saved={saved} />
        </div>
      </div>
    </div>
  );
}
