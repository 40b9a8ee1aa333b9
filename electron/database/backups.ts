import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sqlite3 from 'sqlite3';
import { backupsToKeep } from '../../shared/dates/backup-rotation';
import { AppError } from '../../shared/contract/result';
import type { SpinwebDatabase } from './open-database';

/** A copy of the network in the backup folder. */
export interface BackupFile {
  file: string;
  /** When it was made (ISO, from the file name). */
  at: string;
  reason: string;
  bytes: number;
}

const namePattern = /^spinweb-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-([a-z-]+)\.sqlite$/;

/** Backups live next to the network file, in "reservekopieen" (inside the user's data folder for the app). */
export function backupFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'reservekopieen');
}

export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupFolder(databaseFile);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const match = namePattern.exec(name);
      if (!match) return [];
      const file = join(folder, name);
      return [{ file, at: `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`, reason: match[5]!, bytes: statSync(file).size }];
    })
    .sort((left, right) => right.at.localeCompare(left.at));
}

/** Makes a backup now (SQLite online backup API) into the backup folder. */
export async function makeBackup(network: SpinwebDatabase, reason: 'dagelijks' | 'voor-import' | 'voor-herstel' | 'handmatig', now: Date): Promise<BackupFile> {
  const folder = backupFolder(network.file);
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const file = join(folder, `spinweb-${stamp}-${reason}.sqlite`);
  await network.backupTo(file);
  return { file, at: `${now.toISOString().slice(0, 19)}Z`, reason, bytes: statSync(file).size };
}

/**
 * The daily backup: one per day (the first start of the day makes it), then
 * the rotation: 7 daily, 4 weekly and 12 monthly copies are kept.
 */
export async function dailyBackup(network: SpinwebDatabase, now: Date): Promise<{ made: BackupFile | null; removed: string[] }> {
  const today = now.toISOString().slice(0, 10);
  const made = listBackups(network.file).some((backup) => backup.at.startsWith(today)) ? null : await makeBackup(network, 'dagelijks', now);
  const backups = listBackups(network.file);
  const keep = backupsToKeep(backups.map((backup) => backup.at));
  const removed = backups.filter((backup) => !keep.has(backup.at)).map((backup) => backup.file);
  for (const file of removed) rmSync(file, { force: true });
  return { made, removed };
}

function checkFile(file: string, pragma: 'quick_check' | 'integrity_check'): Promise<string> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return resolve(openError.message);
      db.all(`pragma ${pragma}`, (error, rows: { [key: string]: string }[]) => {
        db.close(() => resolve(error ? error.message : rows.map((row) => Object.values(row)[0]).join('; ')));
      });
    });
  });
}

/** `ok` for a healthy file; otherwise what SQLite says is wrong (quick_check, read-only). */
export async function checkHealth(file: string): Promise<{ ok: boolean; detail: string }> {
  const detail = await checkFile(file, 'quick_check');
  return { ok: detail === 'ok', detail };
}

/** The newest backup that passes a full integrity check. */
export async function latestGoodBackup(databaseFile: string): Promise<BackupFile | null> {
  for (const backup of listBackups(databaseFile)) {
    if ((await checkFile(backup.file, 'integrity_check')) === 'ok') return backup;
  }
  return null;
}

/**
 * Puts a backup in place of the network file, which must be closed. The
 * current file (damaged or not) is kept beside it, never thrown away.
 */
export async function restoreBackup(databaseFile: string, backupFile: string, now: Date): Promise<{ keptAs: string | null }> {
  if ((await checkFile(backupFile, 'integrity_check')) !== 'ok') throw new AppError('INVALID_INPUT', `De reservekopie ${basename(backupFile)} is zelf beschadigd; kies een andere.`);
  let keptAs: string | null = null;
  if (existsSync(databaseFile)) {
    keptAs = `${databaseFile}.vervangen-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`;
    renameSync(databaseFile, keptAs);
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, `${keptAs ?? databaseFile}${suffix}`);
  copyFileSync(backupFile, databaseFile);
  return { keptAs };
}

/** The file naming a backup to put back at the next start (the live file cannot be swapped while open). */
export const restoreRequestFile = (databaseFile: string) => join(backupFolder(databaseFile), 'terugzetten-bij-start.json');

/** Asks for `backupFile` to be restored at the next start; it must be one of this network's backups. */
export function requestRestore(databaseFile: string, backupFile: string): BackupFile {
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
