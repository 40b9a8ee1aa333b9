import { AppError } from '../../shared/contract/result';
import { formatDate } from '../../shared/dates/format-date';
import type { Departure, DepartureMoves, DepartureOutcome, DeparturePlan } from '../../shared/domain/departure';
import type { Tie } from '../../shared/domain/tie';
import { runChange } from '../changes/run-change';
import { readRecords } from '../repositories/entity-repository';
import { organisationRepository } from '../repositories/organisation-repository';
import { personRepository } from '../repositories/person-repository';
import { tiesTouching } from './ties-touching';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

const warmthRank = { warm: 0, lauw: 1, koud: 2 } as const;

/** Everything that runs through the person at the organisation and moves with a successor. */
async function relationsToMove(context: ServiceContext, personId: string, organisationId: string) {
  const [offers, tasks, matches] = await Promise.all([
    entityServices.offer.list(context, { includeArchived: false }),
    entityServices.task.list(context, { includeArchived: false }),
    entityServices.casusMatch.list(context, { includeArchived: false }),
  ]);
  return {
    offers: offers.filter((offer) => offer.contactPersonId === personId && offer.organisationId === organisationId),
    afspraken: tasks.filter((task) => task.kind === 'afspraak' && task.doneOn === null && task.ownerPersonId === personId),
    introductions: tasks.filter((task) => task.kind === 'introductie' && task.doneOn === null && task.personIds.includes(personId) && task.organisationIds.includes(organisationId)),
    // A handover still waiting for its result: the successor follows it up.
    casusMatches: matches.filter((match) => match.personId === personId && match.result === null),
  };
}

const counted = (relations: Awaited<ReturnType<typeof relationsToMove>>): DepartureMoves => ({
  offers: relations.offers.length,
  afspraken: relations.afspraken.length,
  introductions: relations.introductions.length,
  casusMatches: relations.casusMatches.length,
});

/** The person's ties (read by their indexed ends), warmest first, each with the party at its other end. */
async function tiesOf(context: ServiceContext, personId: string): Promise<{ tie: Tie; other: Tie['from'] }[]> {
  const ties = await tiesTouching(context.db, [{ kind: 'person', id: personId }]);
  return ties
    .flatMap((tie) => (tie.from.kind === 'person' && tie.from.id === personId ? [{ tie, other: tie.to }] : tie.to.kind === 'person' && tie.to.id === personId ? [{ tie, other: tie.from }] : []))
    .sort((left, right) => warmthRank[left.tie.warmth] - warmthRank[right.tie.warmth]);
}

async function leavingAffiliation(context: ServiceContext, affiliationId: string) {
  const affiliation = await entityServices.affiliation.get(context, affiliationId);
  if (affiliation.archivedAt !== null) throw new AppError('CONFLICT', 'Deze functie is verwijderd.');
  return affiliation;
}

/** What a departure would move, and the ties the successor may take over: the preview before she confirms. */
export async function departurePlan(context: ServiceContext, affiliationId: string): Promise<DeparturePlan> {
  const affiliation = await leavingAffiliation(context, affiliationId);
  const relations = await relationsToMove(context, affiliation.personId, affiliation.organisationId);
  const ties = await tiesOf(context, affiliation.personId);
  // Only the parties at the other ends are read, for their names.
  const idsOf = (kind: 'person' | 'organisation') => ties.flatMap(({ other }) => (other.kind === kind ? [other.id] : []));
  const [persons, organisations] = await Promise.all([readRecords(context.db, personRepository, idsOf('person'), true), readRecords(context.db, organisationRepository, idsOf('organisation'), true)]);
  const names = new Map<string, string>([...persons.map((person) => [`person:${person.id}`, person.name] as const), ...organisations.map((organisation) => [`organisation:${organisation.id}`, organisation.name] as const)]);
  return {
    moves: counted(relations),
    ties: ties.map(({ tie, other }) => ({ tieId: tie.id, other, otherName: names.get(`${other.kind}:${other.id}`) ?? '?', kind: tie.kind, warmth: tie.warmth })),
  };
}

/**
 * Records that someone left an organisation, as one change: the role ends;
 * with a successor, the offers, open afspraken, planned introductions and
 * waiting casus handovers that ran through them there move to the
 * successor, who gets the same role there if they had none, and the ties
 * she chose are made for the successor. Undone as one change.
 */
