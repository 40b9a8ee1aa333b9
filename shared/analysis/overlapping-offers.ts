import type { Affiliation } from '../domain/affiliation';
import type { TieEnd } from '../domain/tie';
import type { NetworkData } from '../network/network-data';
import { pairsOf } from './pairs';

/** Offers from different organisations doing the same thing in the same neighbourhood (the broker's "dubbelingen"). */
export interface OverlapGroup {
  neighbourhoodId: string;
  themeId: string;
  targetGroupId: string;
  /** The part of the day they share ("ochtend"), or null when the offers do not say. */
  timeOfDay: string | null;
  offerIds: string[];
  organisationIds: string[];
  /** Pairs of these organisations that know each other (a tie between them or their people). */
  connectedPairs: [string, string][];
  /** Pairs that do not: each one an introduction to make. */
  unconnectedPairs: [string, string][];
}

/** Which organisations are connected: a tie between them, between their people, or between one and the other's people. */
/** The organisations a tie's end stands for: the organisation itself, or every organisation the person has a role at. */
export function organisationsOfEnds(affiliations: readonly Affiliation[]): { organisationsOfEnd: (end: TieEnd) => string[]; homesOf: ReadonlyMap<string, ReadonlySet<string>> } {
  const homesOf = new Map<string, Set<string>>();
  for (const affiliation of affiliations) {
    if (affiliation.archivedAt) continue;
    const homes = homesOf.get(affiliation.personId);
    if (homes) homes.add(affiliation.organisationId);
    else homesOf.set(affiliation.personId, new Set([affiliation.organisationId]));
  }
  return { organisationsOfEnd: (end) => (end.kind === 'organisation' ? [end.id] : [...(homesOf.get(end.id) ?? [])]), homesOf };
}

export function organisationConnections(data: NetworkData): (a: string, b: string) => boolean {
  const { organisationsOfEnd, homesOf } = organisationsOfEnds(data.affiliations);
  const connected = new Set<string>();
  for (const tie of data.ties) {
    if (tie.archivedAt) continue;
    for (const a of organisationsOfEnd(tie.from)) for (const b of organisationsOfEnd(tie.to)) if (a !== b) connected.add([a, b].sort().join('|'));
  }
  // Someone working at both is a connection too.
  for (const homes of homesOf.values()) {
    for (const pair of pairsOf([...homes])) connected.add(pair.sort().join('|'));
  }
  return (a, b) => connected.has([a, b].sort().join('|'));
}

/**
 * Groups active offers by neighbourhood, theme, target group and time of day where at
 * least two organisations offer the same, and says which of them know each
 * other. "These three do the same in Oude Noorden and don't know each other."
 * An offer that names no time of day joins every time of day of its kind.
 */
export function overlappingOffers(data: NetworkData): OverlapGroup[] {
  const isConnected = organisationConnections(data);
  type Bucket = { neighbourhoodId: string; themeId: string; targetGroupId: string; timeOfDay: string | null; offerIds: string[]; organisationIds: Set<string> };
  const groups = new Map<string, Bucket>();
  const untimed = new Map<string, { offerId: string; organisationId: string }[]>();
  for (const offer of data.offers) {
    if (offer.archivedAt || offer.status !== 'actief') continue;
    for (const neighbourhoodId of offer.neighbourhoodIds) {
      for (const themeId of offer.themeIds) {
        for (const targetGroupId of offer.targetGroupIds) {
          const base = `${neighbourhoodId}|${themeId}|${targetGroupId}`;
          if (offer.timesOfDay.length === 0) {
            untimed.set(base, [...(untimed.get(base) ?? []), { offerId: offer.id, organisationId: offer.organisationId }]);
            continue;
          }
          for (const timeOfDay of offer.timesOfDay) {
            const key = `${base}|${timeOfDay}`;
            const group = groups.get(key) ?? { neighbourhoodId, themeId, targetGroupId, timeOfDay, offerIds: [], organisationIds: new Set<string>() };
            group.offerIds.push(offer.id);
            group.organisationIds.add(offer.organisationId);
            groups.set(key, group);
          }
        }
      }
    }
  }
  for (const [base, offers] of untimed) {
    const timed = [...groups.entries()].filter(([key]) => key.startsWith(`${base}|`)).map(([, group]) => group);
    const [neighbourhoodId, themeId, targetGroupId] = base.split('|') as [string, string, string];
    for (const group of timed.length > 0 ? timed : [{ neighbourhoodId, themeId, targetGroupId, timeOfDay: null, offerIds: [], organisationIds: new Set<string>() }]) {
      for (const { offerId, organisationId } of offers) {
        group.offerIds.push(offerId);
        group.organisationIds.add(organisationId);
      }
      if (timed.length === 0) groups.set(`${base}|`, group);
    }
  }
  const seen = new Set<string>();
  const result: OverlapGroup[] = [];
  for (const group of groups.values()) {
    const organisationIds = [...group.organisationIds].sort();
    if (organisationIds.length < 2) continue;
    // The same organisations doing it mornings and afternoons is one finding, not two.
    const signature = `${group.neighbourhoodId}|${group.themeId}|${group.targetGroupId}|${organisationIds.join(',')}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    const connectedPairs: [string, string][] = [];
    const unconnectedPairs: [string, string][] = [];
    for (const pair of pairsOf(organisationIds)) (isConnected(pair[0], pair[1]) ? connectedPairs : unconnectedPairs).push(pair);
    result.push({ neighbourhoodId: group.neighbourhoodId, themeId: group.themeId, targetGroupId: group.targetGroupId, timeOfDay: group.timeOfDay, offerIds: group.offerIds, organisationIds, connectedPairs, unconnectedPairs });
  }
  // The ones that most need an introduction first.
  return result.sort((left, right) => right.unconnectedPairs.length - left.unconnectedPairs.length || right.organisationIds.length - left.organisationIds.length);
}
