import type { LogEntry } from '../domain/log-entry';
import { listingsToCheck, type ListingToCheck } from '../offers/check-request';
import type { Person } from '../domain/person';
import { shiftDate } from '../dates/shift-date';
import type { NetworkData } from '../network/network-data';
import { lastContactByPerson } from './last-contact';
import { isOpenIntroduction } from './planned-introductions';
import type { Task } from '../domain/task';

/** What needs the broker's attention, each item one click from being handled. */
export interface FollowUps {
  /** Introductions planned and not yet made, whenever due; soonest first. */
  introductions: Task[];
  /** Afspraken made at meetings and not yet done, whenever due; soonest first. */
  afspraken: Task[];
  /** Log follow-ups due within a week (or overdue), not yet done; soonest first. */
  due: LogEntry[];
  /** Warm contacts not spoken to for six months or more; longest silence first. */
  coolingContacts: { person: Person; lastContact: string | null }[];
  /** Organisations whose listing is due for a check (it, or an active offer, unchecked for a year or never); longest unchecked first. */
  listings: ListingToCheck[];
}

/** An afspraak still to be done: not done, not dropped. */
export function isOpenAfspraak(task: Task): boolean {
  return task.kind === 'afspraak' && task.doneOn === null && task.archivedAt === null;
}

export function followUps(data: NetworkData, today: string): FollowUps {
  const weekAhead = shiftDate(today, 7);
  const halfYearAgo = shiftDate(today, -182);
  const lastContact = lastContactByPerson(data.logEntries);
  const due = data.logEntries
    .filter((entry) => entry.archivedAt === null && entry.followUpOn !== null && entry.followUpDoneOn === null && entry.followUpOn <= weekAhead)
    .sort((left, right) => (left.followUpOn ?? '').localeCompare(right.followUpOn ?? ''));
  const coolingContacts = data.persons
    .filter((person) => person.archivedAt === null && person.brokerWarmth === 'warm' && (lastContact.get(person.id) ?? '') < halfYearAgo)
    .map((person) => ({ person, lastContact: lastContact.get(person.id) ?? null }))
    .sort((left, right) => (left.lastContact ?? '').localeCompare(right.lastContact ?? ''));
  const introductions = data.tasks.filter(isOpenIntroduction).sort((left, right) => left.dueOn.localeCompare(right.dueOn));
  const afspraken = data.tasks.filter(isOpenAfspraak).sort((left, right) => left.dueOn.localeCompare(right.dueOn));
  return { introductions, afspraken, due, coolingContacts, listings: listingsToCheck(data, today) };
}
