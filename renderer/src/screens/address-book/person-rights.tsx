import { useState } from 'react';
import type { PersonDataExport } from '../../../../shared/contract/api';
import { downloadBlob } from '../../download-blob';
import { navigate, href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';

const text = strings.personRights;

/**
 * The rights of the person on this page (AVG): everything held about them,
 * as JSON or as a page to print, and erasure, after typing their name.
 */
export function PersonRights({ id, name }: { id: string; name: string }) {
  const { api, reload } = useLoadedNetwork();
  const { notify } = useNotices();
  const [view, setView] = useState<PersonDataExport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  const load = async () => {
    const result = await api.person.exportData({ id });
    if (!result.ok) {
      notify(result.error.message, { tone: 'error' });
      return null;
    }
    return result.value;
  };
  const downloadJson = async () => {
    const data = await load();
    if (data) downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), `gegevens-${name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`);
  };
  const erase = async () => {
    const result = await api.person.erase({ id });
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    await reload();
    notify(text.erased(name));
    navigate(href('adresboek', 'contactpersonen'));
  };

  return (
    <section className="card person-rights" aria-labelledby="rights-title">
      <h2 id="rights-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <div className="actions no-print">
        <button type="button" className="button-secondary button-small" onClick={() => void downloadJson()}>
          {text.exportJson}
        </button>
        <button type="button" className="button-secondary button-small" onClick={() => void load().then(setView)}>
          {text.showAll}
        </button>
        <button type="button" className="button-secondary button-small" onClick={() => setConfirming(true)}>
          {text.erase}
        </button>
      </div>
      {view && (
        <div className="person-data">
          <h3>{text.heldAbout(name, view.exportedAt.slice(0, 10))}</h3>
          <pre className="description">{JSON.stringify(view, null, 2)}</pre>
          <button type="button" className="button-secondary button-small no-print" onClick={() => window.print()}>
            {text.print}
          </button>
        </div>
      )}
      {confirming && (
        <div className="privacy-warning" role="alert">
          <p>{text.eraseWarning(name)}</p>
          <div className="field">
            <label htmlFor="erase-confirm">{text.typeName}</label>
            <input id="erase-confirm" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={typed.trim() !== name} onClick={() => void erase()}>
              {text.eraseNow}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {text.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
