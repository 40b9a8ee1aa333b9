import { groupBy } from '../collections/group-by';
import { hasLeft } from '../domain/affiliation';
import type { Organisation } from '../domain/organisation';
import { liesIn } from '../domain/neighbourhood';
import { preferredPhone, type Person } from '../domain/person';
import type { Task } from '../domain/task';
import { daysBetween } from '../dates/days-between';
import { addMonths } from '../dates/add-months';
import type { NetworkData } from '../network/network-data';
import { lastContactByPerson } from './last-contact';

/**
 * How often the broker means to see someone, in months, when she set
 * nothing herself: a warm contact every three months (warm contacts are the
 * ones that go cold unnoticed), a lukewarm one every six, a cold one once a
 * year; someone she does not know yet has no rhythm. An organisation goes
 * by its warmest person, and one that took part in a casus in the last year
 * at least every three months (its referral chain is in use).
 */
export const defaultRhythmMonths = { warm: 3, lauw: 6, koud: 12 } as const;
const CASUS_RHYTHM_MONTHS = 3;

/** Visits in a round unless she chooses otherwise: about a morning on the bike. */
export const ROUND_SIZE = 10;

/** A person's rhythm in months as she set it, else by warmth; null when she does not know them yet (no rhythm). */
export function personRhythmMonths(person: Pick<Person, 'visitEveryMonths' | 'brokerWarmth'>): number | null {
  return person.visitEveryMonths ?? (person.brokerWarmth ? defaultRhythmMonths[person.brokerWarmth] : null);
}
const UNKNOWN_ORGANISATION_RHYTHM_MONTHS = 12;

/** One organisation due for a visit, and why it comes where it does. */
export interface DueVisit {
  organisationId: string;
  name: string;
  address: string;
  postcode: string | null;
  /** The last contact with it or any of its people; null: never. */
  lastContact: string | null;
  rhythmMonths: number;
  /** When the visit was due: the last contact plus the rhythm (a person's own rhythm may make it sooner). */
  dueOn: string;
  daysOverdue: number;
  /** 1 and up: warmth, position in the network and casus use. */
  weight: number;
  /** How far past due, in rhythms (30 days late on a 3-month rhythm: 0.33), times the weight: the order of the list. */
  score: number;
  /** Whom to ask for: the person most overdue there, else the warmest. */
  askFor: { personId: string; name: string; phone: string | null; mobile: boolean } | null;
  /** Open afspraken and introductions with this organisation or its people. */
  openTasks: Task[];
  /** Why it weighs more, shown as tags: a warm contact there, a spilfiguur (among the tenth most in between), in use for casussen. */
  reasons: VisitReason[];
  /** It works in the wijk but lies outside it (its postcode is none of the wijk's areas): a detour on the round. */
  outsideWijk: boolean;
}

export type VisitReason = 'warm' | 'spilfiguur' | 'casus';

/** Among the tenth of organisations the most network runs through: a spilfiguur. */
const SPILFIGUUR_RANK = 0.9;

export interface DueVisitOptions {
  today: string;
  /** Only organisations working in this wijk; null for all. */
  neighbourhoodId: string | null;
  /** Betweenness of each network node (`organisation:ID`): how much of the network runs through it. */
  betweenness?: ReadonlyMap<string, number>;
  /** How many casus handovers in the last year went through each organisation. */
  casusUse?: ReadonlyMap<string, number>;
}

const warmthWeight = { warm: 0.5, lauw: 0.25, koud: 0 } as const;
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The "Tijd voor een bezoek" list: active organisations whose visit is due
 * (the last contact with them or their people plus the rhythm lies today or
 * before), furthest past due first, counted in rhythms (a month late on a
 * three-month rhythm is a third), weighted by importance: the broker's warmth
 * with its people (up to +0.5), how much of the network runs through it
 * (its rank by betweenness among all organisations, up to +0.5: raw
 * betweenness is near 0 for all but a few, and would weigh nothing) and its
 * casus use (+0.1 per handover, up to +0.5).
 * An organisation never contacted counts as one rhythm overdue.
 */
