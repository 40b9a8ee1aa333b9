import { systemClock, type Clock } from '../../shared/dates/clock';
import { existsSync, statSync } from 'node:fs';
import { Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import sqlite3 from 'sqlite3';
import { AppError } from '../../shared/contract/result';
import { currentSchemaVersion, migrationNames, migrationProvider } from './migrations';
import { onlineBackup } from './online-backup';
import { allRows, closeSqlite3, openSqlite3 } from './open-sqlite3';
import type { Schema } from './schema';
import { Sqlite3Dialect } from './sqlite3-dialect';

/** An open Spinweb database file. */
export interface SpinwebDatabase {
  readonly file: string;
  readonly db: Kysely<Schema>;
  /** Opened to read only (a damaged or write-protected file): nothing can be saved. */
  readonly readOnly: boolean;
  /** Copies the live database to `destination` (SQLite online backup). */
  backupTo(destination: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open without writing anything (no migration, no WAL switch): to rescue data from a damaged file. */
  readOnly?: boolean;
  /** Stop after this many migrations (tests migrate to N-1, seed, then N). */
  migrateUpTo?: number;
  /** False for a temporary copy (a backup being rewritten): no copy of the copy before migrating it. */
  copyBeforeMigrating?: boolean;
  /** Clock for the name of the copy made before migrating (default: the machine's). */
  clock?: Clock;
}

/** The file was written by a newer Spinweb: opening it could damage it. */
export class DatabaseFromFutureError extends AppError {
  constructor(file: string, version: number) {
    super(
      'CONFLICT',
      `Het bestand "${file}" is gemaakt met een nieuwere versie van Spinweb (schema ${version}, deze versie kent ${currentSchemaVersion}). Werk Spinweb bij; het bestand is niet aangeraakt.`,
    );
  }
}

async function readSchemaVersion(raw: sqlite3.Database, file: string): Promise<number> {
  try {
    const [row] = await allRows<{ user_version: number }>(raw, 'pragma user_version');
    return row?.user_version ?? 0;
  } catch (error) {
    if (error instanceof Error && /SQLITE_NOTADB|file is not a database/.test(error.message)) {
      throw new AppError('INVALID_INPUT', `"${file}" is geen Spinweb-database (geen SQLite-bestand).`);
    }
    throw error;
  }
}

async function applyConnectionSettings(raw: sqlite3.Database): Promise<void> {
  raw.configure('busyTimeout', 5000);
  const [mode] = await allRows<{ journal_mode: string }>(raw, 'pragma journal_mode = wal');
  if (mode?.journal_mode !== 'wal') throw new Error(`Could not switch to WAL (journal_mode is ${mode?.journal_mode}).`);
  await allRows(raw, 'pragma foreign_keys = on');
  // FULL: a committed change survives a power cut, not only a crash.
  await allRows(raw, 'pragma synchronous = full');
  // Deleted and overwritten content is zeroed in the file, not left in free pages (AVG erasure, retention).
  await allRows(raw, 'pragma secure_delete = on');
}

function backupName(file: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.backup`;
}

/**
 * Opens a Spinweb database file, creating it when absent, and migrates it to
 * this build's schema. Refuses a file from a newer Spinweb, and copies the
 * file aside (online backup) before migrating an existing network.
 *
 * @example
 * const network = await openDatabase('/home/spin/spinweb.sqlite');
 * const orgs = await network.db.selectFrom('organisation').selectAll().execute();
 * await network.close();
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<SpinwebDatabase> {
  const targetVersion = options.migrateUpTo ?? currentSchemaVersion;
  if (existsSync(file) && statSync(file).isDirectory()) throw new AppError('INVALID_INPUT', `"${file}" is een map, geen databasebestand.`);
  let raw: sqlite3.Database;
  try {
    raw = options.readOnly ? await openSqlite3(file, sqlite3.OPEN_READONLY) : await openSqlite3(file);
  } catch (error) {
    throw new AppError('INVALID_INPUT', `Kan "${file}" niet openen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const db = new Kysely<Schema>({ dialect: new Sqlite3Dialect(raw) });
  const network: SpinwebDatabase = {
    file,
    db,
    readOnly: options.readOnly === true,
    backupTo: (destination) => db.connection().execute(() => onlineBackup(raw, destination)),
    close: () => db.destroy(),
  };
  try {
    const version = await readSchemaVersion(raw, file);
    if (version > currentSchemaVersion) throw new DatabaseFromFutureError(file, version);
    if (options.readOnly) {
      await allRows(raw, 'pragma query_only = on');
      return network;
    }
    await applyConnectionSettings(raw);
    if (version > 0 && version < targetVersion && options.copyBeforeMigrating !== false) {
      await network.backupTo(backupName(file, version, (options.clock ?? systemClock).now()));
    }
    if (version < targetVersion) {
      const migrator = new Migrator({ db, provider: migrationProvider(targetVersion) });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error('De migratie van het netwerkbestand is mislukt.');
      await sql.raw(`pragma user_version = ${targetVersion}`).execute(db);
    }
    return network;
  } catch (error) {
    // Kysely closes the file only if it ran a query; close it ourselves otherwise.
    await db.destroy().catch(() => undefined);
    await closeSqlite3(raw).catch(() => undefined);
    throw error;
  }
}

export { currentSchemaVersion, migrationNames };
