import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/domain/person';
import { logKind } from '../../../shared/domain/vocabulary';
import { SelectField, TextArea, TextField } from '../components/form-fields';
import { localToday } from '../clock';
import { useLoadedNetwork } from '../state/network-data';
import { useNotices } from '../state/notices';
import { strings } from '../strings';

type LogKind = (typeof logKind.codes)[number];

/** "Log this call": a contact with one person, in a few keystrokes, undoable. */
export function QuickLogDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { api, index, reload } = useLoadedNetwork();
  const { notify } = useNotices();
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<LogKind>('telefoon');
  const [date, setDate] = useState(localToday());
  const [note, setNote] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const organisationIds = (index.affiliationsOfPerson.get(person.id) ?? []).map((affiliation) => affiliation.organisationId);
    const result = await api.logEntry.create({ occurredOn: date, kind, personIds: [person.id], organisationIds, note, followUpOn: followUp === '' ? null : followUp });
    if (!result.ok) {
      setErrors(result.error.fields ?? { note: result.error.message });
      return;
    }
    await reload();
    notify(strings.quickLog.saved(person.name), { undoable: true });
    dialog.current?.close();
  };

  const text = strings.quickLog;
  return (
    <dialog ref={dialog} className="modal quick-log" aria-labelledby="quick-log-title" onClose={(event) => event.target === event.currentTarget && onClose()}>
      <form method="dialog" onSubmit={(event) => void submit(event)}>
        <h2 id="quick-log-title">{text.title(person.name)}</h2>
        <div className="form-grid">
          <SelectField name="kind" label={text.kind} value={kind} onChange={(value) => setKind(value as LogKind)} options={logKind.codes.map((code) => ({ value: code, label: logKind.labels[code] }))} />
          <TextField name="occurredOn" label={text.date} value={date} onChange={setDate} type="date" error={errors.occurredOn} />
          <TextField name="followUpOn" label={text.followUp} value={followUp} onChange={setFollowUp} type="date" error={errors.followUpOn} />
          <TextArea name="note" label={text.note} value={note} onChange={setNote} error={errors.note} />
        </div>
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
