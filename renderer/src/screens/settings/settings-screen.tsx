import { formatMoment } from '../../strings/dutch';
import { useEffect, useState, type SyntheticEvent } from 'react';
import type { RetentionOutcome } from '../../../../shared/contract/api';
import { localToday } from '../../clock';
import type { AccessLogEntry } from '../../../../shared/domain/access-log';
import type { Settings } from '../../../../shared/domain/settings';
import { DateField, TextField } from '../../components/form-fields';
import { BackupsSection } from './backups-section';
import { HandoverSection } from './handover-section';
import { ListsSection } from './lists-section';
import { formatDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';

const text = strings.settings;

/** Instellingen: the retention period and the last meeting, the retention run, and who looked at casus data. */
export function SettingsScreen() {
  const { api } = useLoadedNetwork();
  const { notify } = useNotices();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [months, setMonths] = useState('');
  const [lastMeetingOn, setLastMeetingOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<RetentionOutcome | null>(null);
  const [accessLog, setAccessLog] = useState<AccessLogEntry[]>([]);

  const load = async () => {
    const [loaded, log] = await Promise.all([api.settings.get({}), api.casus.accessLog({ limit: 200 })]);
    if (loaded.ok) {
      setSettings(loaded.value);
      setMonths(String(loaded.value.casusRetentionMonths));
      setLastMeetingOn(loaded.value.lastMeetingOn ?? '');
    } else notify(loaded.error.message, { tone: 'error' });
    if (log.ok) setAccessLog(log.value);
    else notify(log.error.message, { tone: 'error' });
  };
  useEffect(() => {
    void load();
    // Loaded once per visit.
  }, []);

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await api.settings.update({ casusRetentionMonths: Number(months), lastMeetingOn: lastMeetingOn || null });
    if (!result.ok) {
      setErrors(result.error.fields ?? { form: result.error.message });
      return;
    }
    setErrors({});
    setSettings(result.value);
    setPreview(null);
    notify(text.saved, { undoable: true });
  };
  const previewRetention = async () => {
    const result = await api.casus.applyRetention({ today: localToday(), dryRun: true });
    if (result.ok) setPreview(result.value);
    else notify(result.error.message, { tone: 'error' });
  };
  const applyRetention = async () => {
    const result = await api.casus.applyRetention({ today: localToday(), dryRun: false });
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    notify(text.anonymised(result.value.anonymised.length));
    setPreview(null);
    await load();
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{text.title}</h1>
      <form className="record-form card" onSubmit={(event) => void save(event)} noValidate aria-labelledby="settings-form-title">
        <h2 id="settings-form-title">{text.general}</h2>
        {errors.form && <p className="field-error">{errors.form}</p>}
        {/* Until the settings are read, nothing can be typed: what loads would overwrite it. */}
        <fieldset className="form-grid" disabled={settings === null}>
          <TextField name="casusRetentionMonths" type="number" label={text.retentionMonths} hint={text.retentionHint} value={months} onChange={setMonths} error={errors.casusRetentionMonths} />
          <DateField name="lastMeetingOn" label={text.lastMeeting} hint={text.lastMeetingHint} value={lastMeetingOn} onChange={setLastMeetingOn} error={errors.lastMeetingOn} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={settings === null}>
            {strings.form.save}
          </button>
        </div>
      </form>

      <ListsSection />

      <section className="card" aria-labelledby="retention-title">
        <h2 id="retention-title">{text.retentionTitle}</h2>
        <p className="muted">{settings ? text.retentionIntro(settings.casusRetentionMonths) : ''}</p>
        <button type="button" className="button-secondary" onClick={() => void previewRetention()}>
          {text.preview}
        </button>
        {preview && (
          <div role="status">
            {preview.anonymised.length === 0 ? (
              <p>{text.nothingDue}</p>
            ) : (
              <>
                <p>{text.due(preview.anonymised.length)}</p>
                <ul>
                  {preview.anonymised.map((casus) => (
                    <li key={casus.id}>
                      <a href={href('casussen', casus.id)}>{casus.code}</a> · {text.closedOn(formatDate(casus.closedOn), formatDate(casus.dueOn))}
                    </li>
                  ))}
                </ul>
                <button type="button" className="button" onClick={() => void applyRetention()}>
                  {text.apply(preview.anonymised.length)}
                </button>
              </>
            )}
          </div>
        )}
      </section>

      <BackupsSection />
      <HandoverSection />

      <section className="card" aria-labelledby="access-title">
        <h2 id="access-title">{text.accessTitle}</h2>
        <p className="muted">{text.accessIntro}</p>
        <table className="data-table">
          <caption className="visually-hidden">{text.accessTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{text.accessColumns.at}</th>
              <th scope="col">{text.accessColumns.actor}</th>
              <th scope="col">{text.accessColumns.action}</th>
              <th scope="col">{text.accessColumns.detail}</th>
            </tr>
          </thead>
          <tbody>
            {accessLog.map((entry) => (
              <tr key={entry.id}>
                <td>{formatMoment(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>{text.actions[entry.action]}</td>
                <td>{entry.entityId ? <a href={href('casussen', entry.entityId)}>{entry.detail}</a> : entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
