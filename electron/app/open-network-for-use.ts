import { existsSync } from 'node:fs';
import { AppError } from '../../shared/contract/result';
import { join } from 'node:path';
import { todayOn, type Clock } from '../../shared/dates/clock';
import { buildDemoNetwork } from '../demo/build-demo-network';
import { finishPendingErasure } from '../database/forget-deleted';
import { openSafely, type DamageChoice, type DamageReport, type OpenedNetwork } from '../database/open-safely';
import { applyCasusRetention } from '../services/casus-retention';
import { replayErasureLedger } from '../services/erase-in-copies';
import { createServiceContext } from '../services/service-context';

/** What a new network starts as: the fictional demo, or empty. */
export type FirstNetworkChoice = 'demo' | 'empty';

export interface OpenForUseOptions {
  clock: Clock;
  /** Asked once, before a missing file is created; throwing cancels and leaves no file. */
  chooseFirstNetwork: () => Promise<FirstNetworkChoice>;
  /** A damaged file: restore the latest good backup, or open read-only to export. */
  onDamage: (report: DamageReport) => Promise<DamageChoice>;
}

/** An erasure's last step held back by another program stays pending (and says so next time); anything else is an error. */
function ignoreWhileHeldElsewhere(error: unknown): number {
  if (error instanceof AppError && error.code === 'CONFLICT') return 0;
  throw error;
}

/** The app's network in its user-data folder (Electron's `userData`). */
export function userNetworkFile(userDataDir: string): string {
  return join(userDataDir, 'spinweb.sqlite');
}

/**
 * Opens the network the broker works in, as the desktop app and browser
 * mode both do at start: checked first (a damaged file asks `onDamage`), then
 * the daily backup. A file that does not exist yet asks `chooseFirstNetwork`:
 * the demo network or an empty one. Closed casussen past their retention
 * period are anonymised at every start.
 */
export async function openNetworkForUse(file: string, options: OpenForUseOptions): Promise<OpenedNetwork & { anonymisedCasussen: number }> {
  const choice = existsSync(file) ? null : await options.chooseFirstNetwork();
  const opened = await openSafely(file, { clock: options.clock, onDamage: options.onDamage });
  if (opened.readOnly) return { ...opened, anonymisedCasussen: 0 };
  const context = createServiceContext(opened.network.db, 'bewaartermijn', options.clock, { databaseFile: file });
  // An erasure that another open copy held back last time is finished first; the erasure
  // ledger is replayed, so a copy put back (a restore) holds nothing that was erased.
  // If another program still holds the file, the clean-up waits for a next start; the broker can work meanwhile.
  await finishPendingErasure(opened.network.db).catch(ignoreWhileHeldElsewhere);
  await replayErasureLedger(opened.network, context).catch(ignoreWhileHeldElsewhere);
  const today = todayOn(options.clock);
  if (choice === 'demo') await buildDemoNetwork(opened.network.db, { seed: 2026, today });
  const retention = await applyCasusRetention(context, { today, dryRun: false });
  return { ...opened, anonymisedCasussen: retention.anonymised.length };
}
