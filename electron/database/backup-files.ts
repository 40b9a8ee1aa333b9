import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sqlite3 from 'sqlite3';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { allRows, closeSqlite3, openSqlite3 } from './open-sqlite3';

export type BackupReason = 'dagelijks' | 'voor-import' | 'voor-herstel' | 'handmatig';


/**
 * The manifest beside each backup: written only after the copy was fsynced
 * and passed every check, so a backup without one is not a backup.
 */
export const manifestSchema = z.object({
  format: z.literal('spinweb-reservekopie'),
  version: z.literal(1),
  networkId: z.string().nullable(),
  networkFile: z.string(),
  at: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int(),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.object({ organisations: z.number(), persons: z.number(), offers: z.number(), ties: z.number(), logEntries: z.number(), casussen: z.number() }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * Each network has a folder of its own, named after its file, inside
 * "reservekopieen" next to it: two networks side by side never share or
 * shadow each other's backups.
 */
export function backupFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'reservekopieen', basename(databaseFile));
}

export const manifestFileOf = (backupFile: string) => `${backupFile}.json`;

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestFileOf(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** This network's backups that have a valid manifest, newest first. */
export function listBackups(databaseFile: string): BackupInfo[] {
  const folder = backupFolder(databaseFile);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .flatMap((name) => {
      const file = join(folder, name);
      const manifest = existsSync(file) ? readManifest(file) : null;
      return manifest ? [{ file, at: manifest.at, reason: manifest.reason, bytes: manifest.bytes, counts: manifest.counts }] : [];
    })
    .sort((left, right) => right.at.localeCompare(left.at) || sequenceOf(right.file) - sequenceOf(left.file));
}

/** Backups made in the same millisecond are numbered (`-2`, `-3`, ...): the higher number is the later one. */
function sequenceOf(file: string): number {
  return Number(/-(\d+)\.sqlite$/.exec(file)?.[1] ?? 1);
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function fsyncPath(path: string): void {
  const handle = openSync(path, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** A full disk, in any of the ways Node and SQLite report it. */
export function isDiskFull(error: unknown): boolean {
  const { code, message } = error instanceof Error ? { code: (error as NodeJS.ErrnoException).code, message: error.message } : { code: undefined, message: String(error) };
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || /SQLITE_FULL|ENOSPC|disk is full/i.test(message);
}

export function diskFullError(what: string): AppError {
  return new AppError('DISK_FULL', `De schijf is vol: ${what} kon niet worden gemaakt. De eerdere reservekopieën zijn bewaard; maak ruimte vrij en probeer het opnieuw.`);
}

/**
 * The online backup copies the live file's WAL mode into the copy; switched
 * to a rollback journal, the copy is one self-contained file that opens
 * (read-only, to check it) without making -wal and -shm files beside it.
 */
export async function asSingleFile(file: string): Promise<void> {
  const db = await openSqlite3(file, sqlite3.OPEN_READWRITE);
  try {
    await allRows(db, 'pragma journal_mode = delete');
  } finally {
    await closeSqlite3(db);
  }
}

/**
 * `ok` for a healthy live file; otherwise what is wrong. Fast enough for
 * every start (quick_check, read-only); a file cut to 0 bytes is not a
 * healthy empty network but a lost one.
 */
export async function checkHealth(file: string): Promise<{ ok: boolean; detail: string }> {
  if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) === 0) return { ok: false, detail: 'het bestand is leeg (0 bytes)' };
  let db: sqlite3.Database;
  try {
    db = await openSqlite3(file, sqlite3.OPEN_READONLY);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    const detail = (await allRows<Record<string, string>>(db, 'pragma quick_check')).map((row) => Object.values(row)[0]).join('; ');
    return { ok: detail === 'ok', detail };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await closeSqlite3(db).catch(() => undefined);
  }
}
