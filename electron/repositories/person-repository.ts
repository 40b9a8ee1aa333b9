import { contactChannel, legalBasis, warmth } from '../../shared/domain/vocabulary';
import type { Person, PersonFields, PersonPhone } from '../../shared/domain/person';
import type { PersonRow } from '../database/schema';
import { code, jsonList, metaColumns, metaFromRow, optionalCode, type EntityRepository } from './entity-repository';

export const personRepository: EntityRepository<PersonFields, Person, PersonRow> = {
  kind: 'person',
  table: 'person',
  orderBy: 'name',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    name: fields.name,
    phones: JSON.stringify(fields.phones),
    email: fields.email,
    preferred_channel: fields.preferredChannel,
    broker_warmth: fields.brokerWarmth,
    expertise_tags: JSON.stringify(fields.expertiseTags),
    notes: fields.notes,
    legal_basis: fields.legalBasis,
    visit_every_months: fields.visitEveryMonths,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    name: row.name,
    phones: jsonList<PersonPhone>(row.phones),
    email: row.email,
    preferredChannel: optionalCode(contactChannel, row.preferred_channel, 'preferredChannel'),
    brokerWarmth: optionalCode(warmth, row.broker_warmth, 'brokerWarmth'),
    expertiseTags: jsonList(row.expertise_tags),
    notes: row.notes,
    legalBasis: code(legalBasis, row.legal_basis, 'legalBasis'),
    visitEveryMonths: row.visit_every_months,
  }),
  links: [],
  describe: (fields) => fields.name,
};
