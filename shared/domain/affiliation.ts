import { z } from 'zod';
import { isoDate, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';

/** A person's role at an organisation, with the period it holds. */
export const affiliationFields = z.object({
  personId: recordId,
  organisationId: recordId,
  role: shortText,
  since: isoDate.nullable(),
  until: isoDate.nullable(),
});
export type AffiliationFields = z.output<typeof affiliationFields>;
export type Affiliation = AffiliationFields & RecordMeta;

export const affiliationCreate = affiliationFields.partial().required({ personId: true, organisationId: true }).strict();
export const affiliationPatch = affiliationFields.omit({ personId: true, organisationId: true }).partial().strict();
export const affiliationDefaults: Omit<AffiliationFields, 'personId' | 'organisationId'> = { role: '', since: null, until: null };

export function affiliationProblems(affiliation: AffiliationFields): string[] {
  if (affiliation.since && affiliation.until && affiliation.until < affiliation.since) {
    return ['Einddatum ligt vóór de begindatum.'];
  }
  return [];
}

/** A role the person holds on `today`: not archived, not ended before it. */
export function isCurrentAffiliation(affiliation: Affiliation, today: string): boolean {
  return affiliation.archivedAt === null && (affiliation.until === null || affiliation.until >= today);
}
