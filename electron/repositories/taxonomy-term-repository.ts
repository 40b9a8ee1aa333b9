import type { TaxonomyTerm, TaxonomyTermFields } from '../../shared/domain/taxonomy-term';
import { taxonomyKind } from '../../shared/taxonomies/taxonomy';
import { termRole } from '../../shared/domain/vocabulary';
import type { TaxonomyTermRow } from '../database/schema';
import { code, codeList, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const taxonomyTermRepository: EntityRepository<TaxonomyTermFields, TaxonomyTerm, TaxonomyTermRow> = {
  kind: 'taxonomyTerm',
  table: 'taxonomy_term',
  orderBy: 'sort_order',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    taxonomy: fields.taxonomy,
    label: fields.label,
    parent_id: fields.parentId,
    sort_order: fields.sortOrder,
    roles: JSON.stringify(fields.roles),
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    taxonomy: code({ schema: taxonomyKind }, row.taxonomy, 'taxonomy'),
    label: row.label,
    parentId: row.parent_id,
    sortOrder: row.sort_order,
    roles: codeList(termRole, row.roles, 'roles'),
  }),
  links: [],
  describe: (fields) => fields.label,
};
