import { csvText } from '../../../shared/export/csv-text';
import { downloadBlob } from '../download-blob';
import { strings } from '../strings';

type Rows = readonly (readonly (string | number | null)[])[];

/** Downloads rows as a CSV file the way Dutch Excel reads it: semicolons, UTF-8 with a byte-order mark, formulas neutralised. */
export function downloadCsv(fileName: string, header: readonly string[], rows: Rows): void {
  downloadBlob(new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** The "CSV" button beside a table. */
export function CsvDownload({ fileName, header, rows, label }: { fileName: string; header: readonly string[]; rows: Rows; label: string }) {
  const download = () => downloadCsv(fileName, header, rows);
  return (
    <button type="button" className="button-secondary button-small no-print" onClick={download} aria-label={strings.analysis.csv(label)}>
      CSV
    </button>
  );
}
