import { sql } from 'kysely';
import type { EntityCount, NetworkStats } from '../../shared/domain/network-stats';
import { entityRegistry, type EntityKey } from '../../shared/domain/entity-registry';
import { entityKinds } from '../../shared/domain/record';
import type { Executor } from '../changes/row-access';

/**
 * Record counts per entity: what `stats` prints and the UI's overview shows.
 * One statement, so it takes one turn on the connection: the first screen
 * asks for it while the whole network loads, and says what is coming
 * before it has come.
 */
export async function networkStats(executor: Executor): Promise<NetworkStats> {
  const perTable = entityKinds.map(
    (kind) => sql`select ${entityRegistry[kind].key} as key, count(*) as total, count(*) filter (where archived_at is null) as active from ${sql.table(entityRegistry[kind].table)}`,
  );
  const { rows } = await sql<{ key: string; total: number; active: number }>`${sql.join([...perTable, sql`select 'changeSets' as key, count(*) as total, 0 as active from change_set`], sql` union all `)}`.execute(executor);
  const counts = Object.fromEntries(rows.map(({ key, total, active }) => [key, { total, active }])) as Record<EntityKey, EntityCount> & { changeSets: EntityCount };
  return { ...counts, changeSets: counts.changeSets.total };
}
