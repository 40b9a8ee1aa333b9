import { formatDate } from '../../shared/dates/format-date';
import type { RetentionCandidate, RetentionOutcome } from '../../shared/contract/api';
import { addMonths } from '../../shared/dates/add-months';
import type { Executor } from '../changes/row-access';
import { forgetDeletedData } from '../database/forget-deleted';
import { anonymiseCasussen } from './anonymise-casussen';
import { logAccess } from './access-log';
import { eraseInCopies } from './erase-in-copies';
import { readSettings } from './settings';
import type { ServiceContext } from './service-context';
import { countOf } from '../../shared/text/plural';

import { closedCasusStatuses } from '../../shared/domain/casus';

/** Closed casussen whose retention period is over and that still hold free text. */
async function expiredCasussen(executor: Executor, today: string, months: number): Promise<RetentionCandidate[]> {
  const rows = await executor
    .selectFrom('casus')
    .select(['id', 'code', 'closed_on', 'updated_at', 'question', 'wishes_and_talents', 'unmet_need_reason', 'outcome'])
    .where('status', 'in', closedCasusStatuses)
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
  await anonymiseCasussen(context, ids);
  for (const candidate of candidates) await logAccess(context, 'anonymise', candidate.id, `${candidate.code}: bewaartermijn van ${countOf(months, 'maand', 'maanden')} verstreken op ${formatDate(candidate.dueOn)}`);
  await forgetDeletedData(context.db);
  // The backups hold the text too: they are anonymised as well, and the ledger keeps it so in any copy restored later.
  await eraseInCopies(context, ids.map((id) => ({ kind: 'casus' as const, id })));
  return { months, anonymised: candidates, dryRun: false };
}
