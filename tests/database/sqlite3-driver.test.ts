import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../support/temp-database';

describe('the sqlite3 Kysely driver', () => {
  it('answers many concurrent queries, each with its own correct result', async () => {
    const { db } = await openTempDatabase();
    await db.insertInto('neighbourhood').values({ id: 'w0', name: 'Wijk 0', parent_id: null, postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute();
    const writes = Array.from({ length: 60 }, (_, index) =>
      db.insertInto('neighbourhood').values({ id: `w${index + 1}`, name: `Wijk ${index + 1}`, parent_id: 'w0', postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute(),
    );
    const reads = Array.from({ length: 60 }, (_, index) => db.selectFrom('neighbourhood').select('name').where('id', '=', 'w0').executeTakeFirstOrThrow().then((row) => [index, row.name]));
    await Promise.all([...writes, ...reads]);
    const count = await db.selectFrom('neighbourhood').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(61);
  });

  it('reports affected rows and the inserted rowid for plain writes', async () => {
    const { db } = await openTempDatabase();
    const insert = await db
      .insertInto('change_set')
      .values({ at: 'now', actor: 'test', action: 'create', summary: 's', entity_kind: null, entity_id: null, undone_by: null, undoes: null })
      .executeTakeFirstOrThrow();
    expect(insert.insertId).toBe(1n);
    const update = await db.updateTable('change_set').set({ summary: 't' }).where('id', '=', 1).executeTakeFirstOrThrow();
    expect(update.numUpdatedRows).toBe(1n);
  });

  it('rolls a failed transaction back completely', async () => {
    const { db } = await openTempDatabase();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('neighbourhood').values({ id: 'a', name: 'A', parent_id: null, postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute();
        throw new Error('stop halfway');
      }),
    ).rejects.toThrow('stop halfway');
    const rows = await db.selectFrom('neighbourhood').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('keeps other queries out of a transaction until it ends', async () => {
    const { db } = await openTempDatabase();
    const order: string[] = [];
    let releaseTransaction!: () => void;
    const holding = new Promise<void>((resolve) => (releaseTransaction = resolve));
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('neighbourhood').values({ id: 'a', name: 'A', parent_id: null, postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute();
      order.push('insert');
      await holding;
      throw new Error('roll back');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Issued while the transaction holds the connection: it must wait, and
    // must not run inside the transaction (it would then see row "a").
    const outside = db.selectFrom('neighbourhood').selectAll().execute().then((rows) => {
      order.push('outside read');
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['insert']);
    releaseTransaction();
    await expect(transaction).rejects.toThrow('roll back');
    expect(await outside).toEqual([]);
    expect(order).toEqual(['insert', 'outside read']);
  });

  it('supports savepoints inside a transaction', async () => {
    const { db } = await openTempDatabase();
    // Savepoints live on Kysely's controlled transactions.
    const trx = await db.startTransaction().execute();
    await trx.insertInto('neighbourhood').values({ id: 'kept', name: 'K', parent_id: null, postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute();
    const savepoint = await trx.savepoint('before_second').execute();
    await savepoint.insertInto('neighbourhood').values({ id: 'dropped', name: 'D', parent_id: null, postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute();
    await savepoint.rollbackToSavepoint('before_second').execute();
    await trx.commit().execute();
    const ids = (await db.selectFrom('neighbourhood').select('id').execute()).map((row) => row.id);
    expect(ids).toEqual(['kept']);
  });

  it('runs with WAL, foreign keys on and synchronous FULL', async () => {
    const { db } = await openTempDatabase();
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
    expect(synchronous.rows[0]?.synchronous).toBe(2);
  });

  it('refuses a row that breaks a foreign key', async () => {
    const { db } = await openTempDatabase();
    await expect(
      db.insertInto('neighbourhood').values({ id: 'b', name: 'B', parent_id: 'missing', postcode_areas: '[]', created_at: 'x', updated_at: 'x', archived_at: null }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
