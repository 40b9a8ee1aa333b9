import type { Meeting } from '../domain/meeting';
import type { NetworkData } from '../network/network-data';
import { contactPersonFinder } from './planned-introductions';

/** Who a meeting is for, as the broker filters her network: each '' for any. */
export interface InviteeFilter {
  neighbourhoodId: string;
  /** A kind of organisation, or a group of kinds (its sub-kinds count too). */
  kindId: string;
  /** Organisations with an active offer on this theme / for this target group. */
  themeId: string;
  targetGroupId: string;
}

export interface Invitee {
  organisationId: string;
  /** The person to invite there (known best, spoken to last); null when nobody is known. */
  personId: string | null;
}

/**
 * The organisations a filter chooses, each with the person to invite:
 * active organisations working in the wijk, of the kind, with an active
 * offer on the theme and for the target group; in name order.
 */
export function inviteesByFilter(data: NetworkData, filter: InviteeFilter, today: string): Invitee[] {
  const parentOf = new Map(data.terms.map((term) => [term.id, term.parentId]));
  const offering = (test: (offer: NetworkData['offers'][number]) => boolean) => new Set(data.offers.filter((offer) => offer.archivedAt === null && offer.status === 'actief' && test(offer)).map((offer) => offer.organisationId));
  const onTheme = filter.themeId ? offering((offer) => offer.themeIds.includes(filter.themeId)) : null;
  const forGroup = filter.targetGroupId ? offering((offer) => offer.targetGroupIds.includes(filter.targetGroupId)) : null;
  const contactPersonAt = contactPersonFinder(data, today);
  return data.organisations
    .filter(
      (organisation) =>
        organisation.archivedAt === null &&
        organisation.status === 'actief' &&
        (!filter.neighbourhoodId || organisation.neighbourhoodIds.includes(filter.neighbourhoodId)) &&
        (!filter.kindId || organisation.kindId === filter.kindId || parentOf.get(organisation.kindId) === filter.kindId) &&
        (!onTheme || onTheme.has(organisation.id)) &&
        (!forGroup || forGroup.has(organisation.id)),
    )
    .sort((left, right) => left.name.localeCompare(right.name, 'nl'))
    .map((organisation) => ({ organisationId: organisation.id, personId: contactPersonAt(organisation.id)?.id ?? null }));
}

/** One line of the invitation list: an organisation invited, and the person there. */
export interface InvitationLine {
  organisation: string;
  person: string;
  email: string;
  phone: string;
}

/**
 * The invitation list of a meeting: each organisation invited with its
 * invited person (or none), the address to write to (the person's, else the
 * organisation's) and the phone. People invited without their organisation
 * invited stand on lines of their own.
 */
export function invitationLines(data: NetworkData, meeting: Pick<Meeting, 'invitedOrganisationIds' | 'invitedPersonIds' | 'heldOn'>): InvitationLine[] {
  const organisations = new Map(data.organisations.map((organisation) => [organisation.id, organisation]));
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const invitedPeople = new Set(meeting.invitedPersonIds);
  const placed = new Set<string>();
  const lines: InvitationLine[] = [];
  for (const organisationId of meeting.invitedOrganisationIds) {
    const organisation = organisations.get(organisationId);
    if (!organisation) continue;
    const people = data.affiliations.filter((affiliation) => affiliation.organisationId === organisationId && invitedPeople.has(affiliation.personId) && affiliation.archivedAt === null).map((affiliation) => affiliation.personId);
    const here = [...new Set(people)].flatMap((id) => persons.get(id) ?? []);
    if (here.length === 0) lines.push({ organisation: organisation.name, person: '', email: organisation.email ?? '', phone: organisation.phone ?? '' });
    for (const person of here) {
      placed.add(person.id);
      lines.push({ organisation: organisation.name, person: person.name, email: person.email ?? organisation.email ?? '', phone: person.phones[0]?.number ?? organisation.phone ?? '' });
    }
  }
  for (const personId of meeting.invitedPersonIds) {
    const person = persons.get(personId);
    if (!person || placed.has(personId)) continue;
    lines.push({ organisation: '', person: person.name, email: person.email ?? '', phone: person.phones[0]?.number ?? '' });
  }
  return lines;
}

/** The addresses of an invitation list, each once, ready to paste into Bcc. */
export function bccAddresses(lines: readonly InvitationLine[]): string {
  const seen = new Map<string, string>();
  for (const line of lines) if (line.email) seen.set(line.email.toLowerCase(), line.email);
  return [...seen.values()].join('; ');
}

/** The meetings by what they ask of the broker now: to record (held, not yet logged), ahead, and done. */
export function meetingGroups(meetings: readonly Meeting[], today: string): { toRecord: Meeting[]; planned: Meeting[]; recorded: Meeting[] } {
  const active = meetings.filter((meeting) => meeting.archivedAt === null);
  const byDate = (left: Meeting, right: Meeting) => left.heldOn.localeCompare(right.heldOn) || (left.startsAt ?? '').localeCompare(right.startsAt ?? '');
  return {
    toRecord: active.filter((meeting) => meeting.logEntryId === null && meeting.heldOn <= today).sort(byDate),
    planned: active.filter((meeting) => meeting.logEntryId === null && meeting.heldOn > today).sort(byDate),
    recorded: active.filter((meeting) => meeting.logEntryId !== null).sort((left, right) => byDate(right, left)),
  };
}
