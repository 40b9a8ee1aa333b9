import { writeFile } from 'node:fs/promises';
import { exportNetwork, serialiseNetwork } from '../../transfer/export-network';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const exportUsage = 'export --db FILE --format json --out FILE                 schrijft het hele netwerk (met historie) naar één bestand';

export async function exportCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const format = requireOption(values.format, 'format');
  if (format !== 'json') throw new UsageError(`Onbekend formaat "${format}"; kies json.`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  const network = await withDatabase(file, (opened) => exportNetwork(opened.db));
  const text = serialiseNetwork(network);
  await writeFile(out, text, 'utf8');
  const rows = Object.values(network.tables).reduce((sum, rows) => sum + rows.length, 0);
  return { json: { out, rows, bytes: Buffer.byteLength(text) }, text: `${rows} rijen geëxporteerd naar ${out}.` };
}
