import { sql, type Kysely } from 'kysely';

// Frozen in time: a sociale kaart that says what is on when, in which
// languages and how reachable (issue 18): an offer's sessions (days, hours,
// how often), languages, whether it suits people learning Dutch and its
// accessibility; a wijk's postcode areas, to tell an address inside it from
// one outside; two referrers the field names that the first list lacked.

const statements = `
alter table offer add column sessions text not null default '[]' check (json_valid(sessions) and json_type(sessions) = 'array');
alter table offer add column languages text not null default '[]' check (json_valid(languages) and json_type(languages) = 'array');
alter table offer add column for_language_learners integer not null default 0 check (for_language_learners in (0, 1));
alter table offer add column accessibility text not null default '[]' check (json_valid(accessibility) and json_type(accessibility) = 'array');
alter table neighbourhood add column postcode_areas text not null default '[]' check (json_valid(postcode_areas) and json_type(postcode_areas) = 'array')
`;

/** Between buurtsportcoach (90) and zelfmelder (100), so "overig" stays last. */
const referrers = [
  ['referrer-fysiotherapeut', 'fysiotherapeut', 94],
  ['referrer-geestelijk-verzorger', 'geestelijk verzorger / predikant', 97],
] as const;

const shippedAt = '2026-12-01T00:00:00.000Z';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
  for (const [id, label, sortOrder] of referrers) {
    // A broker who made the same referrer herself keeps hers: no second one under the shipped name.
    await sql`
      insert into taxonomy_term (id, taxonomy, label, parent_id, sort_order, created_at, updated_at, archived_at)
      select ${id}, 'referrer_type', ${label}, null, ${sortOrder}, ${shippedAt}, ${shippedAt}, null
      where not exists (select 1 from taxonomy_term where taxonomy = 'referrer_type' and lower(label) = lower(${label}))
      on conflict (id) do nothing`.execute(db);
  }
}

/** A network file from before: its offers have no sessions, languages or accessibility recorded, its wijken no postcode areas; it gets the two referrers as the migration adds them. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const offer of tables.offer ?? []) {
    offer.sessions ??= '[]';
    offer.languages ??= '[]';
    offer.for_language_learners ??= 0;
    offer.accessibility ??= '[]';
  }
  for (const neighbourhood of tables.neighbourhood ?? []) neighbourhood.postcode_areas ??= '[]';
  const terms = tables.taxonomy_term;
  if (!terms) return;
  for (const [id, label, sortOrder] of referrers) {
    if (terms.some((term) => term.id === id || (term.taxonomy === 'referrer_type' && String(term.label).toLowerCase() === label))) continue;
    terms.push({ id, taxonomy: 'referrer_type', label, parent_id: null, sort_order: sortOrder, created_at: shippedAt, updated_at: shippedAt, archived_at: null, roles: '[]' });
  }
}
