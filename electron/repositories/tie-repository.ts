import { tieKind, warmth } from '../../shared/domain/vocabulary';
import type { Tie, TieEnd, TieFields } from '../../shared/domain/tie';
import type { TieRow } from '../database/schema';
import { code, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

function endColumns(end: TieEnd) {
  return { person: end.kind === 'person' ? end.id : null, organisation: end.kind === 'organisation' ? end.id : null };
}

function endFromColumns(personId: string | null, organisationId: string | null): TieEnd {
  return personId !== null ? { kind: 'person', id: personId } : { kind: 'organisation', id: organisationId ?? '' };
}

export const tieRepository: EntityRepository<TieFields, Tie, TieRow> = {
  kind: 'tie',
  table: 'tie',
  orderBy: 'id',
  toRow: (fields, meta) => {
    const from = endColumns(fields.from);
    const to = endColumns(fields.to);
    return {
      ...metaColumns(meta),
      from_person_id: from.person,
      from_organisation_id: from.organisation,
      to_person_id: to.person,
      to_organisation_id: to.organisation,
      kind: fields.kind,
      warmth: fields.warmth,
      since: fields.since,
      source_log_entry_id: fields.sourceLogEntryId,
      note: fields.note,
    };
  },
  fromRow: (row) => ({
    ...metaFromRow(row),
    from: endFromColumns(row.from_person_id, row.from_organisation_id),
    to: endFromColumns(row.to_person_id, row.to_organisation_id),
    kind: code(tieKind, row.kind, 'kind'),
    warmth: code(warmth, row.warmth, 'warmth'),
    since: row.since,
    sourceLogEntryId: row.source_log_entry_id,
    note: row.note,
  }),
  links: [],
  describe: () => 'verbinding',
};
