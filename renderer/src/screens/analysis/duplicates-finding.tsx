import type { DuplicatePair } from '../../../../shared/analysis/duplicate-records';
import { CsvDownload } from '../../components/csv-download';
import { useLoadedNetwork } from '../../state/network-data';
import { useUndoableAction } from '../../state/use-undoable-action';
import { strings } from '../../strings';
import { FindingCard, RecordLink } from './finding-card';

const text = strings.analysis;

/** Records that are probably the same: each pair one click from merged (and one Ctrl+Z from apart again). */
export function DuplicatesFinding({ duplicates }: { duplicates: readonly DuplicatePair[] }) {
  const { api, index } = useLoadedNetwork();
  const act = useUndoableAction();
  const merge = (pair: DuplicatePair) => act(api.network.merge({ kind: pair.kind, keepId: pair.keepId, dropId: pair.dropId }), text.merged(pair.labels[1], pair.labels[0]));
  return (
    <FindingCard
      id="duplicates"
      title={text.duplicates}
      count={duplicates.length}
      csv={<CsvDownload label={text.duplicates} fileName="dubbele-records.csv" header={[text.columns.kind, text.columns.name, text.columns.name, text.columns.reasons]} rows={duplicates.map((pair) => [pair.kind === 'person' ? 'persoon' : 'organisatie', pair.labels[0], pair.labels[1], pair.reasons.join(', ')])} />}
    >
      {duplicates.length === 0 ? (
        <p className="empty-note">{text.noDuplicates}</p>
      ) : (
        <ul className="finding-list">
          {duplicates.map((pair) => (
            <li key={`${pair.keepId}-${pair.dropId}`}>
              <div>
                <RecordLink nodeKey={`${pair.kind}:${pair.keepId}`} index={index} /> ~ <RecordLink nodeKey={`${pair.kind}:${pair.dropId}`} index={index} />
                <p className="muted">{pair.reasons.join(', ')}</p>
              </div>
              <button type="button" className="button-secondary button-small no-print" onClick={() => void merge(pair)} aria-label={text.merge(pair.labels[1], pair.labels[0])}>
                {text.mergeShort}
              </button>
            </li>
          ))}
        </ul>
      )}
    </FindingCard>
  );
}
