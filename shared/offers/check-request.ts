import { z } from 'zod';
import { hasLeft } from '../domain/affiliation';
import { describeWhen, type Offer } from '../domain/offer';
import type { Organisation } from '../domain/organisation';
import { preferredPhone } from '../domain/person';
import { isoDate, recordId } from '../domain/primitives';
import { shiftDate } from '../dates/shift-date';
import { groupBy } from '../collections/group-by';
import { formatPhoneDutch } from '../normalise/format-phone';
import type { NetworkData } from '../network/network-data';
import { timeAgo } from '../search/explain';

/** A listing older than this is due for a check: the field's own rule of thumb for a sociale kaart that stays true. */
const CHECK_AFTER_DAYS = 365;

/** An organisation whose listing is due for a check: its own date, and its offers not checked within the year. */
export interface ListingToCheck {
  organisation: Organisation;
  staleOffers: Offer[];
}

const stale = (verifiedOn: string | null, yearAgo: string) => verifiedOn === null || verifiedOn < yearAgo;

/** How fresh a listing is, for its badge: checked this half year, this year, or longer ago (or never). */
export function checkAge(verifiedOn: string | null, today: string): { tone: 'recent' | 'aging' | 'stale'; text: string } {
  if (verifiedOn === null) return { tone: 'stale', text: 'nooit gecontroleerd' };
  const tone = verifiedOn >= shiftDate(today, -182) ? 'recent' : verifiedOn >= shiftDate(today, -CHECK_AFTER_DAYS) ? 'aging' : 'stale';
  return { tone, text: `gecontroleerd ${timeAgo(verifiedOn, today)}` };
}

/** The organisations to ask for a check, the longest unchecked first: their own date gone stale, or any active offer's. */
export function listingsToCheck(data: NetworkData, today: string): ListingToCheck[] {
  const yearAgo = shiftDate(today, -CHECK_AFTER_DAYS);
  const offersOf = groupBy(
    data.offers.filter((offer) => offer.archivedAt === null && offer.status === 'actief'),
    (offer) => [offer.organisationId],
  );
  return data.organisations
    .filter((organisation) => organisation.archivedAt === null && organisation.status === 'actief')
    .map((organisation) => ({ organisation, staleOffers: (offersOf.get(organisation.id) ?? []).filter((offer) => stale(offer.verifiedOn, yearAgo)) }))
    .filter(({ organisation, staleOffers }) => staleOffers.length > 0 || stale(organisation.verifiedOn, yearAgo))
    .sort((left, right) => (left.organisation.verifiedOn ?? '').localeCompare(right.organisation.verifiedOn ?? '') || left.organisation.name.localeCompare(right.organisation.name, 'nl'));
}

/**
 * "Vraag om controle": a Dutch message to an organisation listing what the
 * sociale kaart says of it, its current offers (when, where, cost, whom to
 * ask) and its contacts, asking whether it is still right. To copy into an
 * app or send as an e-mail. Nothing of the broker's own (warmth, notes).
 */
export function checkRequestText(data: NetworkData, organisationId: string): { subject: string; body: string } {
  const organisation = data.organisations.find((candidate) => candidate.id === organisationId);
  const name = organisation?.name ?? '';
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const offers = data.offers.filter((offer) => offer.organisationId === organisationId && offer.archivedAt === null && offer.status === 'actief').sort((left, right) => left.title.localeCompare(right.title, 'nl'));
  const contacts = data.affiliations
    .filter((affiliation) => affiliation.organisationId === organisationId && affiliation.archivedAt === null && !hasLeft(affiliation))
    .flatMap((affiliation) => {
      const person = persons.get(affiliation.personId);
      return person && person.archivedAt === null ? [{ person, role: affiliation.role }] : [];
    })
    .sort((left, right) => left.person.name.localeCompare(right.person.name, 'nl'));
  const offerLines = offers.map((offer) => {
    const contact = offer.contactPersonId ? persons.get(offer.contactPersonId)?.name : undefined;
    const details = [describeWhen(offer), offer.location, offer.cost, contact ? `contact: ${contact}` : ''].filter(Boolean).join('; ');
    return `- ${offer.title}${details ? ` (${details})` : ''}`;
  });
  const contactLines = contacts.map(({ person, role }) => {
    const phone = preferredPhone(person);
    return `- ${[person.name, role, phone ? formatPhoneDutch(phone.number) : '', person.email ?? ''].filter(Boolean).join(', ')}`;
  });
  const body = [
    'Hallo,',
    '',
    `Ik houd de sociale kaart van de wijk bij, zodat huisartsen, wijkteams en bewoners jullie goed vinden. Zo staat ${name} er nu in:`,
    '',
    'Aanbod:',
    ...(offerLines.length > 0 ? offerLines : ['- (nog niets)']),
    '',
    'Contactpersonen:',
    ...(contactLines.length > 0 ? contactLines : ['- (nog niemand)']),
    '',
    'Klopt dit nog? Een kort "klopt" is genoeg; is er iets veranderd, dan hoor ik graag wat.',
    '',
    "Hartelijke groet,\nde Spin in 't Web",
  ].join('\n');
  return { subject: `Klopt dit nog? ${name} op de sociale kaart`, body };
}

/** Her answer to a check, recorded in one click: it still holds, or she changed what was wrong. */
export const listingCheck = z
  .object({
    organisationId: recordId,
    checkedOn: isoDate,
    outcome: z.enum(['klopt', 'aangepast'], { error: 'Kies "klopt" of "aangepast".' }),
  })
  .strict();
export type ListingCheck = z.output<typeof listingCheck>;
