import type { Task, TaskFields } from '../../shared/domain/task';
import { formatDate } from '../../shared/dates/format-date';
import { taskKind } from '../../shared/domain/vocabulary';
import type { TaskRow } from '../database/schema';
import { code, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const taskRepository: EntityRepository<TaskFields, Task, TaskRow> = {
  kind: 'task',
  table: 'task',
  orderBy: 'due_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    kind: fields.kind,
    note: fields.note,
    due_on: fields.dueOn,
    done_on: fields.doneOn,
    done_in_log_entry_id: fields.doneInLogEntryId,
    meeting_id: fields.meetingId,
    owner_person_id: fields.ownerPersonId,
  }),
  fromRow: (row, links) => ({
    ...metaFromRow(row),
    kind: code(taskKind, row.kind, 'kind'),
    organisationIds: links.organisationIds ?? [],
    personIds: links.personIds ?? [],
    note: row.note,
    dueOn: row.due_on,
    doneOn: row.done_on,
    doneInLogEntryId: row.done_in_log_entry_id,
    meetingId: row.meeting_id,
    ownerPersonId: row.owner_person_id,
  }),
  links: [
    { field: 'organisationIds', table: 'task_organisation', ownerColumn: 'task_id', valueColumn: 'organisation_id' },
    { field: 'personIds', table: 'task_person', ownerColumn: 'task_id', valueColumn: 'person_id' },
  ],
  describe: (fields) => (fields.kind === 'afspraak' && fields.note.trim() ? `afspraak: ${fields.note.trim().slice(0, 80)}, vóór ${formatDate(fields.dueOn)}` : `${taskKind.labels[fields.kind]}, vóór ${formatDate(fields.dueOn)}`),
};
