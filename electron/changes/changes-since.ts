import type { EntityKind } from '../../shared/domain/record';
import type { ChangesSince } from '../../shared/contract/api';
import { networkDefinitions } from '../../shared/domain/entity-registry';
import type { NetworkPatch } from '../../shared/network/network-data';
import { ownerOfLinkRow } from '../repositories/entity-repository';
import { entityServices } from '../services/entity-services';
import type { Executor } from './row-access';

/** Which entity a table's rows belong to, and whether they are link rows of it (offer_theme -> offer). */
const ownerOfTable = new Map<string, { kind: EntityKind; isLinkRow: boolean }>(
  Object.values(entityServices).flatMap(({ storage }) => [[storage.table, { kind: storage.kind, isLinkRow: false }] as const, ...storage.links.map((linkTable) => [linkTable.table, { kind: storage.kind, isLinkRow: true }] as const)]),
);

/**
 * Beyond this many changed rows (an import, a large undo) the screens load
 * the network again instead of patching it: one load is then quicker than
 * reading the rows one by one, and its answer is smaller than the patch.
 */
const maxPatchedRows = 2_000;

/** The network records that changed, read as they are now; those no longer there are `removed`. */
async function networkPatch(executor: Executor, idsByKind: ReadonlyMap<EntityKind, ReadonlySet<string>>): Promise<NetworkPatch> {
  const patch: NetworkPatch = { changed: {}, removed: {} };
  for (const { kind, collection } of networkDefinitions) {
    const ids = idsByKind.get(kind);
    if (!ids) continue;
    const records = await entityServices[kind].readMany(executor, [...ids]);
    const found = new Set(records.map((record) => record.id));
    (patch.changed as Record<string, unknown[]>)[collection] = records;
    patch.removed[collection] = [...ids].filter((id) => !found.has(id));
  }
  return patch;
}

/**
 * What changed after change set `afterId`, by this window, another window or
 * the command line, undo included (an undo is a change set too): the kinds
 * of records written, so the screens refresh what depends on them, and the
 * network records themselves as they are now, so the renderer patches its
 * network instead of loading it again (null beyond `maxPatchedRows`).
 * With no `afterId`: only where the log stands now.
 */
export async function changesSince(executor: Executor, afterId: number | null): Promise<ChangesSince> {
  const last = await executor.selectFrom('change_set').select(({ fn }) => fn.max('id').as('id')).executeTakeFirst();
  const lastId = last?.id ?? 0;
  if (afterId === null || afterId >= lastId) return { lastId, kinds: [], network: { changed: {}, removed: {} } };
  const rows = await executor
    .selectFrom('change')
    .select(['table_name', 'row_id'])
    .distinct()
    .where('change_set_id', '>', afterId)
    .where('change_set_id', '<=', lastId)
    .limit(maxPatchedRows + 1)
    .execute();
  const complete = rows.length <= maxPatchedRows;
  const idsByKind = new Map<EntityKind, Set<string>>();
  const kinds = new Set<EntityKind>();
  for (const row of rows) {
    const owner = ownerOfTable.get(row.table_name);
    if (!owner) continue;
    kinds.add(owner.kind);
    const ids = idsByKind.get(owner.kind) ?? new Set<string>();
    ids.add(owner.isLinkRow ? ownerOfLinkRow(row.row_id) : row.row_id);
    idsByKind.set(owner.kind, ids);
  }
  if (!complete) {
    // Only the kinds are needed now; the network is loaded whole.
    const tables = await executor.selectFrom('change').select('table_name').distinct().where('change_set_id', '>', afterId).where('change_set_id', '<=', lastId).execute();
    for (const { table_name } of tables) {
      const owner = ownerOfTable.get(table_name);
      if (owner) kinds.add(owner.kind);
    }
  }
  return { lastId, kinds: [...kinds].sort(), network: complete ? await networkPatch(executor, idsByKind) : null };
}
