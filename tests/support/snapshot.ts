import type { Kysely } from 'kysely';
import type { Schema } from '../../electron/database/schema';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';

/** Every row of every table, as text: equal snapshots mean nothing changed. */
export async function snapshot(db: Kysely<Schema>): Promise<string> {
  return serialiseNetwork(await exportNetwork(db));
}
