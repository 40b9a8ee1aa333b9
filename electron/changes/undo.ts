import { present } from '../../shared/invariants/present';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/contract/result';
import type { UndoOutcome } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/record';
import type { ChangeSetRow, Schema, TableName } from '../database/schema';
import { toChangeSetSummary } from './change-log';
import { runChange } from './run-change';
import { sameRow, type Row } from './row';
import { selectRowById } from './row-access';

function parseRow(json: string | null): Row | null {
  return json === null ? null : (JSON.parse(json) as Row);
}

/**
 * Reverses the most recent change set that is not undone yet (and is not
 * itself an undo), in one transaction, and logs the undo as a change set of
 * its own. Repeated calls walk back through the history.
 */
export async function undoLastChange(db: Kysely<Schema>, at: string, actor: string): Promise<UndoOutcome> {
  let target: ChangeSetRow | undefined;
  const { result, changeSetId } = await runChange(
    db,
    at,
    (undone: ChangeSetRow) => ({
      actor,
      action: 'undo',
      summary: `Ongedaan gemaakt: ${undone.summary}`,
      ...(undone.entity_kind ? { entityKind: undone.entity_kind as EntityKind } : {}),
      ...(undone.entity_id ? { entityId: undone.entity_id } : {}),
      undoes: undone.id,
    }),
    async (recorder) => {
      target = await recorder.trx
        .selectFrom('change_set')
        .selectAll()
        .where('undone_by', 'is', null)
        .where('undoes', 'is', null)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!target) throw new AppError('NOTHING_TO_UNDO', 'Er is niets om ongedaan te maken.');
      const changes = await recorder.trx.selectFrom('change').selectAll().where('change_set_id', '=', target.id).orderBy('seq', 'desc').execute();
      for (const change of changes) {
        const table = change.table_name as TableName;
        const before = parseRow(change.before);
        const after = parseRow(change.after);
        const current = await selectRowById(recorder.trx, table, change.row_id);
        const unchangedSince = after === null ? current === undefined : current !== undefined && sameRow(current, after);
        if (!unchangedSince) {
          throw new AppError('CONFLICT', `Kan "${target.summary}" niet ongedaan maken: de gegevens zijn daarna nog gewijzigd.`);
        }
        if (before === null) await recorder.remove(table, change.row_id);
        else if (after === null) await recorder.insert(table, [before]);
        else await recorder.update(table, change.row_id, before);
      }
      return target;
    },
    async (trx, undoId) => {
      await trx.updateTable('change_set').set({ undone_by: undoId }).where('id', '=', present(target, 'the change set undone').id).execute();
    },
  );
  const rowCount = await db.selectFrom('change').where('change_set_id', '=', result.id).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { undone: toChangeSetSummary({ ...result, undone_by: changeSetId }, rowCount.n) };
}
