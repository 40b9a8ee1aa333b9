import { isCurrentAffiliation, type Affiliation } from '../domain/affiliation';
import type { Person } from '../domain/person';
import type { Task } from '../domain/task';
import type { TieEnd } from '../domain/tie';
import { lastContactByPerson } from './last-contact';
import { organisationsOfEnds } from './overlapping-offers';
import type { NetworkData } from '../network/network-data';
import { groupBy } from '../collections/group-by';

const warmthRank = { warm: 2, lauw: 1, koud: 0 } as const;

/** An introduction still to make: not done, not dropped. */
export function isOpenIntroduction(task: Task): boolean {
  return task.kind === 'introductie' && task.doneOn === null && task.archivedAt === null;
}

/** The open introduction planned between these two organisations, either way round, if any. */
export function openIntroductionBetween(tasks: readonly Task[], a: string, b: string): Task | undefined {
  return tasks.find((task) => isOpenIntroduction(task) && task.organisationIds.includes(a) && task.organisationIds.includes(b));
}

/**
 * The person to reach at an organisation for an introduction: of its
 * current people, the one the broker knows best, then the one she spoke to
 * last; none when nobody is known there.
 */
export function contactPersonAt(data: Pick<NetworkData, 'persons' | 'affiliations' | 'logEntries'>, organisationId: string, today: string): Person | undefined {
  return contactPersonFinder(data, today)(organisationId);
}

/**
 * `contactPersonAt` for many organisations: the last contacts, the people
 * and their roles are read once, not once per organisation (an invitation
 * by filter asks it for every organisation of a wijk).
 */
export function contactPersonFinder(data: Pick<NetworkData, 'persons' | 'affiliations' | 'logEntries'>, today: string): (organisationId: string) => Person | undefined {
  const lastContact = lastContactByPerson(data.logEntries);
  const personById = new Map(data.persons.map((person) => [person.id, person]));
  const rolesAt = groupBy(
    data.affiliations.filter((affiliation) => isCurrentAffiliation(affiliation, today)),
    (affiliation) => [affiliation.organisationId],
  );
  return (organisationId) =>
    [...new Set((rolesAt.get(organisationId) ?? []).map((affiliation) => affiliation.personId))]
      .flatMap((personId) => personById.get(personId) ?? [])
      .filter((person) => person.archivedAt === null)
      .sort(
        (left, right) =>
          (right.brokerWarmth ? warmthRank[right.brokerWarmth] : -1) - (left.brokerWarmth ? warmthRank[left.brokerWarmth] : -1) ||
          (lastContact.get(right.id) ?? '').localeCompare(lastContact.get(left.id) ?? '') ||
          left.name.localeCompare(right.name, 'nl'),
      )[0];
}

/**
 * The open introductions that a connection made in the broker's presence
 * ("geïntroduceerd") carries out: one end at each of the two organisations,
 * the organisation itself or one of its people.
 */
export function introductionsMadeBy(tasks: readonly Task[], tie: { from: TieEnd; to: TieEnd }, affiliations: readonly Affiliation[]): Task[] {
  // The same reading of a tie as the overlap analysis: once made, the pair no longer shows as strangers there.
  const { organisationsOfEnd } = organisationsOfEnds(affiliations);
  const from = organisationsOfEnd(tie.from);
  const to = organisationsOfEnd(tie.to);
  return tasks.filter((task) => {
    if (!isOpenIntroduction(task)) return false;
    const [a, b] = task.organisationIds;
    if (a === undefined || b === undefined) return false;
    return (from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a));
  });
}
