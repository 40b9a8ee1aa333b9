import { contactChannel, handoverResult } from '../../shared/domain/vocabulary';
import type { CasusMatch, CasusMatchFields } from '../../shared/domain/casus-match';
import type { CasusMatchRow } from '../database/schema';
import { metaColumns, metaFromRow, optionalCode, type EntityRepository } from './entity-repository';

export const casusMatchRepository: EntityRepository<CasusMatchFields, CasusMatch, CasusMatchRow> = {
  kind: 'casusMatch',
  table: 'casus_match',
  orderBy: 'id',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    casus_id: fields.casusId,
    offer_id: fields.offerId,
    person_id: fields.personId,
    handover_on: fields.handoverOn,
    handover_channel: fields.handoverChannel,
    result: fields.result,
    result_reason: fields.resultReason,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    casusId: row.casus_id,
    offerId: row.offer_id,
    personId: row.person_id,
    handoverOn: row.handover_on,
    handoverChannel: optionalCode(contactChannel, row.handover_channel, 'handoverChannel'),
    result: optionalCode(handoverResult, row.result, 'result'),
    resultReason: row.result_reason,
  }),
  links: [],
  describe: () => 'koppeling',
};
