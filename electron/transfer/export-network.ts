import type { Kysely } from 'kysely';
import { currentSchemaVersion } from '../database/migrations';
import { tablesInDependencyOrder, type Schema, type TableName } from '../database/schema';
import type { Row } from '../changes/row';
import { selectAllRows } from '../changes/row-access';
import { networkFileFormat, type NetworkFile } from './network-file';

/**
 * Reads every table in one transaction (a consistent snapshot), rows
 * ordered by id. The result holds no timestamp of its own: exporting the
 * same network twice gives the same bytes.
 */
export async function exportNetwork(db: Kysely<Schema>): Promise<NetworkFile> {
  return db.transaction().execute(async (trx) => {
    const tables = {} as Record<TableName, Row[]>;
    for (const table of tablesInDependencyOrder) tables[table] = await selectAllRows(trx, table, 'id');
    return { format: networkFileFormat, schemaVersion: currentSchemaVersion, tables };
  });
}

export function serialiseNetwork(file: NetworkFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The whole network as a network file to save, with its name and how many rows it holds. */
export async function exportForDownload(db: Kysely<Schema>, today: string): Promise<{ fileName: string; text: string; rows: number }> {
  const file = await exportNetwork(db);
  const rows = Object.values(file.tables).reduce((sum, tableRows) => sum + tableRows.length, 0);
  return { fileName: `spinweb-netwerk-${today}.json`, text: serialiseNetwork(file), rows };
}
