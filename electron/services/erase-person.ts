import { forgetDeletedData } from '../database/forget-deleted';
import { eraseInCopies } from './erase-in-copies';
import { erasePersonRecords } from './person-rights';
import type { ServiceContext } from './service-context';

/**
 * Erases a person (AVG right to erasure): from the live file, its bytes
 * included, and from every backup; the erasure ledger keeps them erased in
 * any copy restored later.
 */
export async function erasePerson(context: ServiceContext, personId: string): Promise<{ erased: string; redactedNotes: number; redactedHistory: number }> {
  const outcome = await erasePersonRecords(context, personId);
  await forgetDeletedData(context.db);
  await eraseInCopies(context, [{ kind: 'person', id: personId }]);
  return outcome;
}
