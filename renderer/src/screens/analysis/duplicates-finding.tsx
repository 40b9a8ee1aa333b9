import type { DuplicatePair } from '../../../../shared/analysis/duplicate-records';
import { CsvDownload } from '../../components/csv-download';
import { useState } from 'react';
import { useLoadedNetwork } from '../../state/network-data';
import { MergePanel } from './merge-panel';
import { strings } from '../../strings';
import { FindingCard, RecordLink } from './finding-card';

const text = strings.analysis;

/** Records that are probably the same: each pair opens to a merge with a choice and a preview (and one Ctrl+Z from apart again). */
export function DuplicatesFinding({ duplicates }: { duplicates: readonly DuplicatePair[] }) {
  const { index } = useLoadedNetwork();
  // The pair being merged: its panel opens under it, with the choice and the preview.
  const [merging, setMerging] = useState<string | null>(null);
  const key = (pair: DuplicatePair) => `${pair.kind}-${pair.keepId}-${pair.dropId}`;
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
            <li key={key(pair)} className={merging === key(pair) ? 'is-merging' : undefined}>
              <div>
                <RecordLink nodeKey={`${pair.kind}:${pair.keepId}`} index={index} /> ~ <RecordLink nodeKey={`${pair.kind}:${pair.dropId}`} index={index} />
                <p className="muted">{pair.reasons.join(', ')}</p>
                {merging === key(pair) && <MergePanel pair={pair} onClose={() => setMerging(null)} />}
              </div>
              {merging !== key(pair) && (
                <button type="button" className="button-secondary button-small no-print" onClick={() => setMerging(key(pair))} aria-label={text.merge(pair.labels[1], pair.labels[0])}>
                  {text.mergeShort}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </FindingCard>
  );
}
