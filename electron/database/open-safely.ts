import type { Clock } from '../../shared/dates/clock';
import { existsSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import type { BackupInfo } from '../../shared/contract/api';
import { checkHealth, dailyBackup, latestGoodBackup, listBackups, restoreBackup, takeRestoreRequest } from './backups';
import { openDatabase, type SpinwebDatabase } from './open-database';

/** What to do with a damaged network file: the broker decides. */
export type DamageChoice = 'restore' | 'read-only';

export interface DamageReport {
  detail: string;
  /** The newest backup that passes an integrity check, with its date; null when there is none. */
  latestGood: BackupInfo | null;
}

export interface OpenedNetwork {
  network: SpinwebDatabase;
  readOnly: boolean;
  restoredFrom: BackupInfo | null;
  /** Why today's backup could not be made (a full disk): the network opens all the same, and says so. */
  backupWarning: string | null;
}

/**
 * Opens the network at start-up: a quick_check first; on damage the broker
 * chooses between restoring the latest good backup (listed with its date)
 * and opening read-only to export what can be saved. A healthy start makes
 * the daily backup.
 */
export async function openSafely(file: string, options: { clock: Clock; onDamage: (report: DamageReport) => Promise<DamageChoice> }): Promise<OpenedNetwork> {
  // A restore the broker asked for in Instellingen: done now, before the file is opened.
  const requested = takeRestoreRequest(file);
  if (requested) {
    await restoreBackup(file, requested, options.clock.now());
    return { network: await openDatabase(file), readOnly: false, restoredFrom: listBackups(file).find((backup) => backup.file === requested) ?? null, backupWarning: null };
  }
  if (existsSync(file)) {
    const health = await checkHealth(file);
    if (!health.ok) {
      const latestGood = await latestGoodBackup(file);
      const choice = await options.onDamage({ detail: health.detail, latestGood });
      if (choice === 'restore') {
        if (!latestGood) throw new AppError('NOT_FOUND', 'Er is geen goede reservekopie om terug te zetten; open het bestand alleen-lezen en exporteer wat er nog is.');
        await restoreBackup(file, latestGood.file, options.clock.now());
        const network = await openDatabase(file);
        return { network, readOnly: false, restoredFrom: latestGood, backupWarning: null };
      }
      return { network: await openDatabase(file, { readOnly: true }), readOnly: true, restoredFrom: null, backupWarning: null };
    }
  }
  const network = await openDatabase(file);
  try {
    await dailyBackup(network, options.clock.now());
    return { network, readOnly: false, restoredFrom: null, backupWarning: null };
  } catch (error) {
    // The broker can still work; the earlier backups are untouched. She is told, not stopped.
    const detail = error instanceof Error ? error.message : String(error);
    const warning = error instanceof AppError && error.code === 'DISK_FULL' ? detail : `De reservekopie van vandaag kon niet worden gemaakt (${detail}); de eerdere reservekopieën zijn bewaard.`;
    return { network, readOnly: false, restoredFrom: null, backupWarning: warning };
  }
}
