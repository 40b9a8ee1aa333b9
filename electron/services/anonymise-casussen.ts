import { sql } from 'kysely';
import type { ServiceContext } from './service-context';

/** Free text that may say who the resident is; everything else (dates, codes, needs, status) stays for the report. */
const freeText = {
  casus: ['question', 'wishes_and_talents', 'unmet_need_reason', 'outcome'],
  casus_match: ['result_reason'],
  casus_follow_up: ['note'],
} as const;

/** Blanks the free-text columns in a row image from the change log. */
function scrub(image: string | null, columns: readonly string[]): string | null {
  if (image === null) return null;
  const row = JSON.parse(image) as Record<string, unknown>;
  for (const column of columns) if (column in row) row[column] = '';
  return JSON.stringify(row);
}

/** The free text of these casussen gone from the records and from the change log's row images. */
export async function anonymiseCasussen(context: ServiceContext, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await context.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('casus')
      .set({ question: '', wishes_and_talents: '', unmet_need_reason: '', outcome: '' })
      .where('id', 'in', ids)
      .execute();
    await trx.updateTable('casus_match').set({ result_reason: '' }).where('casus_id', 'in', ids).execute();
    await trx.updateTable('casus_follow_up').set({ note: '' }).where('casus_id', 'in', ids).execute();
    const history = await sql<{ id: number; table_name: keyof typeof freeText; before: string | null; after: string | null }>`
      select id, table_name, before, after from change
      where (table_name = 'casus' and row_id in (${sql.join(ids)}))
         or (table_name in ('casus_match', 'casus_follow_up')
             and (json_extract(before, '$.casus_id') in (${sql.join(ids)}) or json_extract(after, '$.casus_id') in (${sql.join(ids)})))`.execute(trx);
    for (const change of history.rows) {
      await trx
        .updateTable('change')
        .set({ before: scrub(change.before, freeText[change.table_name]), after: scrub(change.after, freeText[change.table_name]) })
        .where('id', '=', change.id)
        .execute();
    }
  });
}
