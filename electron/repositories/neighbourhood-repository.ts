import { postcodeArea, type Neighbourhood, type NeighbourhoodFields } from '../../shared/domain/neighbourhood';
import type { NeighbourhoodRow } from '../database/schema';
import { metaColumns, metaFromRow, storedList, type EntityRepository } from './entity-repository';

export const neighbourhoodRepository: EntityRepository<NeighbourhoodFields, Neighbourhood, NeighbourhoodRow> = {
  kind: 'neighbourhood',
  table: 'neighbourhood',
  orderBy: 'name',
  toRow: (fields, meta) => ({ ...metaColumns(meta), name: fields.name, parent_id: fields.parentId, postcode_areas: JSON.stringify(fields.postcodeAreas) }),
  fromRow: (row) => ({ ...metaFromRow(row), name: row.name, parentId: row.parent_id, postcodeAreas: storedList(postcodeArea, row.postcode_areas, 'postcodeAreas') }),
  links: [],
  describe: (fields) => fields.name,
};
