import { formatDate } from '../../shared/dates/format-date';
import type { CasusFollowUp, CasusFollowUpFields } from '../../shared/domain/casus-follow-up';
import type { CasusFollowUpRow } from '../database/schema';
import { dropOutReason } from '../../shared/domain/vocabulary';
import { metaColumns, metaFromRow, optionalCode, optionalFlag, type EntityRepository } from './entity-repository';

export const casusFollowUpRepository: EntityRepository<CasusFollowUpFields, CasusFollowUp, CasusFollowUpRow> = {
  kind: 'casusFollowUp',
  table: 'casus_follow_up',
  orderBy: 'due_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    casus_id: fields.casusId,
    due_on: fields.dueOn,
    done_on: fields.doneOn,
    still_participating: optionalFlag(fields.stillParticipating),
    stop_reason: fields.stopReason,
    note: fields.note,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    casusId: row.casus_id,
    dueOn: row.due_on,
    doneOn: row.done_on,
    stillParticipating: row.still_participating === null ? null : row.still_participating === 1,
    stopReason: optionalCode(dropOutReason, row.stop_reason, 'stopReason'),
    note: row.note,
  }),
  links: [],
  describe: (fields) => formatDate(fields.dueOn),
};
