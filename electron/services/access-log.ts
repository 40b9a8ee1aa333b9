import type { AccessLogEntry } from '../../shared/domain/access-log';
import type { Executor } from '../changes/row-access';
import type { ServiceContext } from './service-context';

/** Notes that casus data was looked at (NEN 7513-style: who, what, when). */
export async function logAccess(context: ServiceContext, action: AccessLogEntry['action'], entityId: string | null, detail: string): Promise<void> {
  await context.db.insertInto('access_log').values({ at: context.clock.now().toISOString(), actor: context.actor, action, entity_kind: 'casus', entity_id: entityId, detail }).execute();
}

/** The newest entries first; for one casus when `entityId` is given. */
export async function listAccess(executor: Executor, options: { entityId?: string | undefined; limit?: number | undefined }): Promise<AccessLogEntry[]> {
  let query = executor.selectFrom('access_log').selectAll().orderBy('id', 'desc').limit(options.limit ?? 200);
  if (options.entityId !== undefined) query = query.where('entity_id', '=', options.entityId);
  const rows = await query.execute();
  return rows.map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action as AccessLogEntry['action'], entityKind: 'casus', entityId: row.entity_id, detail: row.detail }));
}
