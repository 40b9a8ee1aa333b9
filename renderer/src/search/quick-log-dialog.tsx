import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Person } from '../../../shared/domain/person';
import { logKind } from '../../../shared/domain/vocabulary';
import { DateField, SelectField, TextArea } from '../components/form-fields';
import { localToday } from '../clock';
import { useLoadedNetwork } from '../state/network-data';
import { useNotices } from '../state/notices';
import { strings } from '../strings';

type LogKind = (typeof logKind.codes)[number];

/** Where the kind last used in a quick log is remembered (on this machine only). */
const lastKindKey = 'spinweb-snel-vastleggen-soort';

function lastUsedKind(): LogKind | null {
  const stored = window.localStorage.getItem(lastKindKey);
  return logKind.codes.find((code) => code === stored) ?? null;
}

/** "Log this call": a contact with one person, in a few keystrokes, undoable. */
export function QuickLogDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { api, index, refresh } = useLoadedNetwork();
  const { notify } = useNotices();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // The kind of contact she used last here (a call, an app message, ...): most quick logs are alike.
  const [kind, setKind] = useState<LogKind>(() => lastUsedKind() ?? 'telefoon');
  const [date, setDate] = useState(localToday());
  const [note, setNote] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    dialog.current?.showModal();
    // Straight into the note: what was said is what she types; Ctrl+Enter saves, Esc cancels.
    dialog.current?.querySelector<HTMLTextAreaElement>('textarea[name="note"]')?.focus();
  }, []);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const organisationIds = (index.affiliationsOfPerson.get(person.id) ?? []).map((affiliation) => affiliation.organisationId);
    const result = await api.logEntry.create({ occurredOn: date, kind, personIds: [person.id], organisationIds, note, followUpOn: followUp === '' ? null : followUp });
    if (!result.ok) {
      setErrors(result.error.fields ?? { note: result.error.message });
      return;
    }
    window.localStorage.setItem(lastKindKey, kind);
    await refresh();
    notify(strings.quickLog.saved(person.name), { undoable: true });
    dialog.current?.close();
  };

  const text = strings.quickLog;
  return (
    <dialog ref={dialog} className="modal quick-log" aria-labelledby="quick-log-title" onClose={(event) => event.target === event.currentTarget && onClose()}>
      <form
        ref={form}
        method="dialog"
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            form.current?.requestSubmit();
          }
        }}
      >
        <h2 id="quick-log-title">{text.title(person.name)}</h2>
        <div className="form-grid">
          <TextArea name="note" label={text.note} value={note} onChange={setNote} error={errors.note} />
          <SelectField name="kind" label={text.kind} value={kind} onChange={(value) => setKind(value as LogKind)} options={logKind.codes.map((code) => ({ value: code, label: logKind.labels[code] }))} />
          <DateField name="occurredOn" label={text.date} value={date} onChange={setDate} error={errors.occurredOn} />
          <DateField name="followUpOn" label={text.followUp} value={followUp} onChange={setFollowUp} error={errors.followUpOn} />
        </div>
        <p className="muted">{text.keys}</p>
        <div className="form-actions">
          <button type="submit" className="button">
            {text.save}
          </button>
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            {text.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
