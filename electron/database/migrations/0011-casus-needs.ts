import { sql, type Kysely } from 'kysely';

// Frozen in time: what a casus needs of an offer beyond its themes (issue
// 18): the languages the resident speaks, the accessibility they need, and
// when they can take part; and their gender, optional, as the Welzijn op
// Recept registration asks it (with "zeg ik liever niet").

const statements = `
alter table casus add column gender text;
alter table casus add column languages text not null default '[]' check (json_valid(languages) and json_type(languages) = 'array');
alter table casus add column accessibility_needs text not null default '[]' check (json_valid(accessibility_needs) and json_type(accessibility_needs) = 'array');
alter table casus add column availability text not null default '[]' check (json_valid(availability) and json_type(availability) = 'array')
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/** A network file from before: its casussen have no gender, languages, accessibility needs or availability recorded. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const casus of tables.casus ?? []) {
    casus.gender ??= null;
    casus.languages ??= '[]';
    casus.accessibility_needs ??= '[]';
    casus.availability ??= '[]';
  }
}
