import { sql, type Kysely } from 'kysely';

// Who looked at which casus, when (NEN 7513-style). Separate from the change
// log: reads are not changes, and undo must never step over them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create table access_log (
        id integer primary key autoincrement,
        at text not null,
        actor text not null,
        action text not null,
        entity_kind text not null,
        entity_id text,
        detail text not null
      ) strict`,
    )
    .execute(db);
  await sql.raw('create index access_log_by_entity on access_log(entity_kind, entity_id)').execute(db);
}
