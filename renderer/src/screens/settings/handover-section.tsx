import { useState } from 'react';
import type { HandoverPreview } from '../../../../shared/contract/api';
import { describeCollectionCounts } from '../../../../shared/domain/entity-registry';
import { contactsHeader, contactsTable } from '../../../../shared/export/contacts-table';
import { downloadCsv } from '../../components/csv-download';
import { offersHeader, offersTable } from '../../../../shared/export/offers-table';
import { FilterSelect } from '../../components/filter-select';
import { FileField } from '../../components/form-fields';
import { downloadBlob } from '../../download-blob';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { strings } from '../../strings';
import { neighbourhoodOptions } from '../../components/options';

const text = strings.settings.handover;

/** Handing the network over, and taking one in: the bundle for a successor, contacts for a phone or a spreadsheet. */
export function HandoverSection() {
  const { api, data, refresh } = useLoadedNetwork();
  const { notify } = useNotices();
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const [withCasussen, setWithCasussen] = useState(false);
  const [incoming, setIncoming] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportBundle = async () => {
    const result = await api.handover.exportBundle({ neighbourhoodId: neighbourhoodId || null, includeCasussen: withCasussen });
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    downloadBlob(new Blob([result.value.text], { type: 'application/json' }), result.value.fileName);
  };
  const exportVcards = async () => {
    const result = await api.handover.vcards({});
    if (!result.ok) return notify(result.error.message, { tone: 'error' });
    downloadBlob(new Blob([result.value.text], { type: 'text/vcard' }), 'contacten.vcf');
  };
  const exportCsv = () => downloadCsv('contacten.csv', contactsHeader, contactsTable(data));
  const exportOffers = () => downloadCsv('aanbod.csv', offersHeader, offersTable(data));

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const chosen = { name: file.name, text: await file.text() };
    setIncoming(chosen);
    const result = await api.handover.preview({ text: chosen.text });
    setError(result.ok ? null : result.error.message);
    setPreview(result.ok ? result.value : null);
  };
  const apply = async () => {
    if (!incoming) return;
    const result = await api.handover.apply({ text: incoming.text });
    if (!result.ok) return setError(result.error.message);
    await refresh();
    setPreview(null);
    setIncoming(null);
    notify(text.applied(Object.values(result.value.added).reduce((sum, count) => sum + count, 0)), { undoable: true });
  };

  return (
    <section className="card" aria-labelledby="handover-title">
      <h2 id="handover-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <div className="filter-bar">
        <FilterSelect id="handover-wijk" label={text.neighbourhood} value={neighbourhoodId} options={neighbourhoodOptions(data)} onChange={setNeighbourhoodId} />
        <label className="checkbox">
          <input type="checkbox" checked={withCasussen} onChange={(event) => setWithCasussen(event.target.checked)} />
          {text.withCasussen}
        </label>
        <button type="button" className="button" onClick={() => void exportBundle()}>
          {text.exportBundle}
        </button>
      </div>
      <div className="actions">
        <button type="button" className="button-secondary button-small" onClick={() => void exportVcards()}>
          {text.vcards}
        </button>
        <button type="button" className="button-secondary button-small" onClick={exportCsv}>
          {text.csv}
        </button>
        <button type="button" className="button-secondary button-small" onClick={exportOffers}>
          {text.offersCsv}
        </button>
      </div>
      <FileField label={text.importFile} accept=".json,application/json" onFile={(file) => void pick(file)} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview" role="status">
          <p>{text.previewSummary(preview.neighbourhood, describeCollectionCounts(preview.added) || text.nothingNew, preview.matched.length)}</p>
          {preview.updated.length > 0 && (
            <>
              <h3>{text.updated}</h3>
              <ul>
                {preview.updated.map((item) => (
                  <li key={`${item.kind}-${item.name}`}>{text.change(item.name, item.fields)}</li>
                ))}
              </ul>
            </>
          )}
          {preview.left.length > 0 && (
            <>
              <h3>{text.left}</h3>
              <ul>
                {preview.left.map((item) => (
                  <li key={`${item.kind}-${item.name}`}>{text.change(item.name, item.fields)}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="button" onClick={() => void apply()}>
            {text.apply}
          </button>
        </div>
      )}
    </section>
  );
}
