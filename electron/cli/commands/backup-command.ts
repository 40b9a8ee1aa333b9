import { existsSync } from 'node:fs';
import { writeVerifiedCopy } from '../../database/backups';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { describeCounts } from '../../../shared/domain/network-stats';

export const backupUsage = 'backup --db FILE --out FILE                               maakt een reservekopie (SQLite online backup)';

export async function backupCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  if (existsSync(out)) throw new UsageError(`${out} bestaat al; kies een nieuwe naam, zodat een eerdere reservekopie niet verloren gaat.`);
  const copy = await withDatabase(file, (network) => writeVerifiedCopy(network, out));
  return { json: { out, ...copy }, text: `Reservekopie geschreven naar ${out} en gecontroleerd: ${describeCounts(copy.counts)}.` };
}
