import { organisationStatus } from '../../shared/domain/vocabulary';
import type { Organisation, OrganisationFields } from '../../shared/domain/organisation';
import type { OrganisationRow } from '../database/schema';
import { code, jsonList, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const organisationRepository: EntityRepository<OrganisationFields, Organisation, OrganisationRow> = {
  kind: 'organisation',
  table: 'organisation',
  orderBy: 'name',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    name: fields.name,
    aliases: JSON.stringify(fields.aliases),
    kind_id: fields.kindId,
    description: fields.description,
    address: fields.address,
    postcode: fields.postcode,
    city: fields.city,
    phone: fields.phone,
    email: fields.email,
    website: fields.website,
    facilities: JSON.stringify(fields.facilities),
    tags: JSON.stringify(fields.tags),
    status: fields.status,
    verified_on: fields.verifiedOn,
    visit_every_months: fields.visitEveryMonths,
  }),
  fromRow: (row, links) => ({
    ...metaFromRow(row),
    name: row.name,
    aliases: jsonList(row.aliases),
    kindId: row.kind_id,
    description: row.description,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    neighbourhoodIds: links.neighbourhoodIds ?? [],
    phone: row.phone,
    email: row.email,
    website: row.website,
    facilities: jsonList(row.facilities),
    tags: jsonList(row.tags),
    status: code(organisationStatus, row.status, 'status'),
    verifiedOn: row.verified_on,
    visitEveryMonths: row.visit_every_months,
  }),
  links: [{ field: 'neighbourhoodIds', table: 'organisation_neighbourhood', ownerColumn: 'organisation_id', valueColumn: 'neighbourhood_id' }],
  describe: (fields) => fields.name,
};
