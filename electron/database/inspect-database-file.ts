import { existsSync, statSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import type { NetworkCounts } from '../../shared/domain/network-stats';
import { allRows, closeSqlite3, openSqlite3 } from './open-sqlite3';
import { countOf } from '../../shared/text/plural';


export interface FileInspection {
  /** True when the file is a whole Spinweb network: integrity and foreign keys ok, a schema, not empty. */
  ok: boolean;
  /** What is wrong, in Dutch; empty when ok. */
  problems: string[];
  bytes: number;
  schemaVersion: number;
  networkId: string | null;
  counts: NetworkCounts | null;
}

const countedTables = ['organisation', 'person', 'offer', 'tie', 'log_entry', 'casus'];

/**
 * Checks a database file as a whole, read-only: `integrity_check`,
 * `foreign_key_check`, the schema version and what it holds. A 0-byte file
 * (a backup written on a full disk) opens in SQLite as an empty database and
 * passes `integrity_check`; here it fails, for it holds no network.
 */
export async function inspectDatabaseFile(file: string, expectedSchemaVersion?: number): Promise<FileInspection> {
  const bytes = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  const empty: FileInspection = { ok: false, problems: [], bytes, schemaVersion: 0, networkId: null, counts: null };
  if (bytes === 0) return { ...empty, problems: ['het bestand is leeg (0 bytes)'] };
  let db: sqlite3.Database;
  try {
    db = await openSqlite3(file, sqlite3.OPEN_READONLY);
  } catch (error) {
    return { ...empty, problems: [`het bestand opent niet: ${error instanceof Error ? error.message : String(error)}`] };
  }
  try {
    const problems: string[] = [];
    const integrity = (await allRows<{ integrity_check: string }>(db, 'pragma integrity_check')).map((row) => row.integrity_check);
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 3).join('; ')}`);
    const brokenReferences = await allRows(db, 'pragma foreign_key_check');
    if (brokenReferences.length > 0) problems.push(`${countOf(brokenReferences.length, 'verwijzing', 'verwijzingen')} naar records die niet bestaan`);
    const schemaVersion = (await allRows<{ user_version: number }>(db, 'pragma user_version'))[0]?.user_version ?? 0;
    if (schemaVersion === 0) problems.push('het bestand bevat geen Spinweb-netwerk');
    if (expectedSchemaVersion !== undefined && schemaVersion !== expectedSchemaVersion) problems.push(`schemaversie ${schemaVersion}, verwacht ${expectedSchemaVersion}`);
    const tables = new Set((await allRows<{ name: string }>(db, "select name from sqlite_master where type = 'table'")).map((row) => row.name));
    const networkId = tables.has('network_identity') ? ((await allRows<{ id: string }>(db, 'select id from network_identity limit 1'))[0]?.id ?? null) : null;
    let counts: NetworkCounts | null = null;
    if (countedTables.every((table) => tables.has(table))) {
      const count = async (table: string) => (await allRows<{ n: number }>(db, `select count(*) as n from ${table}`))[0]?.n ?? 0;
      counts = { organisations: await count('organisation'), persons: await count('person'), offers: await count('offer'), ties: await count('tie'), logEntries: await count('log_entry'), casussen: await count('casus') };
    } else if (schemaVersion > 0) {
      problems.push('tabellen ontbreken');
    }
    return { ok: problems.length === 0, problems, bytes, schemaVersion, networkId, counts };
  } catch (error) {
    return { ...empty, problems: [`het bestand is onleesbaar: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    await closeSqlite3(db).catch(() => undefined);
  }
}

/** Which network a file is, read alone (no checks): null when the file does not open or predates migration 0005. */
export async function readNetworkId(file: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  try {
    const db = await openSqlite3(file, sqlite3.OPEN_READONLY);
    try {
      return (await allRows<{ id: string }>(db, 'select id from network_identity limit 1'))[0]?.id ?? null;
    } finally {
      await closeSqlite3(db).catch(() => undefined);
    }
  } catch {
    return null;
  }
}
