/** A cell as write-excel-file takes it. */
export interface SheetCell {
  value: string | number;
  fontWeight?: 'bold';
}

/**
 * A table as sheet data for write-excel-file: a bold header row, then the
 * rows. Text goes in as text cells, never as formulas, so a value starting
 * with "=" is shown, not run. The renderer writes it with the browser entry
 * of the library, the CLI with the Node entry.
 */
export function xlsxSheet(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): SheetCell[][] {
  return [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((row) => row.map((value) => ({ value: value ?? '' })))];
}
