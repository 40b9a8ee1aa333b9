import { serialiseNetwork } from './export-network';
import sqlite3 from 'sqlite3';
import { tablesInDependencyOrder, type TableName } from '../database/schema';
import { currentSchemaVersion } from '../database/migrations';
import { allRows, closeSqlite3, openSqlite3 } from '../database/open-sqlite3';
import type { Row } from '../changes/row';
import { networkFileFormat, type NetworkFileAsWritten } from './network-file';

/** What a rescue could not bring along, per table. */
export interface RescueLoss {
  table: TableName;
  /** Rows on damaged pages: unreadable. */
  unreadable: number;
  /** Rows that pointed at something unreadable, left out so the rest reads back in. */
  orphaned: number;
  /** The whole table could not be read. */
  lostWhole: boolean;
}

export interface RescueOutcome {
  file: NetworkFileAsWritten;
  rows: number;
  losses: RescueLoss[];
}

const chunk = 100;

/** Reads a table around its damage: whole, else in rowid ranges, else row by row. */
async function readAround(db: sqlite3.Database, table: TableName): Promise<{ rows: Row[]; unreadable: number; lostWhole: boolean }> {
  try {
    return { rows: await allRows<Row>(db, `select * from ${table} order by rowid`), unreadable: 0, lostWhole: false };
  } catch {
    // Damaged somewhere: below.
  }
  let bounds: { low: number | null; high: number | null } | undefined;
  try {
    [bounds] = await allRows<{ low: number | null; high: number | null }>(db, `select min(rowid) as low, max(rowid) as high from ${table}`);
  } catch {
    return { rows: [], unreadable: 0, lostWhole: true };
  }
  const rows: Row[] = [];
  let unreadable = 0;
  if (!bounds || bounds.low === null || bounds.high === null) return { rows, unreadable, lostWhole: false };
  for (let start = bounds.low; start <= bounds.high; start += chunk) {
    try {
      rows.push(...(await allRows<Row>(db, `select * from ${table} where rowid between ? and ? order by rowid`, [start, start + chunk - 1])));
      continue;
    } catch {
      // One damaged range: row by row.
    }
    for (let rowid = start; rowid < start + chunk && rowid <= bounds.high; rowid++) {
      try {
        rows.push(...(await allRows<Row>(db, `select * from ${table} where rowid = ?`, [rowid])));
      } catch {
        unreadable++;
      }
    }
  }
  return { rows, unreadable, lostWhole: false };
}

/**
 * Everything that can still be read from a damaged network file, opened
 * read-only: each table as far as its pages allow, then without the rows
 * that point at what was lost, so the result reads back in with
 * `import-json` (the network file format, history included where readable).
 */
export async function rescueNetwork(databaseFile: string): Promise<RescueOutcome> {
  const db = await openSqlite3(databaseFile, sqlite3.OPEN_READONLY);
  try {
    const tables: Partial<Record<TableName, Row[]>> = {};
    // A file from an older version lacks the tables added since: not a loss (reading it in adds them). A
    // damaged catalogue is no reason to skip any.
    const catalogue = await allRows<{ name: string }>(db, `select name from sqlite_master where type = 'table'`).catch(() => null);
    const idsOf = new Map<string, Set<unknown>>();
    const losses: RescueLoss[] = [];
    for (const table of tablesInDependencyOrder) {
      if (catalogue && !catalogue.some((entry) => entry.name === table)) continue;
      const read = await readAround(db, table);
      const references = await allRows<{ table: string; from: string }>(db, `select "table", "from" from pragma_foreign_key_list('${table}')`).catch(() => []);
      // Parents come first, so their surviving ids are known; a table pointing at itself (a buurt in a neighbourhood) is settled by repeating.
      let kept = read.rows;
      for (let changed = true; changed; ) {
        const own = new Set(kept.map((row) => row.id));
        const next = kept.filter((row) =>
          references.every((reference) => {
            const target = row[reference.from];
            if (target === null || target === undefined) return true;
            return (reference.table === table ? own : idsOf.get(reference.table))?.has(target) ?? false;
          }),
        );
        changed = next.length !== kept.length;
        kept = next;
      }
      tables[table] = kept;
      idsOf.set(table, new Set(kept.map((row) => row.id)));
      const orphaned = read.rows.length - kept.length;
      if (read.unreadable > 0 || orphaned > 0 || read.lostWhole) losses.push({ table, unreadable: read.unreadable, orphaned, lostWhole: read.lostWhole });
    }
    const rows = Object.values(tables).reduce((sum, rowsOf) => sum + rowsOf.length, 0);
    const schemaVersion = (await allRows<{ user_version: number }>(db, 'pragma user_version').catch(() => []))[0]?.user_version ?? currentSchemaVersion;
    return { file: { format: networkFileFormat, schemaVersion, tables }, rows, losses };
  } finally {
    await closeSqlite3(db).catch(() => undefined);
  }
}

/** Tables in the broker's words; link tables say what they link. */
const tableLabels: Partial<Record<TableName, string>> = {
  neighbourhood: 'wijken',
  taxonomy_term: 'lijstwaarden',
  organisation: 'organisaties',
  person: 'contactpersonen',
  affiliation: 'rollen',
  offer: 'aanbod',
  tie: 'verbindingen',
  log_entry: 'logboekregels',
  casus: 'casussen',
  casus_match: 'koppelingen van casussen',
  casus_follow_up: 'vervolgcontacten',
  setting: 'instellingen',
  node_position: 'kaartposities',
  change_set: 'historie (wijzigingen)',
  change: 'historie (details)',
  access_log: 'inzagelog',
};

/** `verbindingen: 12 onleesbaar, 3 weggelaten (verwezen naar verloren gegevens)`. */
export function describeLoss(loss: RescueLoss): string {
  const label = tableLabels[loss.table] ?? `koppelingen (${loss.table})`;
  if (loss.lostWhole) return `${label}: de hele tabel is onleesbaar`;
  return `${label}: ${[loss.unreadable > 0 ? `${loss.unreadable} onleesbaar` : '', loss.orphaned > 0 ? `${loss.orphaned} weggelaten (verwezen naar verloren gegevens)` : ''].filter(Boolean).join(', ')}`;
}

/** The rescue as the app offers it for download: the network file's text, named for the day, with what was lost in Dutch. */
export async function rescueForDownload(databaseFile: string, today: string): Promise<{ fileName: string; text: string; rows: number; losses: string[] }> {
  const rescued = await rescueNetwork(databaseFile);
  return { fileName: `netwerk-gered-${today}.json`, text: serialiseNetwork(rescued.file), rows: rescued.rows, losses: rescued.losses.map(describeLoss) };
}
