import { sql, type Kysely } from 'kysely';
import type { NodePositions } from '../../shared/network/node-positions';
import { chunked } from '../changes/row-access';
import type { Schema } from '../database/schema';

export async function loadPositions(db: Kysely<Schema>): Promise<NodePositions> {
  const rows = await db.selectFrom('node_position').select(['id', 'x', 'y']).execute();
  return Object.fromEntries(rows.map((row) => [row.id, { x: row.x, y: row.y }]));
}

/**
 * Stores map positions in one transaction, outside the change log: they are
 * view state, and a layout of 5,000 nodes would bury the user's real edits.
 */
export async function savePositions(db: Kysely<Schema>, input: { positions: { id: string; x: number; y: number }[]; replace: boolean }): Promise<{ saved: number }> {
  await db.transaction().execute(async (trx) => {
    if (input.replace) await trx.deleteFrom('node_position').execute();
    for (const chunk of chunked(input.positions, 3)) {
      const tuples = chunk.map((position) => sql`(${position.id}, ${position.x}, ${position.y})`);
      await sql`insert into node_position (id, x, y) values ${sql.join(tuples)} on conflict (id) do update set x = excluded.x, y = excluded.y`.execute(trx);
    }
  });
  return { saved: input.positions.length };
}
