import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { backupsToKeep } from '../../shared/dates/backup-rotation';
import { formatMoment } from '../../shared/dates/format-date';
import { describeCounts, type NetworkCounts } from '../../shared/domain/network-stats';
import { asSingleFile, backupFolder, diskFullError, fsyncPath, isDiskFull, listBackups, manifestFileOf, readManifest, sha256Of, type BackupManifest, type BackupReason } from './backup-files';
import { inspectDatabaseFile } from './inspect-database-file';
import { currentSchemaVersion } from './migrations';
import { openDatabase, type SpinwebDatabase } from './open-database';

/** The network's own id, as stored in the file (null before migration 0005). */
async function networkIdOf(network: SpinwebDatabase): Promise<string | null> {
  const row = await network.db.selectFrom('network_identity').select('id').executeTakeFirst();
  return row?.id ?? null;
}

type CopyFacts = { bytes: number; sha256: string; counts: NetworkCounts; schemaVersion: number };

/**
 * Makes a written copy a backup: one self-contained file, fsynced, passing
 * `integrity_check`, `foreign_key_check` and this build's schema version;
 * returns what its manifest records. The same step for a new copy and for a
 * rewritten one. `problem` words the refusal.
 */
async function sealCopy(file: string, problem: (details: string) => string): Promise<CopyFacts> {
  await asSingleFile(file);
  fsyncPath(file);
  const inspection = await inspectDatabaseFile(file, currentSchemaVersion);
  if (!inspection.ok || !inspection.counts) throw new AppError('INTERNAL', problem(inspection.problems.join('; ')));
  return { bytes: inspection.bytes, sha256: sha256Of(file), counts: inspection.counts, schemaVersion: inspection.schemaVersion };
}

/** A manifest written to a temporary name and fsynced; `commit` renames it into place (after the copy it describes). */
function stageManifest(backupFile: string, manifest: BackupManifest): { commit: () => void } {
  const staged = `${manifestFileOf(backupFile)}.tmp`;
  writeFileSync(staged, `${JSON.stringify(manifest, null, 2)}\n`);
  fsyncPath(staged);
  return { commit: () => renameSync(staged, manifestFileOf(backupFile)) };
}

/**
 * Copies the open network to `destination` so that the copy is whole or
 * absent: the online backup API writes to a temporary name, the copy is
 * fsynced and must pass `integrity_check`, `foreign_key_check` and this
 * build's schema version, and only then is it renamed into place. A full
 * disk says so; nothing half-written is left behind.
 */
export async function writeVerifiedCopy(network: SpinwebDatabase, destination: string, what = 'de kopie'): Promise<CopyFacts> {
  const temporary = `${destination}.tmp`;
  try {
    mkdirSync(dirname(destination), { recursive: true });
    await network.backupTo(temporary);
    const facts = await sealCopy(temporary, (details) => `De kopie is niet in orde (${details}); er is niets overschreven.`);
    renameSync(temporary, destination);
    fsyncPath(dirname(destination));
    return facts;
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${temporary}${suffix}`, { force: true });
    if (isDiskFull(error)) throw diskFullError(what);
    throw error;
  }
}

/**
 * Makes a backup now in the network's folder: a verified copy, then its
 * manifest (size, sha256, counts), written last, so a backup without a
 * manifest was never finished. Earlier backups are never touched.
 */
export async function makeBackup(network: SpinwebDatabase, reason: BackupReason, now: Date): Promise<BackupInfo> {
  const folder = backupFolder(network.file);
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  let file = join(folder, `spinweb-${stamp}-${reason}.sqlite`);
  for (let counter = 2; existsSync(file); counter++) file = join(folder, `spinweb-${stamp}-${reason}-${counter}.sqlite`);
  const manifestFile = manifestFileOf(file);
  try {
    const copy = await writeVerifiedCopy(network, file, 'de reservekopie');
    const manifest: BackupManifest = { format: 'spinweb-reservekopie', version: 1, networkId: await networkIdOf(network), networkFile: basename(network.file), at: now.toISOString(), reason, ...copy };
    stageManifest(file, manifest).commit();
    fsyncPath(folder);
    return { file, at: manifest.at, reason, bytes: manifest.bytes, counts: manifest.counts };
  } catch (error) {
    for (const leftover of [file, `${manifestFile}.tmp`, manifestFile]) rmSync(leftover, { force: true });
    if (!(error instanceof AppError) && isDiskFull(error)) throw diskFullError('de reservekopie');
    throw error;
  }
}

/**
 * Rewrites every backup of the network through `change` (an erasure, an
 * anonymisation): each copy is opened as a temporary file (migrated when it
 * is older), changed, rebuilt without free pages, checked as a new backup is,
 * and then replaces the old copy in one rename, with a new manifest that
 * keeps its date and reason. Returns how many were rewritten.
 */
export async function rewriteBackups(databaseFile: string, change: (network: SpinwebDatabase) => Promise<void>): Promise<number> {
  const backups = listBackups(databaseFile);
  for (const backup of backups) {
    const manifest = readManifest(backup.file);
    if (!manifest) continue;
    const working = `${backup.file}.wissen.tmp`;
    try {
      copyFileSync(backup.file, working);
      const network = await openDatabase(working, { copyBeforeMigrating: false });
      try {
        await change(network);
      } finally {
        await network.close();
      }
      const facts = await sealCopy(working, (details) => `De reservekopie ${basename(backup.file)} is na het wissen niet in orde (${details}).`);
      const rewritten = stageManifest(backup.file, { ...manifest, ...facts });
      renameSync(working, backup.file);
      rewritten.commit();
    } finally {
      for (const leftover of [working, `${working}-wal`, `${working}-shm`, `${working}-journal`, `${manifestFileOf(backup.file)}.tmp`]) rmSync(leftover, { force: true });
    }
  }
  if (backups.length > 0) fsyncPath(backupFolder(databaseFile));
  return backups.length;
}

/** Removes what an interrupted backup left: copies without a manifest and temporary files. Never a verified backup. */
function removeUnfinished(folder: string): void {
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (/\.tmp(-wal|-shm|-journal)?$|\.sqlite-(wal|shm)$/.test(name) || (name.endsWith('.sqlite') && readManifest(file) === null)) rmSync(file, { force: true });
  }
}

/**
 * The daily backup: one per day (the first start of the day makes it), then
 * the rotation: 7 daily, 4 weekly and 12 monthly copies are kept. Only
 * verified backups count, and the rotation runs only after today's copy was
 * made: a failed backup never costs an older one.
 */
export async function dailyBackup(network: SpinwebDatabase, now: Date): Promise<{ made: BackupInfo | null; removed: string[] }> {
  const today = now.toISOString().slice(0, 10);
  const made = listBackups(network.file).some((backup) => backup.at.startsWith(today)) ? null : await makeBackup(network, 'dagelijks', now);
  removeUnfinished(backupFolder(network.file));
  const backups = listBackups(network.file);
  const keep = backupsToKeep(backups.map((backup) => backup.at));
  const removed = backups.filter((backup) => !keep.has(backup.at)).map((backup) => backup.file);
  for (const file of removed) for (const path of [file, manifestFileOf(file)]) rmSync(path, { force: true });
  return { made, removed };
}

/** What a restore brings back, for the broker to check first: "184 organisaties, 404 contactpersonen, 300 aanbod, 40 casussen, van 29 november 2026 om 10:02". */
export function describeBackup(backup: BackupInfo): string {
  return `${describeCounts(backup.counts)}, van ${formatMoment(backup.at)}`;
}
