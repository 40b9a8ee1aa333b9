import { sql, type Kysely } from 'kysely';

// Frozen in time: a planned introduction (issue 15) was recorded as a phone
// call, which made "laatst gesproken" lie. Tasks are intentions with a due
// date, apart from the log of contacts that happened.

// A task's organisations and people, one row each, in order.
function linkTable(name: string, value: string, valueTable: string): string {
  return `create table ${name} (
  id text primary key,
  task_id text not null references task(id),
  ${value} text not null references ${valueTable}(id),
  position integer not null,
  unique (task_id, ${value})
) strict;
create index ${name}_by_${value} on ${name}(${value});`;
}

const statements = `
create table task (
  id text primary key,
  kind text not null,
  note text not null,
  due_on text not null,
  done_on text,
  done_in_log_entry_id text references log_entry(id),
  created_at text not null,
  updated_at text not null,
  archived_at text
) strict;
create index task_by_due_on on task(due_on);
${linkTable('task_organisation', 'organisation_id', 'organisation')}
${linkTable('task_person', 'person_id', 'person')}
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/** A network file exported before tasks existed has none. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const table of ['task', 'task_organisation', 'task_person']) if (!(table in tables)) tables[table] = [];
}
