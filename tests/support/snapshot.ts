import type { Kysely } from 'kysely';
import type { Schema } from '../../electron/database/schema';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';

/** The audit trail: it grows with every change, undo and read, by design. */
const logTables = ['change_set', 'change', 'access_log'] as const;

/**
 * Every row of every table, as text: equal snapshots mean nothing changed.
 * `dataOnly` leaves the audit trail out, for comparing the data before a
 * change and after its undo.
 */
export async function snapshot(db: Kysely<Schema>, options: { dataOnly?: boolean } = {}): Promise<string> {
  const file = await exportNetwork(db);
  if (options.dataOnly) for (const table of logTables) file.tables[table] = [];
  return serialiseNetwork(file);
}
