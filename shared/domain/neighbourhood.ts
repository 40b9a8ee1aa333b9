import { z } from 'zod';
import { recordId, requiredName } from './primitives';
import type { RecordMeta } from './record';

/** A neighbourhood or a buurt within a neighbourhood (`parentId`). */
export const neighbourhoodFields = z.object({
  name: requiredName,
  parentId: recordId.nullable(),
});
export type NeighbourhoodFields = z.output<typeof neighbourhoodFields>;
export type Neighbourhood = NeighbourhoodFields & RecordMeta;

export const neighbourhoodCreate = neighbourhoodFields.partial().required({ name: true }).strict();
export const neighbourhoodPatch = neighbourhoodFields.partial().strict();
export const neighbourhoodDefaults: Omit<NeighbourhoodFields, 'name'> = { parentId: null };

/**
 * The chain from `start` up its parents when it comes back to `start` (a
 * neighbourhood that lies within itself), or null. Such a chain would make every walk
 * up the hierarchy endless, so no write may make one.
 *
 * @example parentCycle(new Map([['a', 'b'], ['b', 'a']]), 'a') // ['a', 'b', 'a']
 */
export function parentCycle(parentOf: ReadonlyMap<string, string | null>, start: string): string[] | null {
  const chain = [start];
  const seen = new Set<string>(chain);
  for (let current = parentOf.get(start) ?? null; current !== null; current = parentOf.get(current) ?? null) {
    chain.push(current);
    if (current === start) return chain;
    if (seen.has(current)) return null;
    seen.add(current);
  }
  return null;
}
