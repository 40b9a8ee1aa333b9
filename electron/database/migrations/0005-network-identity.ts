import { sql, type Kysely } from 'kysely';

// Which network a file is: a random id made once, when the file is made (or
// migrated). Backups record it, so a restore never puts another network's copy
// in place. Not exported: a network read into another file by `import-json`
// is a new file with backups of its own.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table network_identity (id text primary key check (length(id) = 32), created_at text not null) strict`).execute(db);
  await sql.raw(`insert into network_identity (id, created_at) values (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`).execute(db);
}
