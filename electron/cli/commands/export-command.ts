import { systemClock } from '../../../shared/dates/clock';
import { writeFile } from 'node:fs/promises';
import { exportNetwork, serialiseNetwork } from '../../transfer/export-network';
import writeExcelFile from 'write-excel-file/node';
import { contactsHeader, contactsTable } from '../../../shared/export/contacts-table';
import { csvText } from '../../../shared/export/csv-text';
import { xlsxSheet } from '../../../shared/export/xlsx-sheet';
import { loadNetwork } from '../../services/load-network';
import { createServiceContext } from '../../services/service-context';
import { exportVcards } from '../../services/vcard-export';
import { logAccess } from '../../services/access-log';
import { basename } from 'node:path';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const exportUsage = 'export --db FILE --format json|csv|xlsx|vcard --out FILE [--person ID ...]  hele netwerk (json), contacten (csv/xlsx) of vCards';

export async function exportCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, person: { type: 'string', multiple: true }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const format = requireOption(values.format, 'format');
  if (format !== 'json' && format !== 'vcard' && format !== 'csv' && format !== 'xlsx') throw new UsageError(`Onbekend formaat "${format}"; kies json, csv, xlsx of vcard.`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  if (format === 'csv' || format === 'xlsx') {
    const data = await withDatabase(file, (opened) => loadNetwork(createServiceContext(opened.db, 'cli', systemClock)));
    const rows = contactsTable(data);
    await writeFile(out, format === 'csv' ? csvText(contactsHeader, rows) : await writeExcelFile(xlsxSheet(contactsHeader, rows)).toBuffer());
    return { json: { out, rows: rows.length }, text: `${rows.length} regels (één per contact) geschreven naar ${out}.` };
  }
  if (format === 'vcard') {
    const { text, count } = await withDatabase(file, (opened) => exportVcards(createServiceContext(opened.db, 'cli', systemClock), values.person));
    await writeFile(out, text, 'utf8');
    return { json: { out, contacts: count }, text: `${count} contactpersonen als vCard geschreven naar ${out}.` };
  }
  const network = await withDatabase(file, async (opened) => {
    const exported = await exportNetwork(opened.db);
    // The whole network includes every casus: a read of casus data like any other, so it is logged.
    const casussen = exported.tables.casus.length;
    if (casussen > 0) await logAccess(createServiceContext(opened.db, 'cli', systemClock), 'list', null, `export van het hele netwerk naar ${basename(out)}: ${casussen} casussen`);
    return exported;
  });
  const text = serialiseNetwork(network);
  await writeFile(out, text, 'utf8');
  const rows = Object.values(network.tables).reduce((sum, rows) => sum + rows.length, 0);
  return { json: { out, rows, bytes: Buffer.byteLength(text) }, text: `${rows} rijen geëxporteerd naar ${out}.` };
}
