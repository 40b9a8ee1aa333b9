import { sql, type Kysely } from 'kysely';
import { AppError } from '../../shared/contract/result';
import type { Schema } from './schema';

/** Set while erased data may still stand in the file's free pages or WAL; cleared once they are gone. */
const pendingKey = 'wissen-nog-afronden';

async function checkpoint(db: Kysely<Schema>): Promise<boolean> {
  const { rows } = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(truncate)`.execute(db);
  const result = rows[0];
  return result !== undefined && result.busy === 0 && result.log <= 0;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After erasing or anonymising: moves the WAL into the file, rebuilds it
 * (VACUUM) and moves that into the file too, so old versions of the rows are
 * left neither in free pages nor in the log. With `secure_delete` on, the
 * bytes are then gone from the file. Each checkpoint is checked: a reader in
 * another process can hold one back. Then it is tried once more, and if it
 * still cannot finish, the file remembers it, the next
 * start finishes it (`finishPendingErasure`), and the broker is told.
 */
export async function forgetDeletedData(db: Kysely<Schema>): Promise<void> {
  await db.insertInto('setting').values({ id: pendingKey, value: 'true' }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  // Each checkpoint already waits for readers (the connection's busy timeout, 5 s); twice is enough.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await pause(200);
    if (!(await checkpoint(db))) continue;
    await db.deleteFrom('setting').where('id', '=', pendingKey).execute();
    await sql`vacuum`.execute(db);
    if (await checkpoint(db)) return;
    await db.insertInto('setting').values({ id: pendingKey, value: 'true' }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  }
  throw new AppError(
    'CONFLICT',
    'De gegevens zijn verwijderd, maar het netwerk is ook elders geopend, waardoor oude resten nog in het bestand staan. Sluit Spinweb overal en start het opnieuw: dan worden ze gewist.',
  );
}

/** At start: finishes an erasure that another open copy held back last time. */
export async function finishPendingErasure(db: Kysely<Schema>): Promise<void> {
  const pending = await db.selectFrom('setting').select('id').where('id', '=', pendingKey).executeTakeFirst();
  if (pending) await forgetDeletedData(db);
}
