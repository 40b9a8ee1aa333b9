import { sql, type Kysely } from 'kysely';

// Frozen in time: a meeting told in steps (issue 16) needs the map's views
// saved, each with its filters, overlays, focus and frame, and presentations
// that show them in order.

const statements = `
create table map_view (
  id text primary key,
  title text not null,
  caption text not null,
  neighbourhood_id text references neighbourhood(id),
  kind_id text references taxonomy_term(id),
  theme_id text references taxonomy_term(id),
  target_group_id text references taxonomy_term(id),
  min_warmth text,
  since_last_meeting integer not null,
  since_on text,
  overlays text not null,
  show_offers integer not null,
  size_by text not null,
  person_level integer not null,
  focus_organisation_id text references organisation(id),
  focus_steps integer not null,
  frame_left real,
  frame_top real,
  frame_right real,
  frame_bottom real,
  created_at text not null,
  updated_at text not null,
  archived_at text
) strict;
create table presentation (
  id text primary key,
  title text not null,
  created_at text not null,
  updated_at text not null,
  archived_at text
) strict;
create table presentation_map_view (
  id text primary key,
  presentation_id text not null references presentation(id),
  map_view_id text not null references map_view(id),
  position integer not null,
  unique (presentation_id, map_view_id)
) strict;
create index presentation_map_view_by_map_view_id on presentation_map_view(map_view_id)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/** A network file exported before map views existed has none. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const table of ['map_view', 'presentation', 'presentation_map_view']) if (!(table in tables)) tables[table] = [];
}
