import { sql } from 'kysely';
import type { RetentionCandidate, RetentionOutcome } from '../../shared/contract/api';
import { addMonths } from '../../shared/dates/add-months';
import type { Executor } from '../changes/row-access';
import { forgetDeletedData } from '../database/forget-deleted';
import { logAccess } from './access-log';
import { readSettings } from './settings';
import type { ServiceContext } from './service-context';

/** Free text that may say who the resident is; everything else (dates, codes, needs, status) stays for the report. */
const freeText = {
  casus: ['question', 'wishes_and_talents', 'unmet_need_reason', 'outcome'],
  casus_match: ['result_reason'],
  casus_follow_up: ['note'],
} as const;

const closedStatuses = ['afgerond', 'geen_passend_aanbod'];


/** Closed casussen whose retention period is over and that still hold free text. */
async function expiredCasussen(executor: Executor, today: string, months: number): Promise<RetentionCandidate[]> {
  const rows = await executor
    .selectFrom('casus')
    .select(['id', 'code', 'closed_on', 'updated_at', 'question', 'wishes_and_talents', 'unmet_need_reason', 'outcome'])
    .where('status', 'in', closedStatuses)
    .orderBy('code')
    .execute();
  const matchText = new Set((await executor.selectFrom('casus_match').select('casus_id').where('result_reason', '!=', '').execute()).map((row) => row.casus_id));
  const followUpText = new Set((await executor.selectFrom('casus_follow_up').select('casus_id').where('note', '!=', '').execute()).map((row) => row.casus_id));
  return rows.flatMap((row) => {
    const closedOn = row.closed_on ?? row.updated_at.slice(0, 10);
    const dueOn = addMonths(closedOn, months);
    const holdsText = [row.question, row.wishes_and_talents, row.unmet_need_reason, row.outcome].some((text) => text !== '') || matchText.has(row.id) || followUpText.has(row.id);
    return dueOn <= today && holdsText ? [{ id: row.id, code: row.code, closedOn, dueOn }] : [];
  });
}

/** Blanks the free-text columns in a row image from the change log. */
function scrub(image: string | null, columns: readonly string[]): string | null {
  if (image === null) return null;
  const row = JSON.parse(image) as Record<string, unknown>;
  for (const column of columns) if (column in row) row[column] = '';
  return JSON.stringify(row);
}

/**
 * Anonymises closed casussen past the retention period (Instellingen, default
 * 24 months): their free text goes from the records *and* from the change
 * log's row images, so neither undo nor the file can bring it back; with
 * secure_delete, a WAL checkpoint and VACUUM the old pages are gone from the
 * file too. Counts for the report (dates, status, needs, referrer type,
 * matches and their results) stay. Not undoable, by design.
 */
export async function applyCasusRetention(context: ServiceContext, options: { today: string; dryRun: boolean }): Promise<RetentionOutcome> {
  const { casusRetentionMonths: months } = await readSettings(context.db);
  const candidates = await expiredCasussen(context.db, options.today, months);
  if (options.dryRun || candidates.length === 0) return { months, anonymised: candidates, dryRun: options.dryRun };
  const ids = candidates.map((candidate) => candidate.id);
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
  for (const candidate of candidates) await logAccess(context, 'anonymise', candidate.id, `${candidate.code}: bewaartermijn van ${months} maanden verstreken op ${candidate.dueOn}`);
  await forgetDeletedData(context.db);
  return { months, anonymised: candidates, dryRun: false };
}
