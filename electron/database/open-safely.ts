import type { Clock } from '../../shared/dates/clock';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/contract/result';
import type { BackupInfo } from '../../shared/contract/api';
import { checkHealth, listBackups } from './backup-files';
import { dailyBackup } from './backups';
import { latestGoodBackup, restoreBackup, takeRestoreRequest } from './restore-backup';
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
  /** Set when a healthy file opens read-only because it may not be written (not because it is damaged). */
  writeProtected?: string;
}

/** What the broker is told about a healthy file she may not write. */
export const writeProtectedMessage = (file: string) =>
  `Het netwerkbestand ${file} is schrijfbeveiligd: het opent alleen-lezen. Bekijken en exporteren kan; om weer te wijzigen geef je het bestand en de map schrijfrechten en start je Spinweb opnieuw. Het bestand is niet beschadigd.`;

/** Whether this process may write the file and make its -wal and -shm files beside it. */
export function mayWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the network at start-up: a quick_check first; on damage the broker
 * chooses between restoring the latest good backup (listed with its date)
 * and opening read-only to export what can be saved. A healthy start makes
 * the daily backup.
 */
export async function openSafely(file: string, options: { clock: Clock; onDamage: (report: DamageReport) => Promise<DamageChoice>; mayWrite?: (file: string) => boolean }): Promise<OpenedNetwork> {
  // A restore the broker asked for in Instellingen: done now, before the file is opened.
  const requested = takeRestoreRequest(file);
  if (requested) {
    await restoreBackup(file, requested, options.clock.now());
    return { network: await openDatabase(file), readOnly: false, restoredFrom: listBackups(file).find((backup) => backup.file === requested) ?? null, backupWarning: null };
  }
  if (existsSync(file)) {
    // A file that may not be written is read-only, not damaged: no advice to restore a backup over it.
    if (!(options.mayWrite ?? mayWrite)(file)) {
      return { network: await openDatabase(file, { readOnly: true }), readOnly: true, restoredFrom: null, backupWarning: null, writeProtected: writeProtectedMessage(file) };
    }
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
