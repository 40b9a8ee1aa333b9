import type { TaxonomyKind } from '../taxonomies/taxonomy';
import type { NetworkData } from '../network/network-data';

export interface CoverageMatrix {
  dimension: 'theme' | 'target_group' | 'pg_dimension' | 'life_domain';
  neighbourhoodIds: string[];
  termIds: string[];
  /** counts[neighbourhood][term]: active offers in that neighbourhood with that term. */
  counts: Record<string, Record<string, number>>;
  empty: { neighbourhoodId: string; termId: string }[];
  /** Only one offer: fragile. */
  thin: { neighbourhoodId: string; termId: string }[];
}

const fieldOf = { theme: 'themeIds', target_group: 'targetGroupIds', pg_dimension: 'pgDimensionIds', life_domain: 'lifeDomainIds' } as const;

/** The neighbourhoods that offers are for: leaves of the neighbourhood tree (not the district above them). */
export function neighbourhoodIdsOf(data: NetworkData): string[] {
  const parents = new Set(data.neighbourhoods.map((neighbourhood) => neighbourhood.parentId).filter((id): id is string => id !== null));
  return data.neighbourhoods.filter((neighbourhood) => neighbourhood.archivedAt === null && !parents.has(neighbourhood.id)).map((neighbourhood) => neighbourhood.id);
}

/** Offers per neighbourhood and theme (or target group, life domain or Positieve Gezondheid dimension), with the empty and thin cells. */
export function coverageMatrix(data: NetworkData, dimension: CoverageMatrix['dimension']): CoverageMatrix {
  const neighbourhoodIds = neighbourhoodIdsOf(data);
  const termIds = data.terms.filter((term) => term.taxonomy === (dimension as TaxonomyKind) && term.archivedAt === null).map((term) => term.id);
  const counts: CoverageMatrix['counts'] = Object.fromEntries(neighbourhoodIds.map((neighbourhoodId) => [neighbourhoodId, Object.fromEntries(termIds.map((termId) => [termId, 0]))]));
  for (const offer of data.offers) {
    if (offer.archivedAt || offer.status !== 'actief') continue;
    for (const neighbourhoodId of offer.neighbourhoodIds) {
      const row = counts[neighbourhoodId];
      if (!row) continue;
      for (const termId of offer[fieldOf[dimension]]) if (termId in row) row[termId] = (row[termId] ?? 0) + 1;
    }
  }
  const cells = neighbourhoodIds.flatMap((neighbourhoodId) => termIds.map((termId) => ({ neighbourhoodId, termId, count: counts[neighbourhoodId]?.[termId] ?? 0 })));
  return {
    dimension,
    neighbourhoodIds,
    termIds,
    counts,
    empty: cells.filter((cell) => cell.count === 0).map(({ neighbourhoodId, termId }) => ({ neighbourhoodId, termId })),
    thin: cells.filter((cell) => cell.count === 1).map(({ neighbourhoodId, termId }) => ({ neighbourhoodId, termId })),
  };
}
