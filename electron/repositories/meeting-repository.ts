import { meetingName, type Meeting, type MeetingFields } from '../../shared/domain/meeting';
import { meetingKind } from '../../shared/domain/vocabulary';
import type { MeetingRow } from '../database/schema';
import { code, metaColumns, metaFromRow, type EntityRepository } from './entity-repository';

export const meetingRepository: EntityRepository<MeetingFields, Meeting, MeetingRow> = {
  kind: 'meeting',
  table: 'meeting',
  orderBy: 'held_on',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    kind: fields.kind,
    title: fields.title,
    held_on: fields.heldOn,
    starts_at: fields.startsAt,
    place: fields.place,
    theme_id: fields.themeId,
    neighbourhood_id: fields.neighbourhoodId,
    note: fields.note,
    log_entry_id: fields.logEntryId,
  }),
  fromRow: (row, links) => ({
    ...metaFromRow(row),
    kind: code(meetingKind, row.kind, 'kind'),
    title: row.title,
    heldOn: row.held_on,
    startsAt: row.starts_at,
    place: row.place,
    themeId: row.theme_id,
    neighbourhoodId: row.neighbourhood_id,
    note: row.note,
    invitedOrganisationIds: links.invitedOrganisationIds ?? [],
    invitedPersonIds: links.invitedPersonIds ?? [],
    attendedOrganisationIds: links.attendedOrganisationIds ?? [],
    attendedPersonIds: links.attendedPersonIds ?? [],
    logEntryId: row.log_entry_id,
  }),
  links: [
    { field: 'invitedOrganisationIds', table: 'meeting_invited_organisation', ownerColumn: 'meeting_id', valueColumn: 'organisation_id' },
    { field: 'invitedPersonIds', table: 'meeting_invited_person', ownerColumn: 'meeting_id', valueColumn: 'person_id' },
    { field: 'attendedOrganisationIds', table: 'meeting_attended_organisation', ownerColumn: 'meeting_id', valueColumn: 'organisation_id' },
    { field: 'attendedPersonIds', table: 'meeting_attended_person', ownerColumn: 'meeting_id', valueColumn: 'person_id' },
  ],
  describe: meetingName,
};
