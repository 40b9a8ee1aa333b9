import type { NetworkData } from '../network/network-data';
import type { OverlapGroup } from './overlapping-offers';

/** What makes an overlap a weak signal, folded away under "minder belangrijk". */
export type WeakOverlapReason = 'alle-bewoners' | 'dagdeel-onbekend';

/** One overlap the broker can act on: who does the same thing, which of them know each other, and which introductions are still to make. */
export interface OverlapEntry {
  neighbourhoodId: string;
  themeId: string;
  targetGroupId: string;
  timeOfDay: string | null;
  /** The same organisations doing the same for another target group or at another part of the day, named with this entry instead of apart. */
  alsoFor: { themeId: string; targetGroupId: string; timeOfDay: string | null }[];
  organisationIds: string[];
  offerIds: string[];
  /** Pairs of these organisations that already know each other. */
  connectedPairs: [string, string][];
  /** Pairs still to introduce, each pair in one entry only. */
  unconnectedPairs: [string, string][];
  /** Null for an overlap that matters; otherwise why it matters less. */
  weakReason: WeakOverlapReason | null;
}

/** Another group counts as the same finding when at least this share of its organisations is in an entry already. */
const SAME_ORGANISATIONS = 0.5;

/**
 * The overlap groups as a list to act on at a meeting. Groups of the same
 * wijk and theme whose organisations are mostly those of an entry already
 * made fold into it (as "ook samen in…"), and a pair of organisations to introduce
 * appears once, in the first entry that has it. Sorted by what matters:
 * groups where nobody knows anybody, then the most organisations. Weak
 * signals come last, with their reason: a target group of "alle bewoners"
 * only (so broad that doing the same says little), or offers that name no
 * part of the day (so whether they clash is unknown).
 */
export function overlapEntries(groups: readonly OverlapGroup[], data: Pick<NetworkData, 'terms'>): OverlapEntry[] {
  const everyone = new Set(data.terms.filter((term) => term.taxonomy === 'target_group' && term.label.toLocaleLowerCase('nl') === 'alle bewoners').map((term) => term.id));
  const weakReason = (group: OverlapGroup): WeakOverlapReason | null => (everyone.has(group.targetGroupId) ? 'alle-bewoners' : group.timeOfDay === null ? 'dagdeel-onbekend' : null);
  const ordered = groups
    .filter((group) => group.unconnectedPairs.length > 0)
    .map((group) => ({ group, weak: weakReason(group) }))
    .sort(
      (left, right) =>
        Number(left.weak !== null) - Number(right.weak !== null) ||
        Number(left.group.connectedPairs.length > 0) - Number(right.group.connectedPairs.length > 0) ||
        right.group.organisationIds.length - left.group.organisationIds.length,
    );
  const entries: OverlapEntry[] = [];
  // Each entry's own organisations, before anything folded in: what a later group is compared with, so an entry cannot snowball.
  const seedOf = new Map<OverlapEntry, ReadonlySet<string>>();
  const pairKey = ([a, b]: [string, string]) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const listed = new Set<string>();
  for (const { group, weak } of ordered) {
    const host = entries.find((entry) => entry.neighbourhoodId === group.neighbourhoodId && entry.themeId === group.themeId && (entry.weakReason === null || weak !== null) && group.organisationIds.filter((id) => seedOf.get(entry)?.has(id)).length / group.organisationIds.length >= SAME_ORGANISATIONS);
    const fresh = group.unconnectedPairs.filter((pair) => !listed.has(pairKey(pair)));
    fresh.forEach((pair) => listed.add(pairKey(pair)));
    if (host) {
      host.alsoFor.push({ themeId: group.themeId, targetGroupId: group.targetGroupId, timeOfDay: group.timeOfDay });
      for (const id of group.organisationIds) if (!host.organisationIds.includes(id)) host.organisationIds.push(id);
      for (const id of group.offerIds) if (!host.offerIds.includes(id)) host.offerIds.push(id);
      const known = new Set(host.connectedPairs.map(pairKey));
      host.connectedPairs.push(...group.connectedPairs.filter((pair) => !known.has(pairKey(pair))));
      host.unconnectedPairs.push(...fresh);
      continue;
    }
    if (fresh.length === 0) continue;
    const entry: OverlapEntry = {
      neighbourhoodId: group.neighbourhoodId,
      themeId: group.themeId,
      targetGroupId: group.targetGroupId,
      timeOfDay: group.timeOfDay,
      alsoFor: [],
      organisationIds: [...group.organisationIds],
      offerIds: [...group.offerIds],
      connectedPairs: [...group.connectedPairs],
      unconnectedPairs: fresh,
      weakReason: weak,
    };
    entries.push(entry);
    seedOf.set(entry, new Set(group.organisationIds));
  }
  // Merging may have joined pairs that know each other: sorted again on the entries themselves.
  return entries.sort((left, right) => Number(left.weakReason !== null) - Number(right.weakReason !== null) || Number(left.connectedPairs.length > 0) - Number(right.connectedPairs.length > 0) || right.organisationIds.length - left.organisationIds.length);
}
