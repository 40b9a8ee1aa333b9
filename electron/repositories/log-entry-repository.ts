import { formatDate } from '../../shared/dates/format-date';
import { logKind } from '../../shared/domain/vocabulary';
import type { LogEntry, LogEntryFields } from '../../shared/domain/log-entry';
import type { LogEntryRow } from '../database/schema';
import { code, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const logEntryRepository: EntityRepository<LogEntryFields, LogEntry, LogEntryRow> = {
  kind: 'logEntry',
  table: 'log_entry',
  orderBy: 'occurred_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    occurred_on: fields.occurredOn,
    kind: fields.kind,
    note: fields.note,
    follow_up_on: fields.followUpOn,
    follow_up_done_on: fields.followUpDoneOn,
  }),
  fromRow: (row, links) => ({
    ...metaFromRow(row),
    occurredOn: row.occurred_on,
    kind: code(logKind, row.kind, 'kind'),
    personIds: links.personIds ?? [],
    organisationIds: links.organisationIds ?? [],
    note: row.note,
    tieIds: links.tieIds ?? [],
    followUpOn: row.follow_up_on,
    followUpDoneOn: row.follow_up_done_on,
  }),
  links: [
    { field: 'personIds', table: 'log_entry_person', ownerColumn: 'log_entry_id', valueColumn: 'person_id' },
    { field: 'organisationIds', table: 'log_entry_organisation', ownerColumn: 'log_entry_id', valueColumn: 'organisation_id' },
    { field: 'tieIds', table: 'log_entry_tie', ownerColumn: 'log_entry_id', valueColumn: 'tie_id' },
  ],
  describe: (fields) => `${logKind.labels[fields.kind]} van ${formatDate(fields.occurredOn)}`,
};
