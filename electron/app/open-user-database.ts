import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoNetwork } from '../demo/build-demo-network';
import type { SpinwebDatabase } from '../database/open-database';
import { openSafely, type DamageChoice, type DamageReport } from '../database/open-safely';
import { localToday } from '../../shared/dates/local-today';
import { applyCasusRetention } from '../services/casus-retention';
import { createServiceContext } from '../services/service-context';

/**
 * Opens the network in the user's data folder: checked first (a damaged
 * file asks `onDamage`: restore the latest good backup or open read-only),
 * then the daily backup. On the very first start the user chooses: the demo
 * network, or an empty one.
 */
export async function openUserDatabase(userDataDir: string, wantsDemo: () => Promise<boolean>, onDamage: (report: DamageReport) => Promise<DamageChoice>): Promise<SpinwebDatabase> {
  const file = join(userDataDir, 'spinweb.sqlite');
  const firstStart = !existsSync(file);
  const { network, readOnly } = await openSafely(file, { now: () => new Date(), onDamage });
  if (readOnly) return network;
  if (firstStart && (await wantsDemo())) await buildDemoNetwork(network.db, { seed: 2026, today: localToday() });
  // Closed casussen past their retention period are anonymised at every start.
  await applyCasusRetention(createServiceContext(network.db, 'bewaartermijn'), { today: localToday(), dryRun: false });
  return network;
}
