import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * After erasing or anonymising: moves the WAL into the file and rebuilds it
 * (VACUUM), so old versions of the rows are not left in free pages or the
 * log. With `secure_delete` on, the bytes are then gone from the file.
 */
export async function forgetDeletedData(db: Kysely<Schema>): Promise<void> {
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  await sql`vacuum`.execute(db);
}
