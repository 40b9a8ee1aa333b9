import { z } from 'zod';
import { recordId, requiredName } from './primitives';
import type { RecordMeta } from './record';

/** A wijk or a buurt within a wijk (`parentId`). */
export const neighbourhoodFields = z.object({
  name: requiredName,
  parentId: recordId.nullable(),
});
export type NeighbourhoodFields = z.output<typeof neighbourhoodFields>;
export type Neighbourhood = NeighbourhoodFields & RecordMeta;

export const neighbourhoodCreate = neighbourhoodFields.partial().required({ name: true }).strict();
export const neighbourhoodPatch = neighbourhoodFields.partial().strict();
export const neighbourhoodDefaults: Omit<NeighbourhoodFields, 'name'> = { parentId: null };
