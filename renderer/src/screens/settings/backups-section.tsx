import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/api';
import { formatMoment } from '../../strings/dutch';
import { describeCounts } from '../../../../shared/domain/network-stats';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { downloadBlob } from '../../download-blob';
import { strings } from '../../strings';

const text = strings.settings.backups;

/** The backup folder: what is there, a copy now, and one to put back at the next start. */
export function BackupsSection() {
  const { api } = useLoadedNetwork();
  const { notify } = useNotices();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The backup whose restore waits for a yes: the broker first sees what it holds and from when. */
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const load = async () => {
    const result = await api.backups.list({});
    if (result.ok) setBackups(result.value);
    else setError(result.error.message);
  };
  useEffect(() => {
    void load();
    // Loaded once per visit.
  }, []);
  const makeNow = async () => {
    const result = await api.backups.create({});
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    notify(text.made);
    await load();
  };
  const rescue = async () => {
    const result = await api.backups.rescue({});
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    downloadBlob(new Blob([result.value.text], { type: 'application/json' }), result.value.fileName);
    notify(result.value.losses.length === 0 ? text.rescuedWhole(result.value.rows) : text.rescuedWithLosses(result.value.rows, result.value.losses.join('; ')));
  };
  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    const result = await api.backups.restoreAtNextStart({ file: backup.file });
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    notify(text.restoreRequested(formatMoment(backup.at)));
  };
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      {error ? (
        <p className="muted">{error}</p>
      ) : (
        <>
          <button type="button" className="button-secondary" onClick={() => void makeNow()}>
            {text.makeNow}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => void rescue()} aria-describedby="rescue-hint">
            {text.rescue}
          </button>
          <p id="rescue-hint" className="muted">
            {text.rescueHint}
          </p>
          {backups && backups.length === 0 && <p className="empty-note">{text.none}</p>}
          {backups && backups.length > 0 && (
            <table className="data-table">
              <caption className="visually-hidden">{text.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.columns.at}</th>
                  <th scope="col">{text.columns.reason}</th>
                  <th scope="col">{text.columns.contents}</th>
                  <th scope="col">{text.columns.size}</th>
                  <th scope="col">
                    <span className="visually-hidden">{text.columns.action}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((backup) => (
                  <tr key={backup.file}>
                    <td>{formatMoment(backup.at)}</td>
                    <td>{(text.reasons as Readonly<Record<string, string | undefined>>)[backup.reason] ?? backup.reason}</td>
                    <td>{describeCounts(backup.counts)}</td>
                    <td>{(backup.bytes / 1024 / 1024).toFixed(1)} MB</td>
                    <td>
                      <button type="button" className="button-secondary button-small" onClick={() => setConfirming(backup)}>
                        {text.restore}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {confirming && (
            <div className="confirm-panel" role="alertdialog" aria-labelledby="restore-confirm-text">
              <p id="restore-confirm-text">{text.confirmRestore(describeCounts(confirming.counts), formatMoment(confirming.at))}</p>
              <button type="button" className="button" onClick={() => void restore(confirming)} autoFocus>
                {text.confirmYes}
              </button>{' '}
              <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
                {text.confirmNo}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
