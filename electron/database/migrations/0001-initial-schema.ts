import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code, so later
// changes to the domain cannot change what it does to an old database.

const meta = `
  created_at text not null,
  updated_at text not null,
  archived_at text`;

function linkTable(name: string, owner: string, ownerTable: string, value: string, valueTable: string): string {
  return `
create table ${name} (
  id text primary key,
  ${owner} text not null references ${ownerTable}(id),
  ${value} text not null references ${valueTable}(id),
  position integer not null,
  unique (${owner}, ${value})
) strict;
create index ${name}_by_${value} on ${name}(${value});`;
}

const statements = `
create table neighbourhood (
  id text primary key,
  name text not null,
  parent_id text references neighbourhood(id),${meta}
) strict;

create table taxonomy_term (
  id text primary key,
  taxonomy text not null,
  label text not null,
  parent_id text references taxonomy_term(id),
  sort_order integer not null,${meta}
) strict;
create index taxonomy_term_by_taxonomy on taxonomy_term(taxonomy, sort_order);

create table organisation (
  id text primary key,
  name text not null,
  aliases text not null check (json_valid(aliases)),
  kind_id text not null references taxonomy_term(id),
  description text not null,
  address text not null,
  postcode text,
  city text not null,
  phone text,
  email text,
  website text,
  facilities text not null check (json_valid(facilities)),
  tags text not null check (json_valid(tags)),
  status text not null,
  verified_on text,${meta}
) strict;
create index organisation_by_kind on organisation(kind_id);
${linkTable('organisation_neighbourhood', 'organisation_id', 'organisation', 'neighbourhood_id', 'neighbourhood')}

create table person (
  id text primary key,
  name text not null,
  phones text not null check (json_valid(phones)),
  email text,
  preferred_channel text,
  broker_warmth text,
  expertise_tags text not null check (json_valid(expertise_tags)),
  notes text not null,
  legal_basis text not null,${meta}
) strict;

create table affiliation (
  id text primary key,
  person_id text not null references person(id),
  organisation_id text not null references organisation(id),
  role text not null,
  since text,
  until text,${meta}
) strict;
create index affiliation_by_person on affiliation(person_id);
create index affiliation_by_organisation on affiliation(organisation_id);

create table offer (
  id text primary key,
  organisation_id text not null references organisation(id),
  title text not null,
  description text not null,
  location text not null,
  times_of_day text not null check (json_valid(times_of_day)),
  schedule text not null,
  cost text not null,
  is_free integer not null check (is_free in (0, 1)),
  access text not null,
  capacity integer,
  has_waiting_list integer not null check (has_waiting_list in (0, 1)),
  contact_person_id text references person(id),
  status text not null,
  verified_on text,${meta}
) strict;
create index offer_by_organisation on offer(organisation_id);
create index offer_by_contact_person on offer(contact_person_id);
${linkTable('offer_theme', 'offer_id', 'offer', 'term_id', 'taxonomy_term')}
${linkTable('offer_life_domain', 'offer_id', 'offer', 'term_id', 'taxonomy_term')}
${linkTable('offer_pg_dimension', 'offer_id', 'offer', 'term_id', 'taxonomy_term')}
${linkTable('offer_target_group', 'offer_id', 'offer', 'term_id', 'taxonomy_term')}
${linkTable('offer_neighbourhood', 'offer_id', 'offer', 'neighbourhood_id', 'neighbourhood')}

create table log_entry (
  id text primary key,
  occurred_on text not null,
  kind text not null,
  note text not null,
  follow_up_on text,
  follow_up_done_on text,${meta}
) strict;
create index log_entry_by_date on log_entry(occurred_on);
${linkTable('log_entry_person', 'log_entry_id', 'log_entry', 'person_id', 'person')}
${linkTable('log_entry_organisation', 'log_entry_id', 'log_entry', 'organisation_id', 'organisation')}

create table tie (
  id text primary key,
  from_person_id text references person(id),
  from_organisation_id text references organisation(id),
  to_person_id text references person(id),
  to_organisation_id text references organisation(id),
  kind text not null,
  warmth text not null,
  since text,
  source_log_entry_id text references log_entry(id),
  note text not null,${meta},
  check ((from_person_id is null) <> (from_organisation_id is null)),
  check ((to_person_id is null) <> (to_organisation_id is null))
) strict;
create index tie_by_from_person on tie(from_person_id);
create index tie_by_from_organisation on tie(from_organisation_id);
create index tie_by_to_person on tie(to_person_id);
create index tie_by_to_organisation on tie(to_organisation_id);
${linkTable('log_entry_tie', 'log_entry_id', 'log_entry', 'tie_id', 'tie')}

create table casus (
  id text primary key,
  code text not null unique,
  opened_on text not null,
  referrer_person_id text references person(id),
  referrer_type_id text not null references taxonomy_term(id),
  age_band text,
  neighbourhood_id text references neighbourhood(id),
  main_reason_id text references taxonomy_term(id),
  question text not null,
  wishes_and_talents text not null,
  barriers text not null check (json_valid(barriers)),
  status text not null,
  conversation_count integer not null,
  unmet_need_reason text not null,
  feedback_on text,
  feedback_channel text,
  outcome text not null,
  closed_on text,${meta}
) strict;
${linkTable('casus_need', 'casus_id', 'casus', 'term_id', 'taxonomy_term')}

create table casus_match (
  id text primary key,
  casus_id text not null references casus(id),
  offer_id text references offer(id),
  person_id text references person(id),
  handover_on text,
  handover_channel text,
  result text,
  result_reason text not null,${meta},
  check (offer_id is not null or person_id is not null)
) strict;
create index casus_match_by_casus on casus_match(casus_id);

create table casus_follow_up (
  id text primary key,
  casus_id text not null references casus(id),
  due_on text not null,
  done_on text,
  still_participating integer check (still_participating in (0, 1)),
  note text not null,${meta}
) strict;
create index casus_follow_up_by_casus on casus_follow_up(casus_id);

create table change_set (
  id integer primary key autoincrement,
  at text not null,
  actor text not null,
  action text not null,
  summary text not null,
  entity_kind text,
  entity_id text,
  undone_by integer references change_set(id),
  undoes integer references change_set(id)
) strict;

create table change (
  id integer primary key autoincrement,
  change_set_id integer not null references change_set(id),
  seq integer not null,
  table_name text not null,
  row_id text not null,
  before text check (before is null or json_valid(before)),
  after text check (after is null or json_valid(after)),
  unique (change_set_id, seq)
) strict;
create index change_by_row on change(table_name, row_id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter((part) => part !== '')) {
    await sql.raw(statement).execute(db);
  }
}
