import { formatDate } from '../../shared/dates/format-date';
import { present } from '../../shared/invariants/present';
import { AppError } from '../../shared/contract/result';
import type { LogbookOutcome, LogbookRecord } from '../../shared/domain/logbook-record';
import type { TieEnd } from '../../shared/domain/tie';
import { logKind } from '../../shared/domain/vocabulary';
import { runChange } from '../changes/run-change';
import { tiesTouching } from './ties-touching';
import type { ChangeRecorder } from '../changes/change-recorder';
import { linkRows, readRecords } from '../repositories/entity-repository';
import { organisationRepository } from '../repositories/organisation-repository';
import { personRepository } from '../repositories/person-repository';
import { logEntryRepository } from '../repositories/log-entry-repository';
import { affiliationRepository } from '../repositories/affiliation-repository';
import { taskRepository } from '../repositories/task-repository';
import { introductionsMadeBy, isOpenIntroduction } from '../../shared/analysis/planned-introductions';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';
import { countOf } from '../../shared/text/plural';

const warmer = { koud: 'lauw', lauw: 'warm', warm: 'warm' } as const;
const warmthRank = { koud: 0, lauw: 1, warm: 2 } as const;

function sameEnds(a: TieEnd, b: TieEnd, c: TieEnd, d: TieEnd): boolean {
  const same = (x: TieEnd, y: TieEnd) => x.kind === y.kind && x.id === y.id;
  return (same(a, c) && same(b, d)) || (same(a, d) && same(b, c));
}

/**
 * Records a contact or a whole round as one change set: new organisations
 * and people (with their role), the log entries, ties made or strengthened
 * (an introduction keeps its entry as source, and completes the introduction
 * planned between the two), people known a step better,
 * and offers learned about (new ones created, known ones marked verified).
 * One undo takes all of it back.
 */
export async function recordLogbook(context: ServiceContext, input: LogbookRecord): Promise<LogbookOutcome> {
  const at = context.clock.now().toISOString();
  const first = present(input.entries[0], 'the first contact (the schema asks for one)');
  const summary =
    input.entries.length === 1
      ? `Logboek: ${logKind.labels[first.kind]} op ${formatDate(first.occurredOn)}`
      : `Ronde van ${formatDate(first.occurredOn)}: ${countOf(input.entries.length, 'contact', 'contacten')}`;
  const { result } = await runChange(context.db, at, { actor: context.actor, action: 'create', summary, entityKind: 'logEntry' }, (recorder) => recordLogbookWithin(context, recorder, input));
  return result;
}

