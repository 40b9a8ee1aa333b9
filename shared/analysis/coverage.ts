import type { TaxonomyKind } from '../taxonomies/taxonomy';
import type { NetworkData } from '../network/network-data';

export interface CoverageMatrix {
  dimension: 'theme' | 'target_group' | 'pg_dimension';
  wijkIds: string[];
  termIds: string[];
  /** counts[wijk][term]: active offers in that wijk with that term. */
  counts: Record<string, Record<string, number>>;
  empty: { wijkId: string; termId: string }[];
  /** Only one offer: fragile. */
  thin: { wijkId: string; termId: string }[];
}

const fieldOf = { theme: 'themeIds', target_group: 'targetGroupIds', pg_dimension: 'pgDimensionIds' } as const;

/** The wijken that offers are for: leaves of the wijk tree (not the district above them). */
export function wijkIdsOf(data: NetworkData): string[] {
  const parents = new Set(data.neighbourhoods.map((neighbourhood) => neighbourhood.parentId).filter((id): id is string => id !== null));
  return data.neighbourhoods.filter((neighbourhood) => neighbourhood.archivedAt === null && !parents.has(neighbourhood.id)).map((neighbourhood) => neighbourhood.id);
}

/** Offers per wijk and theme (or target group, or Positieve Gezondheid dimension), with the empty and thin cells. */
export function coverageMatrix(data: NetworkData, dimension: CoverageMatrix['dimension']): CoverageMatrix {
  const wijkIds = wijkIdsOf(data);
  const termIds = data.terms.filter((term) => term.taxonomy === (dimension as TaxonomyKind) && term.archivedAt === null).map((term) => term.id);
  const counts: CoverageMatrix['counts'] = Object.fromEntries(wijkIds.map((wijkId) => [wijkId, Object.fromEntries(termIds.map((termId) => [termId, 0]))]));
  for (const offer of data.offers) {
    if (offer.archivedAt || offer.status !== 'actief') continue;
    for (const wijkId of offer.neighbourhoodIds) {
      const row = counts[wijkId];
      if (!row) continue;
      for (const termId of offer[fieldOf[dimension]]) if (termId in row) row[termId] = (row[termId] ?? 0) + 1;
    }
  }
  const cells = wijkIds.flatMap((wijkId) => termIds.map((termId) => ({ wijkId, termId, count: counts[wijkId]?.[termId] ?? 0 })));
  return {
    dimension,
    wijkIds,
    termIds,
    counts,
    empty: cells.filter((cell) => cell.count === 0).map(({ wijkId, termId }) => ({ wijkId, termId })),
    thin: cells.filter((cell) => cell.count === 1).map(({ wijkId, termId }) => ({ wijkId, termId })),
  };
}
