import type { ChangeSetSummary } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/record';
import { insertRows, type Executor } from './row-access';
import { ChangeRecorder } from './change-recorder';
import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema';

export interface ChangeDescription {
  actor: string;
  action: ChangeSetSummary['action'];
  summary: string;
  entityKind?: EntityKind;
  entityId?: string;
  undoes?: number;
}

export interface ChangeOutcome<Result> {
  result: Result;
  /** Null when the work changed nothing (then nothing is logged). */
  changeSetId: number | null;
}

/**
 * Runs `work` in one transaction and logs everything it wrote as one change
 * set. If `work` throws, the transaction rolls back and nothing is logged.
 */
export async function runChange<Result>(
  db: Kysely<Schema>,
  at: string,
  description: ChangeDescription | ((result: Result) => ChangeDescription),
  work: (recorder: ChangeRecorder) => Promise<Result>,
  afterLogged?: (trx: Executor, changeSetId: number) => Promise<void>,
): Promise<ChangeOutcome<Result>> {
  return db.transaction().execute(async (trx) => {
    const recorder = new ChangeRecorder(trx);
    const result = await work(recorder);
    if (recorder.changeCount === 0) return { result, changeSetId: null };
    const described = typeof description === 'function' ? description(result) : description;
    const changeSetId = await logChangeSet(trx, at, described, recorder);
    await afterLogged?.(trx, changeSetId);
    return { result, changeSetId };
  });
}

async function logChangeSet(trx: Executor, at: string, description: ChangeDescription, recorder: ChangeRecorder): Promise<number> {
  const inserted = await trx
    .insertInto('change_set')
    .values({
      at,
      actor: description.actor,
      action: description.action,
      summary: description.summary,
      entity_kind: description.entityKind ?? null,
      entity_id: description.entityId ?? null,
      undone_by: null,
      undoes: description.undoes ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const changeRows = recorder.changes.map((change, seq) => ({
    change_set_id: inserted.id,
    seq,
    table_name: change.table,
    row_id: change.rowId,
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
  }));
  await insertRows(trx, 'change', changeRows);
  return inserted.id;
}
