import type { Affiliation, AffiliationFields } from '../../shared/domain/affiliation';
import type { AffiliationRow } from '../database/schema';
import { metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const affiliationRepository: EntityRepository<AffiliationFields, Affiliation, AffiliationRow> = {
  kind: 'affiliation',
  table: 'affiliation',
  orderBy: 'id',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    person_id: fields.personId,
    organisation_id: fields.organisationId,
    role: fields.role,
    since: fields.since,
    until: fields.until,
    successor_person_id: fields.successorPersonId,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    personId: row.person_id,
    organisationId: row.organisation_id,
    role: row.role,
    since: row.since,
    until: row.until,
    successorPersonId: row.successor_person_id,
  }),
  links: [],
  describe: (fields) => fields.role || 'functie',
};
