import { z } from 'zod';
import { isoDate, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';

/** A person's role at an organisation, with the period it holds. */
export const affiliationFields = z.object({
  personId: recordId,
  organisationId: recordId,
  role: shortText,
  since: isoDate.nullable(),
  /** The last day of the role: set when the person left ("vertrokken per …"). */
  until: isoDate.nullable(),
  /** Who took over when the person left: the one search and the referrals point to instead. */
  successorPersonId: recordId.nullable(),
});
export type AffiliationFields = z.output<typeof affiliationFields>;
export type Affiliation = AffiliationFields & RecordMeta;

export const affiliationCreate = affiliationFields.partial().required({ personId: true, organisationId: true }).strict();
export const affiliationPatch = affiliationFields.omit({ personId: true, organisationId: true }).partial().strict();
export const affiliationDefaults: Omit<AffiliationFields, 'personId' | 'organisationId'> = { role: '', since: null, until: null, successorPersonId: null };

export function affiliationProblems(affiliation: AffiliationFields): string[] {
  if (affiliation.since && affiliation.until && affiliation.until < affiliation.since) {
    return ['Einddatum ligt vóór de begindatum.'];
  }
  if (affiliation.successorPersonId === affiliation.personId) return ['Iemand kan niet zijn eigen opvolger zijn.'];
  if (affiliation.successorPersonId && !affiliation.until) return ['Een opvolger hoort bij een vertrek: vul ook de einddatum in.'];
  return [];
}

/**
 * Whether the person has left this role: an end date is recorded when the
 * broker hears of a departure ("vertrokken per …"), and from then on search
 * and referrals point to the successor, not to this person's number. One
 * rule, without a date, so a search index built once stays right.
 */
export function hasLeft(affiliation: Pick<AffiliationFields, 'until'>): boolean {
  return affiliation.until !== null;
}

/** A role the person holds on `today`: not archived, not ended before it. */
export function isCurrentAffiliation(affiliation: Affiliation, today: string): boolean {
  return affiliation.archivedAt === null && (affiliation.until === null || affiliation.until >= today);
}

/**
 * A person who has left, as search and referrals see them: every role of
 * theirs (at `organisationId`, or anywhere) has ended. The role they left
 * last, with its successor; null while they still work there (or anywhere).
 */
export function departureOf<Role extends Pick<Affiliation, 'personId' | 'organisationId' | 'until' | 'successorPersonId' | 'archivedAt'>>(roles: readonly Role[], organisationId?: string): Role | null {
  const relevant = roles.filter((role) => role.archivedAt === null && (organisationId === undefined || role.organisationId === organisationId));
  if (relevant.length === 0 || relevant.some((role) => !hasLeft(role))) return null;
  return relevant.reduce((latest, role) => ((role.until ?? '') > (latest.until ?? '') ? role : latest));
}
