import { z } from 'zod';
import { taxonomyKind } from '../taxonomies/taxonomy';
import { recordId, requiredName } from './primitives';
import { termRole } from './vocabulary';
import type { RecordMeta } from './record';

export const taxonomyTermFields = z.object({
  taxonomy: taxonomyKind,
  label: requiredName,
  parentId: recordId.nullable(),
  sortOrder: z.number().int().min(0).max(100_000),
  /** What logic relies on the term for (see `termRole`): kept when the term is renamed. */
  roles: z.array(termRole.schema).max(termRole.codes.length),
});
export type TaxonomyTermFields = z.output<typeof taxonomyTermFields>;
export type TaxonomyTerm = TaxonomyTermFields & RecordMeta;

export const taxonomyTermCreate = taxonomyTermFields.partial().required({ taxonomy: true, label: true }).strict();
// A term cannot move to another list: records refer to it for its meaning.
export const taxonomyTermPatch = taxonomyTermFields.omit({ taxonomy: true }).partial().strict();
export const taxonomyTermDefaults: Omit<TaxonomyTermFields, 'taxonomy' | 'label'> = { parentId: null, sortOrder: 1000, roles: [] };
