import Papa from 'papaparse';
import { ImportError } from './import-error';

/** A table read from a file: the header row and the data rows with the line each starts on. */
export interface RawTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** `;`, `,`, tab; empty for a spreadsheet file. */
  delimiter: string;
  /** What reading the file itself ran into (a stray byte), per line: shown with the import's other problems. */
  problems?: { line: number; message: string }[];
}

/**
 * Control characters (terminal escapes among them) and bidirectional
 * overrides never belong in a spreadsheet cell; left in, they would reach a
 * terminal or reorder text on screen. Tabs and line breaks inside a cell stay.
 */
const unsafeCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Terminal escape sequences go whole (colour codes, titles), not only their escape character. */
const escapeSequences = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
export const withoutControlCharacters = (text: string) => text.replace(escapeSequences, '').replace(unsafeCharacters, '');

/** The table from rows whose first is the header; `lines` are the file lines the rows start on. */
export function tableFromRows(rows: readonly (readonly string[])[], lines: readonly number[], delimiter: string): RawTable {
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) throw new ImportError('Het bestand is leeg: er staat geen kopregel in.');
  const header = (rows[headerIndex] ?? []).map((cell) => withoutControlCharacters(cell).trim());
  const data = rows
    .slice(headerIndex + 1)
    .map((cells, index) => ({ line: lines[headerIndex + 1 + index] ?? headerIndex + 2 + index, cells: cells.map(withoutControlCharacters) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { header, rows: data, delimiter };
}

const candidates = [';', ',', '\t'] as const;

/**
 * The delimiter, from the header line: the candidate that occurs most often
 * outside quotes there (`;` on a tie, as Dutch Excel writes it). Papa's own
 * guess looks at the data rows too, and an empty last cell or a quoted
 * value with a delimiter inside misleads it on small files.
 */
export function detectDelimiter(text: string): string {
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const counts = candidates.map((candidate) => outsideQuotes.split(candidate).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : (candidates[counts.indexOf(best)] ?? ';');
}

/**
 * Parses CSV as Dutch and international spreadsheets write it: delimiter
 * `;`, `,` or tab (detected), quoted fields with delimiters, quotes and line
 * breaks inside, CRLF or LF. Each row keeps the line it starts on, counting
 * line breaks inside quoted cells, so a problem can be found in the file.
 */
export function readCsv(text: string): RawTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const delimiter = detectDelimiter(text);
  let line = 1;
  let position = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (row) => {
      // Count the lines up to where this row starts (skipping the line break that ended the last one).
      let start = position;
      while (start < text.length && (text[start] === '\r' || text[start] === '\n')) {
        if (text[start] === '\n') line++;
        start++;
      }
      lines.push(line);
      for (let index = start; index < row.meta.cursor; index++) if (text.charCodeAt(index) === 10) line++;
      position = row.meta.cursor;
      rows.push(row.data);
    },
  });
  return tableFromRows(rows, lines, delimiter);
}
