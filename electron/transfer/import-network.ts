import { sql, type Kysely } from 'kysely';
import { parseJsonText } from '../../shared/contract/parse-json-text';
import { AppError } from '../../shared/contract/result';
import { currentSchemaVersion, networkFileUpgrades, oldestReadableNetworkFile } from '../database/migrations';
import { tablesInDependencyOrder, type Schema, type TableName } from '../database/schema';
import { insertRows, type Executor } from '../changes/row-access';
import { networkFileAsWritten, type NetworkFile, type NetworkFileAsWritten } from './network-file';
import { entityServices } from '../services/entity-services';

/** Parses and checks a network file's text; throws a Dutch INVALID_INPUT error naming the problem. */
export function parseNetworkFile(text: string): NetworkFile {
  return upToDate(parseJsonText(text, networkFileAsWritten, 'Het netwerkbestand'));
}

/** A file written at an older schema version brought up to this one by the upgrades since (a newer one, or one too old, refused). */
function upToDate(file: NetworkFileAsWritten): NetworkFile {
  if (file.schemaVersion > currentSchemaVersion) {
    throw new AppError('INVALID_INPUT', `Het netwerkbestand heeft schemaversie ${file.schemaVersion} en is gemaakt met een nieuwere Spinweb; deze leest tot en met versie ${currentSchemaVersion}. Werk Spinweb bij.`);
  }
  if (file.schemaVersion < oldestReadableNetworkFile) {
    throw new AppError('INVALID_INPUT', `Het netwerkbestand heeft schemaversie ${file.schemaVersion}; deze Spinweb leest versie ${oldestReadableNetworkFile} tot en met ${currentSchemaVersion}. Lees het eerst in met de Spinweb waarmee het gemaakt is en exporteer het opnieuw.`);
  }
  // A new table list, not a copy of every row: the upgrades add tables, and set what a row lacks in place (as before).
  const tables: Partial<Record<TableName, Record<string, string | number | null>[]>> = { ...file.tables };
  for (let version = file.schemaVersion + 1; version <= currentSchemaVersion; version++) networkFileUpgrades[version]?.(tables);
  const missing = tablesInDependencyOrder.filter((table) => tables[table] === undefined);
  if (missing.length > 0) throw new AppError('INVALID_INPUT', `Het netwerkbestand klopt niet: ${missing.map((table) => `tabel ${table} ontbreekt`).join(', ')}.`);
  return { ...file, schemaVersion: currentSchemaVersion, tables: tables as NetworkFile['tables'] };
}

async function columnsOf(executor: Executor, table: TableName): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(executor);
  return new Set(rows.map((row) => row.name));
}

// Tables a new database fills itself (the default taxonomy terms): the
// imported network's own copy replaces them.
const replacedOnImport: readonly TableName[] = ['taxonomy_term'];

async function assertEmpty(executor: Executor): Promise<void> {
  for (const table of tablesInDependencyOrder) {
    if (replacedOnImport.includes(table)) continue;
    const { rows } = await sql<{ found: number }>`select exists (select 1 from ${sql.table(table)}) as found`.execute(executor);
    if (rows[0]?.found) {
      throw new AppError('CONFLICT', `De doeldatabase is niet leeg (tabel ${table} heeft gegevens). Importeer een volledig netwerk alleen in een nieuw, leeg bestand.`);
    }
  }
}

/**
 * Loads a complete network (from `exportNetwork`) into an empty database:
 * the same ids, the same history. One transaction: it lands completely or
 * not at all.
 */
export async function importNetwork(db: Kysely<Schema>, written: NetworkFileAsWritten): Promise<void> {
  const file = upToDate(written);
  await db.transaction().execute(async (trx) => {
    await assertEmpty(trx);
    // Rows arrive parents-first, but self-references (a buurt in a neighbourhood) may
    // not: check foreign keys at commit, then verify explicitly below.
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    for (const table of replacedOnImport) await sql`delete from ${sql.table(table)}`.execute(trx);
    for (const table of tablesInDependencyOrder) {
      const rows = file.tables[table];
      const columns = await columnsOf(trx, table);
      rows.forEach((row, index) => {
        const unknown = Object.keys(row).filter((column) => !columns.has(column));
        if (unknown.length > 0) throw new AppError('INVALID_INPUT', `Tabel ${table}, rij ${index + 1}: onbekende kolom ${unknown.join(', ')}.`);
      });
      try {
        await insertRows(trx, table, rows);
      } catch (error) {
        throw new AppError('INVALID_INPUT', `Tabel ${table} kan niet worden ingelezen: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const { rows: broken } = await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(trx);
    const [first] = broken;
    if (first) {
      throw new AppError('INVALID_INPUT', `Het netwerkbestand verwijst naar ontbrekende gegevens (${broken.length}×, bijvoorbeeld ${first.table} -> ${first.parent}).`);
    }
    // Every record read back as the app will read it, through the API's own schemas and rules: what lands here can be searched, shown and exported.
    const problems: string[] = [];
    for (const service of Object.values(entityServices)) if (problems.length < 5) problems.push(...(await service.problemsInStored(trx)));
    if (problems.length > 0) throw new AppError('INVALID_INPUT', `Het netwerkbestand klopt niet; er is niets ingelezen. ${problems.slice(0, 5).join(' ')}`);
  });
}
