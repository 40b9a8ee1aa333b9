import { sql, type Kysely } from 'kysely';
import { currentSchemaVersion } from '../database/migrations';
import { tablesInDependencyOrder, type Schema, type TableName } from '../database/schema';
import type { Row } from '../changes/row';
import { selectAllRows } from '../changes/row-access';
import { networkFileFormat, type NetworkFileAsWritten } from './network-file';

/**
 * Reads every table in one transaction (a consistent snapshot), rows
 * ordered by id. The result holds no timestamp of its own: exporting the
 * same network twice gives the same bytes.
 */
export async function exportNetwork(db: Kysely<Schema>): Promise<NetworkFileAsWritten> {
  return db.transaction().execute(async (trx) => {
    // A file at an older schema (a backup being rescued, a test's old network) says so, and has only the
    // tables of its version: reading it in runs the upgrades since then (`networkFileUpgrades`).
    const [version] = (await sql<{ user_version: number }>`pragma user_version`.execute(trx)).rows;
    const present = new Set((await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(trx)).rows.map((row) => row.name));
    const tables: Partial<Record<TableName, Row[]>> = {};
    for (const table of tablesInDependencyOrder) if (present.has(table)) tables[table] = await selectAllRows(trx, table, 'id');
    return { format: networkFileFormat, schemaVersion: version?.user_version ?? currentSchemaVersion, tables };
  });
}

export function serialiseNetwork(file: NetworkFileAsWritten): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The whole network as a network file to save, with its name and how many rows it holds. */
export async function exportForDownload(db: Kysely<Schema>, today: string): Promise<{ fileName: string; text: string; rows: number }> {
  const file = await exportNetwork(db);
  const rows = Object.values(file.tables).reduce((sum, tableRows) => sum + tableRows.length, 0);
  return { fileName: `spinweb-netwerk-${today}.json`, text: serialiseNetwork(file), rows };
}
