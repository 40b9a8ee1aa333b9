import type { Presentation, PresentationFields } from '../../shared/domain/presentation';
import type { PresentationRow } from '../database/schema';
import { metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const presentationRepository: EntityRepository<PresentationFields, Presentation, PresentationRow> = {
  kind: 'presentation',
  table: 'presentation',
  orderBy: 'title',
  toRow: (fields, meta) => ({ ...metaColumns(meta), title: fields.title }),
  fromRow: (row, links) => ({ ...metaFromRow(row), title: row.title, mapViewIds: links.mapViewIds ?? [] }),
  links: [{ field: 'mapViewIds', table: 'presentation_map_view', ownerColumn: 'presentation_id', valueColumn: 'map_view_id' }],
  describe: (fields) => fields.title,
};
