import { present } from '../../shared/invariants/present';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/contract/result';
import type { UndoOutcome } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/record';
import type { ChangeSetRow, Schema, TableName } from '../database/schema';
import { toChangeSetSummary } from './change-log';
import { runChange } from './run-change';
import { sameRow, type Row } from './row';
import { selectRowsById } from './row-access';

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
      // In runs of the same table and the same kind of change (a large import is one run of inserts
      // per table): each run's rows are read, checked and written back in batches, not one by one.
      const conflict = () => new AppError('CONFLICT', `Kan "${present(target, 'the change set undone').summary}" niet ongedaan maken: de gegevens zijn daarna nog gewijzigd.`);
      const kindOf = (change: (typeof changes)[number]) => (change.before === null ? 'created' : change.after === null ? 'removed' : 'updated');
      for (let start = 0; start < changes.length; ) {
        const first = present(changes[start], 'a change');
        let end = start + 1;
        while (end < changes.length && changes[end]?.table_name === first.table_name && kindOf(present(changes[end], 'a change')) === kindOf(first)) end++;
        const run = changes.slice(start, end);
        start = end;
        const table = first.table_name as TableName;
        if (kindOf(first) === 'updated') {
          // One by one: a change set may update a row twice, and the older update is checked against the row
          // as the newer one's undo left it.
          for (const change of run) {
            const [now] = await selectRowsById(recorder.trx, table, [change.row_id]);
            if (!now || !sameRow(now, present(parseRow(change.after), 'a row after'))) throw conflict();
            await recorder.update(table, change.row_id, present(parseRow(change.before), 'a row before'));
          }
          continue;
        }
        // A row is created or removed once in a change set: the whole run is checked against the rows as they are.
        const current = new Map((await selectRowsById(recorder.trx, table, run.map((change) => change.row_id))).map((row) => [row.id, row]));
        for (const change of run) {
          const after = parseRow(change.after);
          const now = current.get(change.row_id);
          if (after === null ? now !== undefined : now === undefined || !sameRow(now, after)) throw conflict();
        }
        if (kindOf(first) === 'created') await recorder.removeRows(table, run.map((change) => present(current.get(change.row_id), 'a created row')));
        else await recorder.insert(table, run.map((change) => present(parseRow(change.before), 'a removed row')));
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
