import { sql, type Kysely } from 'kysely';

// Frozen in time: the broker's rhythm (issue 17) needs the meetings she
// organises as records of their own (who was invited, who came, the contact
// it was logged as), afspraken made there as tasks with an owner, the
// successor of someone who left an organisation, how often she means to
// see a person or an organisation, and the questions she puts out to partners
// (uitvraag) with their replies.

// A record's organisations or people (invited, present, asked), one row each, in order.
function linkTable(name: string, owner: 'meeting' | 'request', value: string, valueTable: string): string {
  return `create table ${name} (
  id text primary key,
  ${owner}_id text not null references ${owner}(id),
  ${value} text not null references ${valueTable}(id),
  position integer not null,
  unique (${owner}_id, ${value})
) strict;
create index ${name}_by_${value} on ${name}(${value});`;
}

const statements = `
create table meeting (
  id text primary key,
  kind text not null,
  title text not null,
  held_on text not null,
  starts_at text,
  place text not null,
  theme_id text references taxonomy_term(id),
  neighbourhood_id text references neighbourhood(id),
  note text not null,
  log_entry_id text references log_entry(id),
  created_at text not null,
  updated_at text not null,
  archived_at text
) strict;
create index meeting_by_held_on on meeting(held_on);
${linkTable('meeting_invited_organisation', 'meeting', 'organisation_id', 'organisation')}
${linkTable('meeting_invited_person', 'meeting', 'person_id', 'person')}
${linkTable('meeting_attended_organisation', 'meeting', 'organisation_id', 'organisation')}
${linkTable('meeting_attended_person', 'meeting', 'person_id', 'person')}
alter table task add column meeting_id text references meeting(id);
alter table task add column owner_person_id text references person(id);
create index task_by_meeting_id on task(meeting_id);
alter table affiliation add column successor_person_id text references person(id);
alter table person add column visit_every_months integer;
alter table organisation add column visit_every_months integer;
create table request (
  id text primary key,
  question text not null,
  asked_on text not null,
  neighbourhood_id text references neighbourhood(id),
  theme_id text references taxonomy_term(id),
  closed_on text,
  created_at text not null,
  updated_at text not null,
  archived_at text
) strict;
${linkTable('request_organisation', 'request', 'organisation_id', 'organisation')}
${linkTable('request_person', 'request', 'person_id', 'person')}
create table request_reply (
  id text primary key,
  request_id text not null references request(id),
  person_id text references person(id),
  organisation_id text references organisation(id),
  answered_on text not null,
  answer text not null,
  log_entry_id text references log_entry(id),
  offer_id text references offer(id),
  tie_id text references tie(id),
  casus_match_id text references casus_match(id),
  created_at text not null,
  updated_at text not null,
  archived_at text,
  check (person_id is not null or organisation_id is not null)
) strict;
create index request_reply_by_request_id on request_reply(request_id)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

const meetingTables = ['meeting', 'meeting_invited_organisation', 'meeting_invited_person', 'meeting_attended_organisation', 'meeting_attended_person', 'request', 'request_organisation', 'request_person', 'request_reply'];

/** A network file exported before meetings existed has none; its tasks were agreed at none and are owned by the broker; nobody who left has a successor. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const table of meetingTables) if (!(table in tables)) tables[table] = [];
  for (const task of tables.task ?? []) {
    task.meeting_id ??= null;
    task.owner_person_id ??= null;
  }
  for (const affiliation of tables.affiliation ?? []) affiliation.successor_person_id ??= null;
  for (const table of ['person', 'organisation']) for (const row of tables[table] ?? []) row.visit_every_months ??= null;
}
