import { z } from 'zod';

/** A node on the Netwerk map: `organisation:ID` or `person:ID`. */
export const nodeKey = z.string().regex(/^(organisation|person):[A-Za-z0-9_-]{1,64}$/, { error: 'Ongeldige knoop: verwacht organisation:ID of person:ID.' });

const coordinate = z.number({ error: 'Een positie moet een getal zijn.' }).min(-1e7).max(1e7);

/** Positions the Netwerk screen computed, to keep: `replace` drops every earlier one (a fresh layout). */
export const savePositionsInput = z
  .object({
    positions: z.array(z.object({ id: nodeKey, x: coordinate, y: coordinate }).strict()).max(200_000),
    replace: z.boolean(),
  })
  .strict();

export type NodePositions = Record<string, { x: number; y: number }>;

/** Positions as the rows `network.savePositions` and the node_position table take. */
export function positionRows(positions: NodePositions): { id: string; x: number; y: number }[] {
  return Object.entries(positions).map(([id, { x, y }]) => ({ id, x, y }));
}
