import { sql, type Kysely } from 'kysely';

// Frozen in time: a planned introduction (issue 15) was recorded as a phone
// call, which made "laatst gesproken" lie. Tasks are intentions with a due
// date, apart from the log of contacts that happened.
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
create table task_organisation (
  id text primary key,
  task_id text not null references task(id),
  organisation_id text not null references organisation(id),
  position integer not null,
  unique (task_id, organisation_id)
) strict;
create index task_organisation_by_organisation_id on task_organisation(organisation_id);
create table task_person (
  id text primary key,
  task_id text not null references task(id),
  person_id text not null references person(id),
  position integer not null,
  unique (task_id, person_id)
) strict;
create index task_person_by_person_id on task_person(person_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/** A network file exported before tasks existed has none. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const table of ['task', 'task_organisation', 'task_person']) if (!(table in tables)) tables[table] = [];
}
