import { sql, type Kysely } from 'kysely';

// Frozen in time: the roles of the default terms shipped in 0002, so the
// logic refers to a term by what it is for (a role), not by a seeded id the
// broker may merge away. Users edit roles as data afterwards; this list never
// changes.
const shippedRoles: Readonly<Record<string, readonly string[]>> = {
  'kind-overig': ['onbekende_soort'],
  'target-alle-bewoners': ['situatie'],
  'target-nieuwkomers': ['situatie'],
  'target-beperking': ['situatie'],
  'target-laaggeletterden': ['situatie'],
  'target-psychisch-kwetsbaar': ['situatie'],
  'target-mantelzorgers': ['situatie', 'leeftijd_27_45', 'leeftijd_46_65', 'leeftijd_66_75', 'leeftijd_76_plus'],
  'target-jongeren': ['niet_overdag', 'leeftijd_0_17', 'leeftijd_18_26'],
  'target-gezinnen': ['leeftijd_0_17', 'leeftijd_27_45'],
  'target-werkzoekenden': ['leeftijd_18_26', 'leeftijd_27_45', 'leeftijd_46_65'],
  'target-werkenden': ['niet_overdag', 'leeftijd_18_26', 'leeftijd_27_45', 'leeftijd_46_65'],
  'target-ouderen': ['leeftijd_66_75', 'leeftijd_76_plus'],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table taxonomy_term add column roles text not null default '[]' check (json_valid(roles) and json_type(roles) = 'array')`).execute(db);
  for (const [id, roles] of Object.entries(shippedRoles)) await sql`update taxonomy_term set roles = ${JSON.stringify(roles)} where id = ${id}`.execute(db);
}

/** The same step for the rows of a network file exported before this migration. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const row of tables.taxonomy_term ?? []) row.roles = JSON.stringify(shippedRoles[String(row.id)] ?? []);
}