export function dueVisits(data: NetworkData, options: DueVisitOptions): DueVisit[] {
  const lastContact = lastContactByPerson(data.logEntries);
  const lastOfOrganisation = new Map<string, string>();
  for (const entry of data.logEntries) {
    if (entry.archivedAt !== null) continue;
    for (const id of entry.organisationIds) if ((lastOfOrganisation.get(id) ?? '') < entry.occurredOn) lastOfOrganisation.set(id, entry.occurredOn);
  }
  const personById = new Map(data.persons.map((person) => [person.id, person]));
  const peopleOf = new Map<string, Person[]>();
  for (const [organisationId, roles] of groupBy(data.affiliations.filter((affiliation) => affiliation.archivedAt === null && !hasLeft(affiliation)), (affiliation) => [affiliation.organisationId])) {
    peopleOf.set(organisationId, roles.flatMap((role) => personById.get(role.personId) ?? []).filter((person) => person.archivedAt === null));
  }
  const openTasks = data.tasks.filter((task) => task.archivedAt === null && task.doneOn === null);
  const centralRank = betweennessRank(data.organisations, options.betweenness);
  const wijk = options.neighbourhoodId ? data.neighbourhoods.find((neighbourhood) => neighbourhood.id === options.neighbourhoodId) : undefined;
  const result: DueVisit[] = [];
  for (const organisation of data.organisations) {
    if (organisation.archivedAt !== null || organisation.status !== 'actief') continue;
    if (options.neighbourhoodId && !organisation.neighbourhoodIds.includes(options.neighbourhoodId)) continue;
    const people = peopleOf.get(organisation.id) ?? [];
    const last = [lastOfOrganisation.get(organisation.id) ?? null, ...people.map((person) => lastContact.get(person.id) ?? null)].reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
    const casusUse = options.casusUse?.get(organisation.id) ?? 0;
    const rhythmMonths = rhythmOf(organisation, people, casusUse);
    // A person with a shorter rhythm she set for them makes the organisation due sooner (their warmth is in the organisation's already).
    const candidates = [{ dueOn: dueAfter(last, rhythmMonths, options.today), months: rhythmMonths, person: null as Person | null }];
    for (const person of people) {
      const own = person.visitEveryMonths;
      if (own !== null && own < rhythmMonths) candidates.push({ dueOn: dueAfter(lastContact.get(person.id) ?? null, own, options.today), months: own, person });
    }
    const earliest = candidates.reduce((best, candidate) => (candidate.dueOn < best.dueOn ? candidate : best));
    if (earliest.dueOn > options.today) continue;
    const daysOverdue = daysBetween(earliest.dueOn, options.today);
    // How far past due, in rhythms: three weeks late is much for a monthly contact, little for a yearly one.
    const overdue = daysOverdue / (earliest.months * DAYS_PER_MONTH);
    const warmest = people.reduce<Person | null>((best, person) => (rank(person) > (best ? rank(best) : -1) ? person : best), null);
    const rankInNetwork = centralRank.get(organisation.id) ?? 0;
    const weight = 1 + (warmest?.brokerWarmth ? warmthWeight[warmest.brokerWarmth] : 0) + 0.5 * rankInNetwork + Math.min(0.5, 0.1 * casusUse);
    const ask = earliest.person ?? warmest ?? people[0] ?? null;
    const personIds = new Set(people.map((person) => person.id));
    result.push({
      organisationId: organisation.id,
      name: organisation.name,
      address: organisation.address,
      postcode: organisation.postcode,
      lastContact: last,
      rhythmMonths: earliest.months,
      dueOn: earliest.dueOn,
      daysOverdue,
      weight,
      score: overdue * weight,
      askFor: ask ? askFor(ask) : null,
      openTasks: openTasks.filter((task) => task.organisationIds.includes(organisation.id) || (task.ownerPersonId !== null && personIds.has(task.ownerPersonId))),
      outsideWijk: wijk ? liesIn(wijk, organisation.postcode) === false : false,
      reasons: [...(warmest?.brokerWarmth === 'warm' ? ['warm' as const] : []), ...(rankInNetwork >= SPILFIGUUR_RANK ? ['spilfiguur' as const] : []), ...(casusUse > 0 ? ['casus' as const] : [])],
    });
  }
  return result.sort((left, right) => right.score - left.score || left.name.localeCompare(right.name, 'nl'));
}

