import { organisationsPresent, proposeMeetingTies, type MeetingTieProposal } from '../../shared/analysis/meeting-ties';
import { AppError } from '../../shared/contract/result';
import { formatDate } from '../../shared/dates/format-date';
import { todayOn } from '../../shared/dates/clock';
import { meetingName, type MeetingRecord, type MeetingRecordOutcome, type Meeting } from '../../shared/domain/meeting';
import { runChange } from '../changes/run-change';
import { entityServices } from './entity-services';
import { recordLogbookWithin } from './record-logbook';
import type { ServiceContext } from './service-context';

async function tieSources(context: ServiceContext) {
  const [organisations, affiliations, ties, offers] = await Promise.all([
    entityServices.organisation.list(context, { includeArchived: false }),
    entityServices.affiliation.list(context, { includeArchived: false }),
    entityServices.tie.list(context, { includeArchived: false }),
    entityServices.offer.list(context, { includeArchived: false }),
  ]);
  return { organisations, affiliations, ties, offers };
}

/** `meetingName` at the start of a sentence. */
const MeetingName = (meeting: Meeting) => meetingName(meeting).replace(/^./, (first) => first.toUpperCase());

/** The ties a meeting may have made, between the organisations present that have none yet. */
export async function meetingTieProposals(context: ServiceContext, meetingId: string): Promise<MeetingTieProposal[]> {
  const meeting = await entityServices.meeting.get(context, meetingId);
  return proposeMeetingTies(meeting, await tieSources(context));
}

/**
 * Records a meeting that took place, as one change: a contact of its kind
 * in the log with everyone present (so "laatst gesproken" moves on for
 * them), the accepted ties with that contact as their source, and the
 * afspraken made, each a task tied to the meeting. One undo takes it all back.
 */
export async function recordMeeting(context: ServiceContext, input: MeetingRecord): Promise<MeetingRecordOutcome> {
  const meeting = await entityServices.meeting.get(context, input.meetingId);
  const name = meetingName(meeting);
  if (meeting.archivedAt !== null) throw new AppError('CONFLICT', `${MeetingName(meeting)} is verwijderd; zet die eerst terug.`);
  if (meeting.logEntryId !== null) throw new AppError('CONFLICT', `${MeetingName(meeting)} is al verwerkt in het logboek.`);
  const today = todayOn(context.clock);
  if (meeting.heldOn > today) throw new AppError('INVALID_INPUT', `${MeetingName(meeting)} is nog niet geweest (${formatDate(meeting.heldOn)}); verwerk die daarna.`);
  const sources = await tieSources(context);
  const present = organisationsPresent(meeting, sources);
  if (present.length === 0 && meeting.attendedPersonIds.length === 0) throw new AppError('INVALID_INPUT', 'Vink eerst aan wie er waren.');
  const presentSet = new Set(present);
  const nameOf = new Map(sources.organisations.map((organisation) => [organisation.id, organisation.name]));
  for (const [position, tie] of input.ties.entries()) {
    const [from, to] = tie.organisationIds;
    if (from === to) throw new AppError('INVALID_INPUT', `ties.${position}: een verbinding loopt tussen twee verschillende organisaties.`);
    const absent = [from, to].find((id) => !presentSet.has(id));
    if (absent) throw new AppError('INVALID_INPUT', `ties.${position}: ${nameOf.get(absent) ?? `organisatie "${absent}"`} was niet op ${name}.`);
  }
  const summary = `Bijeenkomst verwerkt: ${name}`;
  const { result } = await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'create', summary, entityKind: 'meeting', entityId: meeting.id }, async (recorder) => {
    const logged = await recordLogbookWithin(context, recorder, {
      newOrganisations: [],
      newPersons: [],
      entries: [
        {
          occurredOn: meeting.heldOn,
          kind: meeting.kind,
          personIds: meeting.attendedPersonIds,
          organisationIds: present,
          note: [MeetingName(meeting), meeting.place].filter(Boolean).join(', '),
          followUpOn: null,
          ties: input.ties.map((tie) => ({ from: { kind: 'organisation' as const, id: tie.organisationIds[0] }, to: { kind: 'organisation' as const, id: tie.organisationIds[1] }, kind: 'kent' as const, warmth: 'lauw' as const })),
          warmerPersonIds: [],
          offers: [],
        },
      ],
    });
    const logEntryId = logged.entryIds[0];
    if (!logEntryId) throw new Error('the meeting was not logged');
    await entityServices.meeting.updateWithin(context, recorder, meeting.id, { logEntryId });
    const taskIds = await entityServices.task.createMany(
      context,
      recorder,
      input.afspraken.map((afspraak) => ({ kind: 'afspraak' as const, note: afspraak.note.trim(), dueOn: afspraak.dueOn, ownerPersonId: afspraak.ownerPersonId, meetingId: meeting.id, personIds: afspraak.ownerPersonId ? [afspraak.ownerPersonId] : [] })),
    );
    return { logEntryId, tieIds: logged.tieIds, taskIds };
  });
  return result;
}
