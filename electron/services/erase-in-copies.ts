import { forgetDeletedData } from '../database/forget-deleted';
import { appendToLedger, readLedger, type LedgerEntry } from '../database/erasure-ledger';
import { rewriteBackups } from '../database/backups';
import type { SpinwebDatabase } from '../database/open-database';
import { anonymiseCasussen } from './anonymise-casussen';
import { erasePersonRecords } from './person-rights';
import { createServiceContext, type ServiceContext } from './service-context';

type Erasure = Omit<LedgerEntry, 'at'>;

/**
 * Applies erasures to a network (a backup being rewritten, a restored copy):
 * persons that are still there are erased, casussen that still hold free
 * text are anonymised, and the old pages leave the file. Returns how many
 * records it changed; a network that holds none of them is left untouched.
 */
export async function applyErasures(context: ServiceContext, erasures: readonly Erasure[]): Promise<number> {
  const personIds = erasures.filter((erasure) => erasure.kind === 'person').map((erasure) => erasure.id);
  const casusIds = erasures.filter((erasure) => erasure.kind === 'casus').map((erasure) => erasure.id);
  const persons = personIds.length === 0 ? [] : await context.db.selectFrom('person').select('id').where('id', 'in', personIds).execute();
  const casussen =
    casusIds.length === 0
      ? []
      : await context.db
          .selectFrom('casus')
          .select('id')
          .where('id', 'in', casusIds)
          .where((eb) => eb.or([eb('question', '!=', ''), eb('wishes_and_talents', '!=', ''), eb('unmet_need_reason', '!=', ''), eb('outcome', '!=', '')]))
          .execute();
  for (const person of persons) await erasePersonRecords(context, person.id);
  await anonymiseCasussen(context, casussen.map((casus) => casus.id));
  const changed = persons.length + casussen.length;
  if (changed > 0) await forgetDeletedData(context.db);
  return changed;
}

/**
 * After an erasure or anonymisation in the live file: written to the
 * network's erasure ledger, and every backup is rewritten without it, so the
 * promise "ook uit de geschiedenis" holds for the copies too. Only for a
 * network with a file (the app, browser mode, the CLI).
 */
export async function eraseInCopies(context: ServiceContext, erasures: readonly Erasure[]): Promise<void> {
  if (!context.databaseFile || erasures.length === 0) return;
  appendToLedger(context.databaseFile, erasures, context.clock.now().toISOString());
  await rewriteBackups(context.databaseFile, (copy: SpinwebDatabase) => applyErasures(createServiceContext(copy.db, context.actor, context.clock), erasures).then(() => undefined));
}

/**
 * The ledger replayed on the live file: at every start and after a restore,
 * so a copy put back (a backup from elsewhere, a copy made by hand) never
 * brings back a person or a text that was erased.
 */
export async function replayErasureLedger(network: SpinwebDatabase, context: ServiceContext): Promise<number> {
  return applyErasures(context, readLedger(network.file));
}
