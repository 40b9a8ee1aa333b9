import { csvText } from '../../../shared/export/csv-text';
import { downloadBlob } from '../download-blob';
import { strings } from '../strings';

/**
 * Downloads rows as a CSV file the way Dutch Excel reads it: semicolons,
 * UTF-8 with a byte-order mark, formulas neutralised.
 */
export function CsvDownload({ fileName, header, rows, label }: { fileName: string; header: readonly string[]; rows: readonly (readonly (string | number | null)[])[]; label: string }) {
  const download = () => {
    downloadBlob(new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
  };
  return (
    <button type="button" className="button-secondary button-small no-print" onClick={download} aria-label={strings.analysis.csv(label)}>
      CSV
    </button>
  );
}
