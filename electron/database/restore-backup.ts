import { copyFileSync, existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { backupFolder, diskFullError, fsyncPath, isDiskFull, listBackups, readManifest, sha256Of } from './backup-files';
import { assertNotInUse } from './in-use';
import { inspectDatabaseFile, readNetworkId } from './inspect-database-file';
import { currentSchemaVersion } from './migrations';

/**
 * Whether a backup is whole: its bytes are the ones its manifest promised
 * (sha256), and it passes the checks again now.
 */
async function verifyBackup(backupFile: string, networkId: string | null): Promise<string | null> {
  const manifest = readManifest(backupFile);
  if (!manifest) return 'er is geen manifest: de kopie is nooit afgemaakt of gecontroleerd';
  if (networkId !== null && manifest.networkId !== null && manifest.networkId !== networkId) return 'de reservekopie hoort bij een ander netwerk';
  if (!existsSync(backupFile) || sha256Of(backupFile) !== manifest.sha256) return 'de inhoud is veranderd sinds de reservekopie werd gemaakt';
  const inspection = await inspectDatabaseFile(backupFile);
  if (!inspection.ok) return inspection.problems.join('; ');
  if (inspection.schemaVersion > currentSchemaVersion) return 'de reservekopie komt uit een nieuwere Spinweb';
  return null;
}

/** The newest backup of this network that is whole (manifest, checksum, checks), or null. */
export async function latestGoodBackup(databaseFile: string): Promise<BackupInfo | null> {
  const networkId = await readNetworkId(databaseFile);
  for (const backup of listBackups(databaseFile)) {
    if ((await verifyBackup(backup.file, networkId)) === null) return backup;
  }
  return null;
}

/**
 * Puts a backup in place of the network file. Refused while the network is
 * open anywhere (the app, browser mode, another command), for a copy that is
 * not whole, and for another network's copy. The current file (damaged or
 * not) is kept beside it; the swap is one rename, so the path never points
 * at nothing or at half a file.
 *
 * `backupFile` is one of the network's verified backups, or (with `--from`)
 * any file that passes the checks, such as a copy made with `backup --out`.
 */
export async function restoreBackup(databaseFile: string, backupFile: string, now: Date): Promise<{ keptAs: string | null }> {
  const fromFolder = listBackups(databaseFile).some((backup) => backup.file === backupFile);
  const networkId = await readNetworkId(databaseFile);
  const problem = fromFolder ? await verifyBackup(backupFile, networkId) : await verifyLooseCopy(backupFile, networkId);
  if (problem) throw new AppError('INVALID_INPUT', `De reservekopie ${basename(backupFile)} is niet bruikbaar: ${problem}. Kies een andere; er is niets veranderd.`);
  if (existsSync(databaseFile)) await assertNotInUse(databaseFile);
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const incoming = `${databaseFile}.terugzetten-${stamp}.tmp`;
  const keptAs = existsSync(databaseFile) ? `${databaseFile}.vervangen-${stamp}` : null;
  try {
    copyFileSync(backupFile, incoming);
    fsyncPath(incoming);
    if (keptAs) keepBeside(databaseFile, keptAs);
    for (const suffix of ['-wal', '-shm']) if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, `${keptAs ?? databaseFile}${suffix}`);
    renameSync(incoming, databaseFile);
    fsyncPath(dirname(databaseFile));
  } catch (error) {
    rmSync(incoming, { force: true });
    if (isDiskFull(error)) throw diskFullError('de terug te zetten kopie');
    throw error;
  }
  return { keptAs };
}

/** The current file stays under a second name: a hard link where the file system has them, else a copy. */
function keepBeside(file: string, keptAs: string): void {
  try {
    linkSync(file, keptAs);
  } catch {
    copyFileSync(file, keptAs);
  }
}

/** A copy chosen by hand (`restore --from`): no manifest to trust, so the file itself must pass. */
async function verifyLooseCopy(file: string, networkId: string | null): Promise<string | null> {
  if (!existsSync(file)) return 'het bestand bestaat niet';
  const inspection = await inspectDatabaseFile(file);
  if (!inspection.ok) return inspection.problems.join('; ');
  if (inspection.schemaVersion > currentSchemaVersion) return 'de kopie komt uit een nieuwere Spinweb';
  if (networkId !== null && inspection.networkId !== null && inspection.networkId !== networkId) return 'de kopie hoort bij een ander netwerk';
  return null;
}

/** The file naming a backup to put back at the next start (the live file cannot be swapped while open). */
export const restoreRequestFile = (databaseFile: string) => join(backupFolder(databaseFile), 'terugzetten-bij-start.json');

/** Asks for `backupFile` to be restored at the next start; it must be one of this network's backups. */
export function requestRestore(databaseFile: string, backupFile: string): BackupInfo {
  const backup = listBackups(databaseFile).find((candidate) => candidate.file === backupFile);
  if (!backup) throw new AppError('NOT_FOUND', 'Deze reservekopie bestaat niet (meer).');
  writeFileSync(restoreRequestFile(databaseFile), JSON.stringify({ file: backup.file }));
  return backup;
}

/** The backup asked for at the last run, if any (the request is consumed). */
export function takeRestoreRequest(databaseFile: string): string | null {
  const request = restoreRequestFile(databaseFile);
  if (!existsSync(request)) return null;
  try {
    const { file } = JSON.parse(readFileSync(request, 'utf8')) as { file?: unknown };
    return typeof file === 'string' && listBackups(databaseFile).some((backup) => backup.file === file) ? file : null;
  } finally {
    rmSync(request, { force: true });
  }
}
