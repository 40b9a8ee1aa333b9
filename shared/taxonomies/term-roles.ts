import type { TaxonomyTerm } from '../domain/taxonomy-term';
import type { TermRole } from '../domain/vocabulary';

/** The terms that have a role (archived ones too: records may still carry them), by id. */
export function termIdsWithRole(terms: readonly TaxonomyTerm[], role: TermRole): Set<string> {
  return new Set(terms.filter((term) => term.roles.includes(role)).map((term) => term.id));
}

/**
 * The kind imported organisations get (a spreadsheet does not say; the broker
 * sorts them later): the active kind with the role `onbekende_soort`, else the
 * first active kind in the list; null when the list has none.
 */
export function unknownOrganisationKind(terms: readonly TaxonomyTerm[]): string | null {
  const kinds = terms.filter((term) => term.taxonomy === 'organisation_kind' && term.archivedAt === null);
  return (kinds.find((term) => term.roles.includes('onbekende_soort')) ?? kinds[0])?.id ?? null;
}
