import { z } from 'zod';
import { recordId, requiredName } from './primitives';
import type { RecordMeta } from './record';

/** The four digits of a Dutch postcode: a wijk is made of whole postcode areas. */
export const postcodeArea = z.string().trim().regex(/^[1-9]\d{3}$/, { error: 'Een postcodegebied is vier cijfers, zoals 3035.' });

/** A neighbourhood or a buurt within a neighbourhood (`parentId`). */
export const neighbourhoodFields = z.object({
  name: requiredName,
  parentId: recordId.nullable(),
  /** Its postcode areas (3035, 3036): to tell an address inside the wijk from one outside it. */
  postcodeAreas: z.array(postcodeArea).max(50),
});
export type NeighbourhoodFields = z.output<typeof neighbourhoodFields>;
export type Neighbourhood = NeighbourhoodFields & RecordMeta;

export const neighbourhoodCreate = neighbourhoodFields.partial().required({ name: true }).strict();
export const neighbourhoodPatch = neighbourhoodFields.partial().strict();
export const neighbourhoodDefaults: Omit<NeighbourhoodFields, 'name'> = { parentId: null, postcodeAreas: [] };

/**
 * Whether a postcode lies in the wijk: null when the wijk has no postcode
 * areas or the address has no postcode (then nobody can tell).
 */
export function liesIn(neighbourhood: Pick<NeighbourhoodFields, 'postcodeAreas'>, postcode: string | null): boolean | null {
  if (neighbourhood.postcodeAreas.length === 0 || !postcode) return null;
  return neighbourhood.postcodeAreas.includes(postcode.replace(/\s+/g, '').slice(0, 4));
}

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
