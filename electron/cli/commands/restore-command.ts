import { existsSync } from 'node:fs';
import { systemClock } from '../../../shared/dates/clock';
import { countOf } from '../../../shared/text/plural';
import { AppError } from '../../../shared/contract/result';
import { checkHealth, listBackups } from '../../database/backup-files';
import { describeBackup } from '../../database/backups';
import { latestGoodBackup, restoreBackup } from '../../database/restore-backup';
import { parseCommandArguments, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import type { CliIo, CommandOutput } from './command';
import { replayErasureLedger } from '../../services/erase-in-copies';
import { createServiceContext } from '../../services/service-context';
import { withDatabase } from '../with-database';

export const restoreUsage = 'restore --db FILE [--from BACKUP | --list]              zet een reservekopie terug (standaard de laatste goede)';

export async function restoreCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, from: { type: 'string' }, list: { type: 'boolean' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireOption(values.db, 'db');
  if (values.list) {
    const backups = listBackups(file);
    const text = backups.length === 0 ? `Geen reservekopieën van ${file}.` : backups.map((backup) => `${describeBackup(backup)}  (${backup.reason}, ${(backup.bytes / 1024 / 1024).toFixed(1)} MB)\n    ${backup.file}`).join('\n');
    return { json: backups, text };
  }
  if (values.from !== undefined && !existsSync(values.from)) throw new UsageError(`Reservekopie niet gevonden: ${values.from}`);
  const chosen = values.from ?? (await latestGoodBackup(file))?.file;
  if (!chosen) throw new AppError('NOT_FOUND', `Geen goede reservekopie gevonden van ${file}.`);
  const health = existsSync(file) ? await checkHealth(file) : { ok: false, detail: 'bestand ontbreekt' };
  const { keptAs } = await restoreBackup(file, chosen, systemClock.now());
  // What was erased after the copy was made stays erased (the erasure ledger), also in a copy chosen by hand.
  const reErased = await withDatabase(file, (network) => replayErasureLedger(network, createServiceContext(network.db, 'cli', systemClock, { databaseFile: file })));
  const described = listBackups(file).find((backup) => backup.file === chosen);
  const text = [
    `Teruggezet: ${described ? describeBackup(described) : chosen}.`,
    reErased > 0 ? `Opnieuw gewist wat na deze kopie was gewist: ${countOf(reErased, 'record', 'records')}.` : '',
    keptAs ? `Het vorige bestand (${health.ok ? 'gezond' : `beschadigd: ${health.detail}`}) staat ernaast als ${keptAs}.` : '',
  ].filter(Boolean).join('\n');
  return { json: { restored: chosen, counts: described?.counts ?? null, reErased, keptAs, previousHealthy: health.ok }, text };
}
