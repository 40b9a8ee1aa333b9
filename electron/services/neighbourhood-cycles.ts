import { parentCycle } from '../../shared/domain/neighbourhood';
import type { ChangeRecorder } from '../changes/change-recorder';

/** A neighbourhood that would lie within itself, named in Dutch: "Oude Noorden → Agniesebuurt → Oude Noorden". */
export async function neighbourhoodCycles(trx: ChangeRecorder['trx'], writtenIds: readonly string[]): Promise<string[]> {
  const rows = await trx.selectFrom('neighbourhood').select(['id', 'name', 'parent_id']).execute();
  const parentOf = new Map(rows.map((row) => [row.id, row.parent_id]));
  const nameOf = new Map(rows.map((row) => [row.id, row.name]));
  for (const id of writtenIds) {
    const cycle = parentCycle(parentOf, id);
    if (cycle) return [`Een wijk kan niet binnen zichzelf liggen: ${cycle.map((member) => nameOf.get(member) ?? member).join(' → ')}. Kies een andere bovenliggende wijk.`];
  }
  return [];
}
