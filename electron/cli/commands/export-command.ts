import { writeFile } from 'node:fs/promises';
import writeExcelFile from 'write-excel-file/node';
import { contactsHeader, contactsTable } from '../../../shared/export/contacts-table';
import { offersHeader, offersTable } from '../../../shared/export/offers-table';
import { csvText } from '../../../shared/export/csv-text';
import { xlsxSheet } from '../../../shared/export/xlsx-sheet';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const exportUsage = 'export --db FILE --format json|csv|xlsx|vcard --out FILE [--table contacten|aanbod] [--person ID ...]  hele netwerk (json), contacten of aanbod (csv/xlsx) of vCards';

/** The spreadsheets the CLI writes: one row per contact, or one per offer with every field (the sociale kaart). */
const tables = { contacten: { header: contactsHeader, rows: contactsTable, perRow: 'één per contact' }, aanbod: { header: offersHeader, rows: offersTable, perRow: 'één per aanbod' } } as const;

export async function exportCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' }, person: { type: 'string', multiple: true }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const format = requireOption(values.format, 'format');
  if (format !== 'json' && format !== 'vcard' && format !== 'csv' && format !== 'xlsx') throw new UsageError(`Onbekend formaat "${format}"; kies json, csv, xlsx of vcard.`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  // Through the API, as the app reads: the whole network holds every casus, so its export is in the access log.
  const tableName = values.table ?? 'contacten';
  if (tableName !== 'contacten' && tableName !== 'aanbod') throw new UsageError(`Onbekende tabel "${tableName}"; kies contacten of aanbod.`);
  if (format === 'csv' || format === 'xlsx') {
    const table = tables[tableName];
    const rows = table.rows(answered(await withDatabase(file, (network) => cliApi(network).network.load({}))));
    await writeFile(out, format === 'csv' ? csvText(table.header, rows) : await writeExcelFile(xlsxSheet(table.header, rows)).toBuffer());
    return { json: { out, rows: rows.length }, text: `${countOf(rows.length, 'regel', 'regels')} (${table.perRow}) geschreven naar ${out}.` };
  }
  if (format === 'vcard') {
    const { text, count } = answered(await withDatabase(file, (network) => cliApi(network).handover.vcards(values.person ? { personIds: values.person } : {})));
    await writeFile(out, text, 'utf8');
    return { json: { out, contacts: count }, text: `${countOf(count, 'contactpersoon', 'contactpersonen')} als vCard geschreven naar ${out}.` };
  }
  const { text, rows } = answered(await withDatabase(file, (network) => cliApi(network).network.exportFile({})));
  await writeFile(out, text, 'utf8');
  return { json: { out, rows, bytes: Buffer.byteLength(text) }, text: `${countOf(rows, 'rij', 'rijen')} geëxporteerd naar ${out}.` };
}