export async function recordDeparture(context: ServiceContext, input: Departure): Promise<DepartureOutcome> {
  const affiliation = await leavingAffiliation(context, input.affiliationId);
  const person = await entityServices.person.get(context, affiliation.personId);
  const organisation = await entityServices.organisation.get(context, affiliation.organisationId);
  if (affiliation.until !== null) throw new AppError('CONFLICT', `${person.name} is al vertrokken bij ${organisation.name} (per ${formatDate(affiliation.until)}).`);
  if (affiliation.since && input.leftOn < affiliation.since) throw new AppError('INVALID_INPUT', `${person.name} begon pas op ${formatDate(affiliation.since)} bij ${organisation.name}.`, 'leftOn');
  const successor = input.successorPersonId ? await entityServices.person.get(context, input.successorPersonId) : null;
  if (successor?.id === person.id) throw new AppError('INVALID_INPUT', 'Iemand kan niet zijn eigen opvolger zijn.', 'successorPersonId');
  if (!successor && input.carryTieIds.length > 0) throw new AppError('INVALID_INPUT', 'Verbindingen gaan over op een opvolger; kies eerst wie dat is.', 'carryTieIds');
  const own = new Map((await tiesOf(context, person.id)).map((entry) => [entry.tie.id, entry]));
  for (const tieId of input.carryTieIds) if (!own.has(tieId)) throw new AppError('INVALID_INPUT', `Verbinding "${tieId}" is niet van ${person.name}.`, 'carryTieIds');
  const newOrganisation = input.newRole ? await entityServices.organisation.get(context, input.newRole.organisationId) : null;
  if (newOrganisation?.id === organisation.id) throw new AppError('INVALID_INPUT', `Dat is ${organisation.name} zelf; kies waar ${person.name} naartoe ging.`, 'newRole.organisationId');
  const relations = successor ? await relationsToMove(context, person.id, organisation.id) : null;
  const alreadyThere = successor !== null && (await entityServices.affiliation.list(context, { includeArchived: false })).some((candidate) => candidate.personId === successor.id && candidate.organisationId === organisation.id && candidate.until === null);
  const summary = [`${person.name} vertrokken bij ${organisation.name}`, ...(successor ? [`opvolger ${successor.name}`] : []), ...(newOrganisation ? [`nu bij ${newOrganisation.name}`] : [])].join('; ');
  const { result } = await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'update', summary, entityKind: 'affiliation', entityId: affiliation.id }, async (recorder) => {
    await entityServices.affiliation.updateWithin(context, recorder, affiliation.id, { until: input.leftOn, successorPersonId: successor?.id ?? null });
    const [newAffiliationId = null] = input.newRole ? await entityServices.affiliation.createMany(context, recorder, [{ personId: person.id, organisationId: input.newRole.organisationId, role: input.newRole.role, since: input.leftOn }]) : [];
    if (!successor || !relations) return { moves: { offers: 0, afspraken: 0, introductions: 0, casusMatches: 0 }, tieIds: [], successorAffiliationId: null, newAffiliationId };
    for (const offer of relations.offers) await entityServices.offer.updateWithin(context, recorder, offer.id, { contactPersonId: successor.id });
    for (const task of relations.afspraken) await entityServices.task.updateWithin(context, recorder, task.id, { ownerPersonId: successor.id, personIds: [...new Set(task.personIds.map((id) => (id === person.id ? successor.id : id)))] });
    for (const task of relations.introductions) await entityServices.task.updateWithin(context, recorder, task.id, { personIds: [...new Set(task.personIds.map((id) => (id === person.id ? successor.id : id)))] });
    for (const match of relations.casusMatches) await entityServices.casusMatch.updateWithin(context, recorder, match.id, { personId: successor.id });
    const [successorAffiliationId = null] = alreadyThere ? [] : await entityServices.affiliation.createMany(context, recorder, [{ personId: successor.id, organisationId: organisation.id, role: affiliation.role, since: input.leftOn }]);
    const carried = input.carryTieIds.flatMap((tieId) => {
      const entry = own.get(tieId);
      // A tie with the successor themselves is not carried over to them.
      return entry && !(entry.other.kind === 'person' && entry.other.id === successor.id) ? [entry] : [];
    });
    const tieIds = await entityServices.tie.createMany(
      context,
      recorder,
      carried.map(({ tie, other }) => ({ from: { kind: 'person' as const, id: successor.id }, to: other, kind: tie.kind, warmth: 'lauw' as const, since: input.leftOn, sourceLogEntryId: null, note: `Overgenomen van ${person.name}.` })),
    );
    return { moves: counted(relations), tieIds, successorAffiliationId, newAffiliationId };
  });
  return result;
}
