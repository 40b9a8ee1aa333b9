import type { Neighbourhood, NeighbourhoodFields } from '../../shared/domain/neighbourhood';
import type { NeighbourhoodRow } from '../database/schema';
import { metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const neighbourhoodRepository: EntityRepository<NeighbourhoodFields, Neighbourhood, NeighbourhoodRow> = {
  kind: 'neighbourhood',
  table: 'neighbourhood',
  orderBy: 'name',
  toRow: (fields, meta) => ({ ...metaColumns(meta), name: fields.name, parent_id: fields.parentId }),
  fromRow: (row) => ({ ...metaFromRow(row), name: row.name, parentId: row.parent_id }),
  links: [],
  describe: (fields) => fields.name,
};
