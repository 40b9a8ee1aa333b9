import type { EntityKind } from '../../shared/domain/record';
import type { ChangesSince } from '../../shared/contract/api';
import { entityServices } from '../services/entity-services';
import type { Executor } from './row-access';

/** Which entity a table's rows belong to: its own table, or a link table of it (offer_theme -> offer). */
const kindOfTable = new Map<string, EntityKind>(
  Object.values(entityServices).flatMap(({ storage }) => [[storage.table, storage.kind] as const, ...storage.links.map((link) => [link.table, storage.kind] as const)]),
);

/**
 * What changed after change set `afterId`: the kinds of records written,
 * by this window, another window or the command line, undo included (an
 * undo is a change set too). The screens refresh exactly what depends on
 * those kinds. With no `afterId`: only where the log stands now.
 */
export async function changesSince(executor: Executor, afterId: number | null): Promise<ChangesSince> {
  const last = await executor.selectFrom('change_set').select(({ fn }) => fn.max('id').as('id')).executeTakeFirst();
  const lastId = Number(last?.id ?? 0);
  if (afterId === null || afterId >= lastId) return { lastId, kinds: [] };
  const tables = await executor.selectFrom('change').select('table_name').distinct().where('change_set_id', '>', afterId).where('change_set_id', '<=', lastId).execute();
  const kinds = new Set(tables.flatMap(({ table_name }) => {
    const kind = kindOfTable.get(table_name);
    return kind ? [kind] : [];
  }));
  return { lastId, kinds: [...kinds].sort() };
}
