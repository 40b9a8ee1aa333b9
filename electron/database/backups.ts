import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sqlite3 from 'sqlite3';
import { z } from 'zod';
import { backupsToKeep } from '../../shared/dates/backup-rotation';
import { AppError } from '../../shared/contract/result';
import type { BackupInfo } from '../../shared/contract/api';
import { describeCounts, type NetworkCounts } from '../../shared/domain/network-stats';
import { formatMoment } from '../../shared/dates/format-moment';
import { inspectDatabaseFile } from './inspect-database-file';
import { currentSchemaVersion } from './migrations';
import { openDatabase, type SpinwebDatabase } from './open-database';
import { assertNotInUse } from './in-use';
import { allRows, closeSqlite3, openSqlite3 } from './open-sqlite3';

export type BackupReason = 'dagelijks' | 'voor-import' | 'voor-herstel' | 'handmatig';


/**
 * The manifest beside each backup: written only after the copy was fsynced
 * and passed every check, so a backup without one is not a backup.
 */
const manifestSchema = z.object({
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
type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * Each network has a folder of its own, named after its file, inside
 * "reservekopieen" next to it: two networks side by side never share or
 * shadow each other's backups.
 */
export function backupFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'reservekopieen', basename(databaseFile));
}

const manifestFileOf = (backupFile: string) => `${backupFile}.json`;

function readManifest(backupFile: string): BackupManifest | null {
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

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function fsyncPath(path: string): void {
  const handle = openSync(path, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** A full disk, in any of the ways Node and SQLite report it. */
function isDiskFull(error: unknown): boolean {
  const { code, message } = error instanceof Error ? { code: (error as NodeJS.ErrnoException).code, message: error.message } : { code: undefined, message: String(error) };
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || /SQLITE_FULL|ENOSPC|disk is full/i.test(message);
}

export function diskFullError(what: string): AppError {
  return new AppError('DISK_FULL', `De schijf is vol: ${what} kon niet worden gemaakt. De eerdere reservekopieën zijn bewaard; maak ruimte vrij en probeer het opnieuw.`);
}

/** The network's own id, as stored in the file (null before migration 0005). */
async function networkIdOf(network: SpinwebDatabase): Promise<string | null> {
  const row = await network.db.selectFrom('network_identity').select('id').executeTakeFirst();
  return row?.id ?? null;
}

/**
 * The online backup copies the live file's WAL mode into the copy; switched
 * to a rollback journal, the copy is one self-contained file that opens
 * (read-only, to check it) without making -wal and -shm files beside it.
 */
async function asSingleFile(file: string): Promise<void> {
  const db = await openSqlite3(file, sqlite3.OPEN_READWRITE);
  try {
    await allRows(db, 'pragma journal_mode = delete');
  } finally {
    await closeSqlite3(db);
  }
}

/**
 * Copies the open network to `destination` so that the copy is whole or
 * absent: the online backup API writes to a temporary name, the copy is
 * fsynced and must pass `integrity_check`, `foreign_key_check` and this
 * build's schema version, and only then is it renamed into place. A full
 * disk says so; nothing half-written is left behind.
 */
export async function writeVerifiedCopy(network: SpinwebDatabase, destination: string, what = 'de kopie'): Promise<{ bytes: number; sha256: string; counts: NetworkCounts; schemaVersion: number }> {
  const temporary = `${destination}.tmp`;
  try {
    mkdirSync(dirname(destination), { recursive: true });
    await network.backupTo(temporary);
    await asSingleFile(temporary);
    fsyncPath(temporary);
    const inspection = await inspectDatabaseFile(temporary, currentSchemaVersion);
    if (!inspection.ok || !inspection.counts) throw new AppError('INTERNAL', `De kopie is niet in orde (${inspection.problems.join('; ')}); er is niets overschreven.`);
    const sha256 = sha256Of(temporary);
    renameSync(temporary, destination);
    fsyncPath(dirname(destination));
    return { bytes: inspection.bytes, sha256, counts: inspection.counts, schemaVersion: inspection.schemaVersion };
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
    writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncPath(`${manifestFile}.tmp`);
    renameSync(`${manifestFile}.tmp`, manifestFile);
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
      await asSingleFile(working);
      fsyncPath(working);
      const inspection = await inspectDatabaseFile(working, currentSchemaVersion);
      if (!inspection.ok || !inspection.counts) throw new AppError('INTERNAL', `De reservekopie ${basename(backup.file)} is na het wissen niet in orde (${inspection.problems.join('; ')}).`);
      const rewritten: BackupManifest = { ...manifest, schemaVersion: inspection.schemaVersion, bytes: inspection.bytes, sha256: sha256Of(working), counts: inspection.counts };
      writeFileSync(`${manifestFileOf(backup.file)}.tmp`, `${JSON.stringify(rewritten, null, 2)}\n`);
      fsyncPath(`${manifestFileOf(backup.file)}.tmp`);
      renameSync(working, backup.file);
      renameSync(`${manifestFileOf(backup.file)}.tmp`, manifestFileOf(backup.file));
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

/** The network id in a live file, when it can still be read (a damaged file may not tell). */
async function liveNetworkId(databaseFile: string): Promise<string | null> {
  return existsSync(databaseFile) ? (await inspectDatabaseFile(databaseFile)).networkId : null;
}

/** The newest backup of this network that is whole (manifest, checksum, checks), or null. */
export async function latestGoodBackup(databaseFile: string): Promise<BackupInfo | null> {
  const networkId = await liveNetworkId(databaseFile);
  for (const backup of listBackups(databaseFile)) {
    if ((await verifyBackup(backup.file, networkId)) === null) return backup;
  }
  return null;
}

/** What a restore brings back, for the broker to check first: "184 organisaties, 404 contactpersonen, 300 aanbod, 40 casussen, van 29 november 2026 om 10:02". */
export function describeBackup(backup: BackupInfo): string {
  return `${describeCounts(backup.counts)}, van ${formatMoment(backup.at)}`;
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
  const networkId = await liveNetworkId(databaseFile);
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
