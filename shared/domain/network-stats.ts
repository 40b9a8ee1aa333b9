import { countOf } from '../text/plural';
import type { EntityKey } from './entity-registry';

/** Record counts per entity (archived records included in `total`). */
export interface EntityCount {
  active: number;
  total: number;
}

/** What a copy of the network holds, in the words the broker checks it by ("184 organisaties, 404 contactpersonen"). */
export interface NetworkCounts {
  organisations: number;
  persons: number;
  offers: number;
  ties: number;
  logEntries: number;
  casussen: number;
}

/** Counts per kind of record, under each kind's key in the entity registry, and the number of changes. */
export type NetworkStats = Record<EntityKey, EntityCount> & { changeSets: number };


/** `184 organisaties, 404 contactpersonen, 300 aanbod, 1 casus`: what a copy holds, for the broker to check before a restore. */
export function describeCounts(counts: NetworkCounts): string {
  return [
    countOf(counts.organisations, 'organisatie', 'organisaties'),
    countOf(counts.persons, 'contactpersoon', 'contactpersonen'),
    countOf(counts.offers, 'aanbod', 'aanbod'),
    countOf(counts.casussen, 'casus', 'casussen'),
  ].join(', ');
}

/** The counts of the records in use (archived ones left out), from the stats: what a screen says it is loading. */
export function activeCounts(stats: NetworkStats): NetworkCounts {
  return {
    organisations: stats.organisations.active,
    persons: stats.persons.active,
    offers: stats.offers.active,
    ties: stats.ties.active,
    logEntries: stats.logEntries.active,
    casussen: stats.casussen.active,
  };
}
