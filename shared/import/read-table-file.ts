import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { readCsv, tableFromRows, type RawTable } from './read-csv';
import { looksLikeVcard, readVcards } from './read-vcards';
import { declaredUnpackedSize, maxUnpackedXlsxBytes } from './zip-size';

/** An XLSX file starts with the ZIP signature "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A table from a CSV, vCard or XLSX file's bytes (a vCard becomes one row per card). XLSX is read by `readXlsx`
 * (read-excel-file, given by the caller for its environment); its first sheet counts.
 */
/** A spreadsheet cell as the text a CSV would hold: a date as `2026-03-14`, an empty cell as ''. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export async function readTableFile(bytes: Uint8Array, readXlsx: (bytes: Uint8Array) => Promise<{ data: unknown[][] }[]>): Promise<RawTable & { encoding: string }> {
  if (bytes.length === 0) throw new ImportError('Het bestand is leeg.');
  if (isXlsx(bytes)) {
    // Checked before unpacking: a 2 MB zip bomb once took 4.2 GB of memory before it failed.
    const unpacked = declaredUnpackedSize(bytes);
    if (unpacked === null || unpacked > maxUnpackedXlsxBytes) {
      throw new ImportError(
        `Dit Excel-bestand pakt uit tot ${unpacked === null ? 'een onbekende grootte' : `${Math.round(unpacked / 1024 / 1024)} MB`}; Spinweb leest Excel-bestanden tot ${maxUnpackedXlsxBytes / 1024 / 1024} MB uitgepakt. Sla het op als CSV of verdeel het over meer bestanden.`,
      );
    }
    let sheets: { data: unknown[][] }[];
    try {
      sheets = await readXlsx(bytes);
    } catch (error) {
      throw new ImportError(`Het Excel-bestand kan niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`);
    }
    const rows = (sheets[0]?.data ?? []).map((row) => row.map(cellText));
    return { ...tableFromRows(rows, rows.map((_, index) => index + 1), ''), encoding: 'xlsx' };
  }
  const { text, encoding, strayByteLines } = decodeText(bytes);
  if (text.includes('\u0000')) throw new ImportError('Dit is geen tekstbestand (CSV of vCard) en geen Excel-bestand (XLSX).');
  const problems = strayByteLines.map((line) => ({ line, message: 'Een teken is geen geldige UTF-8 en is als "\uFFFD" gelezen; controleer deze regel.' }));
  if (looksLikeVcard(text)) return { ...readVcards(text), encoding: 'vcard', problems };
  return { ...readCsv(text), encoding, problems };
}
