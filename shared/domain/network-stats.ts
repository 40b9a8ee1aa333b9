/** Record counts per entity (archived records included in `total`). */
export interface EntityCount {
  active: number;
  total: number;
}

export interface NetworkStats {
  neighbourhoods: EntityCount;
  taxonomyTerms: EntityCount;
  organisations: EntityCount;
  persons: EntityCount;
  affiliations: EntityCount;
  offers: EntityCount;
  ties: EntityCount;
  logEntries: EntityCount;
  casussen: EntityCount;
  casusMatches: EntityCount;
  casusFollowUps: EntityCount;
  changeSets: number;
}
