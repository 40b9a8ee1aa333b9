import Papa from 'papaparse';
import { safeCell } from '../normalise/spreadsheet-cell';

/** A number as Dutch Excel reads it: a decimal comma (48,6), no thousands separator. */
const dutchNumber = (value: number) => String(value).replace('.', ',');

/**
 * Rows as CSV the way Dutch Excel reads them: semicolons, a byte-order mark
 * (UTF-8), decimal commas, formulas neutralised.
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cells = rows.map((row) => row.map((value) => (typeof value === 'number' ? dutchNumber(value) : safeCell(value))));
  return `\uFEFF${Papa.unparse({ fields: [...header], data: cells }, { delimiter: ';' })}`;
}
