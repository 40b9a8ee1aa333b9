import { sql } from 'kysely';
import type { EntityCount, NetworkStats } from '../../shared/domain/network-stats';
import type { EntityTable } from '../database/schema';
import { entityRegistry, type EntityKey } from '../../shared/domain/entity-registry';
import { entityKinds } from '../../shared/domain/record';
import type { Executor } from '../changes/row-access';

async function countEntity(executor: Executor, table: EntityTable): Promise<EntityCount> {
  const { rows } = await sql<{ total: number; active: number }>`
    select count(*) as total, count(*) filter (where archived_at is null) as active from ${sql.table(table)}`.execute(executor);
  return { total: rows[0]?.total ?? 0, active: rows[0]?.active ?? 0 };
}

/** Record counts per entity: what `stats` prints and the UI's overview shows. */
export async function networkStats(executor: Executor): Promise<NetworkStats> {
  const changeSets = await executor.selectFrom('change_set').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const counts: Record<string, EntityCount> = {};
  for (const kind of entityKinds) counts[entityRegistry[kind].key] = await countEntity(executor, entityRegistry[kind].table);
  return { ...(counts as Record<EntityKey, EntityCount>), changeSets: changeSets.n };
}
