import { sql, type Kysely } from 'kysely';

// Frozen in time: outcomes a municipality funds on (issue 18). Why a
// referral ended before the resident took part (niet bereikt, afgezien,
// niet passend), why a resident stopped after a follow-up, and the
// Positieve Gezondheid scores at intake and at 3 and 6 months, kept with
// the casus: deleting it takes them along; anonymising keeps them, as
// numbers and codes without text, for the report.

const statements = `
alter table casus add column status_reason text;
alter table casus add column pg_scores text not null default '[]' check (json_valid(pg_scores) and json_type(pg_scores) = 'array');
alter table casus_follow_up add column stop_reason text
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(';').map((part) => part.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
}

/** A network file from before: no casus has a drop-out reason or a score, no follow-up a reason to stop. */
export function upgradeRows(tables: Record<string, Record<string, string | number | null>[]>): void {
  for (const casus of tables.casus ?? []) {
    casus.status_reason ??= null;
    casus.pg_scores ??= '[]';
  }
  for (const followUp of tables.casus_follow_up ?? []) followUp.stop_reason ??= null;
}