/** `recordLogbook`'s work inside a change another service runs: a meeting recorded is logged with the ties it made, in the same undo. */
export async function recordLogbookWithin(context: ServiceContext, recorder: ChangeRecorder, input: LogbookRecord): Promise<LogbookOutcome> {
  const at = recorder.at;
  const organisationIds = await entityServices.organisation.createMany(context, recorder, input.newOrganisations);
  const personIds = await entityServices.person.createMany(
    context,
    recorder,
    input.newPersons.map((person) => ({ id: person.id, name: person.name, email: person.email, phones: person.mobile ? [{ number: person.mobile, label: 'mobiel' as const }] : [] })),
  );
  await entityServices.affiliation.createMany(
    context,
    recorder,
    input.newPersons.flatMap((person) => (person.organisationId ? [{ personId: person.id, organisationId: person.organisationId, role: person.role }] : [])),
  );
  const entryIds = await entityServices.logEntry.createMany(
    context,
    recorder,
    input.entries.map((entry) => ({ occurredOn: entry.occurredOn, kind: entry.kind, personIds: entry.personIds, organisationIds: entry.organisationIds, note: entry.note, followUpOn: entry.followUpOn })),
  );
  const tieLinks = present(logEntryRepository.links.find((spec) => spec.field === 'tieIds'), 'the link table of log entries and ties');
  const tieIds: string[] = [];
  const offerIds: string[] = [];
  // Reads inside the change go through its transaction: the connection is held by it.
  const existingTies = await tiesTouching(recorder.trx, input.entries.flatMap((entry) => entry.ties.flatMap((tie) => [tie.from, tie.to])));
  // Planned introductions are read only for a save that logs one: most saves log none.
  const logsIntroduction = input.entries.some((entry) => entry.ties.some((tie) => tie.kind === 'geintroduceerd'));
  const openIntroductions = logsIntroduction ? (await readRecords(recorder.trx, taskRepository, 'all', false)).filter(isOpenIntroduction) : [];
  const affiliations = openIntroductions.length > 0 ? await readRecords(recorder.trx, affiliationRepository, 'all', false) : [];
  const introductionsDone: string[] = [];
  for (const [position, entry] of input.entries.entries()) {
    const entryId = present(entryIds[position], `contact ${position + 1}`);
    const linked: string[] = [];
    for (const tie of entry.ties) {
      if (tie.from.kind === tie.to.kind && tie.from.id === tie.to.id) throw new AppError('INVALID_INPUT', 'Een verbinding moet tussen twee verschillende partijen lopen.');
      // An introduction she planned is done when she logs it: the task records the contact it happened in.
      if (tie.kind === 'geintroduceerd') {
        for (const task of introductionsMadeBy(openIntroductions, tie, affiliations)) {
          await entityServices.task.updateWithin(context, recorder, task.id, { doneOn: entry.occurredOn, doneInLogEntryId: entryId });
          openIntroductions.splice(openIntroductions.indexOf(task), 1);
          introductionsDone.push(task.id);
        }
      }
      const known = existingTies.find((candidate) => sameEnds(candidate.from, candidate.to, tie.from, tie.to) && candidate.kind === tie.kind);
      if (known) {
        // Strengthened, never cooled down by a new contact.
        if (warmthRank[tie.warmth] > warmthRank[known.warmth]) await entityServices.tie.updateWithin(context, recorder, known.id, { warmth: tie.warmth });
        linked.push(known.id);
      } else {
        const id = present((await entityServices.tie.createMany(context, recorder, [{ ...tie, since: entry.occurredOn, sourceLogEntryId: entryId, note: '' }]))[0], 'the new tie');
        existingTies.push({ ...tie, id, since: entry.occurredOn, sourceLogEntryId: entryId, note: '', createdAt: at, updatedAt: at, archivedAt: null });
        linked.push(id);
      }
    }
    await recorder.insert(tieLinks.table, linkRows(tieLinks, entryId, [...new Set(linked)]));
    tieIds.push(...linked);
    for (const personId of entry.warmerPersonIds) {
      const [person] = await readRecords(recorder.trx, personRepository, [personId], true);
      if (!person) throw new AppError('INVALID_INPUT', `Onbekende contactpersoon "${personId}".`, 'warmerPersonIds');
      await entityServices.person.updateWithin(context, recorder, personId, { brokerWarmth: person.brokerWarmth ? warmer[person.brokerWarmth] : 'lauw' });
    }
    for (const offer of entry.offers) {
      if (offer.offerId) {
        // Talked about on the round: still running as known. Changes go through the Adresboek.
        await entityServices.offer.updateWithin(context, recorder, offer.offerId, { verifiedOn: entry.occurredOn });
      } else {
        // Learned on the round: it serves where the organisation works, unless the broker said otherwise.
        const neighbourhoodIds = offer.neighbourhoodIds ?? (await readRecords(recorder.trx, organisationRepository, [offer.organisationId], true))[0]?.neighbourhoodIds ?? [];
        const { offerId: _known, ...fields } = offer;
        offerIds.push(...(await entityServices.offer.createMany(context, recorder, [{ ...fields, neighbourhoodIds, verifiedOn: entry.occurredOn }])));
      }
    }
  }
  return { entryIds, tieIds, personIds, organisationIds, offerIds, introductionsDone };
}