/**
 * Each active organisation's rank by betweenness, 0..1: the share of the
 * other active organisations with less running through them (the most
 * central has 1). One with nothing running through it has rank 0.
 */
function betweennessRank(organisations: readonly Organisation[], values: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const ranks = new Map<string, number>();
  if (!values) return ranks;
  const active = organisations.filter((organisation) => organisation.archivedAt === null);
  const sorted = active.map((organisation) => values.get(`organisation:${organisation.id}`) ?? 0).sort((left, right) => left - right);
  for (const organisation of active) {
    const value = values.get(`organisation:${organisation.id}`) ?? 0;
    if (value <= 0) continue;
    // How many have strictly less: a binary search for the first equal value.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    ranks.set(organisation.id, low / Math.max(1, sorted.length - 1));
  }
  return ranks;
}

/** The person to ask for, with the number to call: the mobile, else the first. */
function askFor(person: Person): NonNullable<DueVisit['askFor']> {
  const phone = preferredPhone(person);
  return { personId: person.id, name: person.name, phone: phone?.number ?? null, mobile: phone?.label === 'mobiel' };
}

const warmthRank = { koud: 0, lauw: 1, warm: 2 } as const;
const rank = (person: Person) => (person.brokerWarmth ? warmthRank[person.brokerWarmth] : -1);

function rhythmOf(organisation: Organisation, people: readonly Person[], casusUse: number): number {
  if (organisation.visitEveryMonths !== null) return organisation.visitEveryMonths;
  const byPeople = people.flatMap((person): number[] => (person.brokerWarmth ? [defaultRhythmMonths[person.brokerWarmth]] : []));
  const months = byPeople.length > 0 ? Math.min(...byPeople) : UNKNOWN_ORGANISATION_RHYTHM_MONTHS;
  return casusUse > 0 ? Math.min(months, CASUS_RHYTHM_MONTHS) : months;
}

/** The day a visit is due: the last contact plus the rhythm; never seen: one rhythm ago, so it is due now and counts one rhythm overdue. */
function dueAfter(last: string | null, months: number, today: string): string {
  return last ? addMonths(last, months) : addMonths(today, -months);
}

/** House number of an address ("Zwaanshals 12a" -> 12), for the order along a street. */
function houseNumber(address: string): number {
  const match = /(\d+)\s*[a-zA-Z]?\s*$/.exec(address.trim());
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

const streetOf = (address: string) => address.replace(/\s*\d+.*$/, '').trim().toLowerCase();

/**
 * The visits of a round in an order to cycle them: those in the wijk first,
 * by postcode (neighbouring postcodes are neighbouring streets in the
 * Netherlands), then street, then house number along it; those without a
 * postcode after them, by street; the detours outside the wijk last.
 */
export function cyclingOrder<Visit extends Pick<DueVisit, 'postcode' | 'address' | 'name'> & Partial<Pick<DueVisit, 'outsideWijk'>>>(visits: readonly Visit[]): Visit[] {
  const postcodeKey = (postcode: string | null) => (postcode ? postcode.replace(/\s+/g, '').toUpperCase() : '\uffff');
  return [...visits].sort(
    (left, right) =>
      Number(left.outsideWijk ?? false) - Number(right.outsideWijk ?? false) ||
      postcodeKey(left.postcode).localeCompare(postcodeKey(right.postcode)) ||
      streetOf(left.address).localeCompare(streetOf(right.address), 'nl') ||
      houseNumber(left.address) - houseNumber(right.address) ||
      left.name.localeCompare(right.name, 'nl'),
  );
}
