import type { ChangeSetSummary } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/record';
import type { ChangeSetRow } from '../database/schema';
import type { Executor } from './row-access';

export function toChangeSetSummary(row: ChangeSetRow, rowCount: number): ChangeSetSummary {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as ChangeSetSummary['action'],
    summary: row.summary,
    entityKind: row.entity_kind as EntityKind | null,
    entityId: row.entity_id,
    undoneBy: row.undone_by,
    undoes: row.undoes,
    rowCount,
  };
}

/** The newest change sets first, each with the number of rows it changed. */
export async function listChangeSets(executor: Executor, limit = 50): Promise<ChangeSetSummary[]> {
  const rows = await executor
    .selectFrom('change_set')
    .selectAll('change_set')
    .select((eb) => eb.selectFrom('change').whereRef('change.change_set_id', '=', 'change_set.id').select(eb.fn.countAll<number>().as('n')).as('row_count'))
    .orderBy('change_set.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ row_count, ...row }) => toChangeSetSummary(row, row_count ?? 0));
}
