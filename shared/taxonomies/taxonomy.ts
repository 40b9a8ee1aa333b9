import { z } from 'zod';

/**
 * The editable classification lists. Their terms are data (table
 * `taxonomy_term`, Dutch defaults shipped by migration 0002); the lists
 * themselves are fixed because the analysis and the forms know them.
 */
export const taxonomyKinds = [
  'pg_dimension',
  'theme',
  'main_reason',
  'life_domain',
  'referrer_type',
  'organisation_kind',
  'target_group',
] as const;

export const taxonomyKind = z.enum(taxonomyKinds, { error: 'Onbekende lijst.' });
export type TaxonomyKind = z.infer<typeof taxonomyKind>;

export const taxonomyLabels: Record<TaxonomyKind, string> = {
  pg_dimension: 'Positieve Gezondheid',
  theme: 'Thema (Welzijn op Recept)',
  main_reason: 'Hoofdreden verwijzing',
  life_domain: 'Leefgebied',
  referrer_type: 'Soort verwijzer',
  organisation_kind: 'Soort organisatie',
  target_group: 'Doelgroep',
};
