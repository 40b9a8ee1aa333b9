import { sql, type Kysely } from 'kysely';

// Settings (one JSON value per key) and the Netwerk map's node positions.
// Positions are view state: laid out once, reused on every open, and not in
// the change log (a layout moves thousands of nodes; undo is for data).
const statements = [
  `create table setting (
    id text primary key,
    value text not null check (json_valid(value))
  ) strict`,
  `create table node_position (
    id text primary key,
    x real not null,
    y real not null
  ) strict`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
