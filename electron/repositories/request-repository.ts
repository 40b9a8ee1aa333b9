import type { Request, RequestFields, RequestReply, RequestReplyFields } from '../../shared/domain/request';
import type { RequestReplyRow, RequestRow } from '../database/schema';
import { metaColumns, metaFromRow, type EntityRepository } from './entity-repository';
import { shortened } from '../../shared/text/shorten';


export const requestRepository: EntityRepository<RequestFields, Request, RequestRow> = {
  kind: 'request',
  table: 'request',
  orderBy: 'asked_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    question: fields.question,
    asked_on: fields.askedOn,
    neighbourhood_id: fields.neighbourhoodId,
    theme_id: fields.themeId,
    closed_on: fields.closedOn,
  }),
  fromRow: (row, links) => ({
    ...metaFromRow(row),
    question: row.question,
    askedOn: row.asked_on,
    neighbourhoodId: row.neighbourhood_id,
    themeId: row.theme_id,
    organisationIds: links.organisationIds ?? [],
    personIds: links.personIds ?? [],
    closedOn: row.closed_on,
  }),
  links: [
    { field: 'organisationIds', table: 'request_organisation', ownerColumn: 'request_id', valueColumn: 'organisation_id' },
    { field: 'personIds', table: 'request_person', ownerColumn: 'request_id', valueColumn: 'person_id' },
  ],
  describe: (fields) => `uitvraag "${shortened(fields.question, 60)}"`,
};

export const requestReplyRepository: EntityRepository<RequestReplyFields, RequestReply, RequestReplyRow> = {
  kind: 'requestReply',
  table: 'request_reply',
  orderBy: 'answered_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    request_id: fields.requestId,
    person_id: fields.personId,
    organisation_id: fields.organisationId,
    answered_on: fields.answeredOn,
    answer: fields.answer,
    log_entry_id: fields.logEntryId,
    offer_id: fields.offerId,
    tie_id: fields.tieId,
    casus_match_id: fields.casusMatchId,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    requestId: row.request_id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    answeredOn: row.answered_on,
    answer: row.answer,
    logEntryId: row.log_entry_id,
    offerId: row.offer_id,
    tieId: row.tie_id,
    casusMatchId: row.casus_match_id,
  }),
  links: [],
  describe: (fields) => `antwoord op een uitvraag (${fields.answeredOn})`,
};
