import type { Tie, TieEnd } from '../../shared/domain/tie';
import type { Executor } from '../changes/row-access';
import { readRecords } from '../repositories/entity-repository';
import { tieRepository } from '../repositories/tie-repository';

/**
 * The ties that touch any of `ends` (not archived): the only ones a logged
 * tie can match, and those a departing person's successor may take over.
 * Read by their ends (indexed columns), not every tie of the network: at ten
 * times the demo, reading all 22,000 took most of a save.
 */
export async function tiesTouching(executor: Executor, ends: readonly TieEnd[]): Promise<Tie[]> {
  const persons = [...new Set(ends.filter((end) => end.kind === 'person').map((end) => end.id))];
  const organisations = [...new Set(ends.filter((end) => end.kind === 'organisation').map((end) => end.id))];
  if (persons.length === 0 && organisations.length === 0) return [];
  const rows = await executor
    .selectFrom('tie')
    .select('id')
    .where((eb) =>
      eb.or([
        ...(persons.length > 0 ? [eb('from_person_id', 'in', persons), eb('to_person_id', 'in', persons)] : []),
        ...(organisations.length > 0 ? [eb('from_organisation_id', 'in', organisations), eb('to_organisation_id', 'in', organisations)] : []),
      ]),
    )
    .execute();
  return readRecords(executor, tieRepository, rows.map((row) => row.id), false);
}
