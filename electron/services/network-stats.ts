import { sql } from 'kysely';
import type { EntityCount, NetworkStats } from '../../shared/domain/network-stats';
import type { EntityTable } from '../database/schema';
import type { Executor } from '../changes/row-access';

async function countEntity(executor: Executor, table: EntityTable): Promise<EntityCount> {
  const { rows } = await sql<{ total: number; active: number }>`
    select count(*) as total, count(*) filter (where archived_at is null) as active from ${sql.table(table)}`.execute(executor);
  return { total: rows[0]?.total ?? 0, active: rows[0]?.active ?? 0 };
}

/** Record counts per entity: what `stats` prints and the UI's overview shows. */
export async function networkStats(executor: Executor): Promise<NetworkStats> {
  const changeSets = await executor.selectFrom('change_set').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    neighbourhoods: await countEntity(executor, 'neighbourhood'),
    taxonomyTerms: await countEntity(executor, 'taxonomy_term'),
    organisations: await countEntity(executor, 'organisation'),
    persons: await countEntity(executor, 'person'),
    affiliations: await countEntity(executor, 'affiliation'),
    offers: await countEntity(executor, 'offer'),
    ties: await countEntity(executor, 'tie'),
    logEntries: await countEntity(executor, 'log_entry'),
    casussen: await countEntity(executor, 'casus'),
    casusMatches: await countEntity(executor, 'casus_match'),
    casusFollowUps: await countEntity(executor, 'casus_follow_up'),
    changeSets: Number(changeSets.n),
  };
}
