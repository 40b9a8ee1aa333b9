import { describe, expect, it } from 'vitest';
import { overlapEntries } from '../../shared/analysis/overlap-entries';
import type { OverlapGroup } from '../../shared/analysis/overlapping-offers';
import { pairsOf } from '../../shared/analysis/pairs';
import { term } from '../support/network-builders';

const terms = [{ ...term('everyone', 'target_group'), label: 'alle bewoners' }, term('elderly', 'target_group'), term('youth', 'target_group')];

/** A group of organisations doing the same; `knows` are the pairs that know each other. */
function group(neighbourhoodId: string, themeId: string, targetGroupId: string, timeOfDay: string | null, organisationIds: string[], knows: [string, string][] = []): OverlapGroup {
  const known = new Set(knows.map((pair) => [...pair].sort().join('|')));
  const pairs = pairsOf([...organisationIds].sort());
  return {
    neighbourhoodId,
    themeId,
    targetGroupId,
    timeOfDay,
    offerIds: organisationIds.map((id) => `offer-${id}-${themeId}`),
    organisationIds: [...organisationIds].sort(),
    connectedPairs: pairs.filter((pair) => known.has(pair.join('|'))),
    unconnectedPairs: pairs.filter((pair) => !known.has(pair.join('|'))),
  };
}

describe('overlaps as a list to act on', () => {
  it('names a pair to introduce once, folds the same organisations doing more of the same into one entry, and drops a group with nothing new', () => {
    const entries = overlapEntries(
      [
        group('north', 'meet', 'elderly', 'ochtend', ['a', 'b', 'c']),
        // The same three for young people in the afternoon: the same finding.
        group('north', 'meet', 'youth', 'middag', ['a', 'b', 'c']),
        // Two of them and one more: mostly the same organisations.
        group('north', 'meet', 'elderly', 'middag', ['a', 'b', 'd']),
        // The same organisations in another theme: a finding of its own, with no pair repeated, so not listed.
        group('north', 'learn', 'elderly', 'avond', ['a', 'b']),
        // Elsewhere, other organisations.
        group('south', 'meet', 'elderly', 'ochtend', ['x', 'y']),
      ],
      { terms },
    );
    expect(entries.map((entry) => [entry.neighbourhoodId, entry.themeId, entry.organisationIds.join(''), entry.alsoFor.map((also) => also.themeId).join(',')])).toEqual([
      ['north', 'meet', 'abcd', 'meet,meet'],
      ['south', 'meet', 'xy', ''],
    ]);
    const pairs = entries.flatMap((entry) => entry.unconnectedPairs.map((pair) => pair.join('')));
    expect(pairs).toEqual(['ab', 'ac', 'bc', 'ad', 'bd', 'xy']);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('puts groups where nobody knows anybody first, then the most organisations, and weak signals last with their reason', () => {
    const entries = overlapEntries(
      [
        group('north', 'meet', 'elderly', 'ochtend', ['a', 'b', 'c', 'd'], [['a', 'b']]),
        group('north', 'sport', 'youth', 'avond', ['e', 'f']),
        group('north', 'learn', 'youth', 'middag', ['g', 'h', 'i']),
        group('north', 'meet', 'everyone', 'middag', ['j', 'k', 'l', 'm', 'n']),
        group('north', 'walk', 'elderly', null, ['o', 'p']),
        // Everyone here knows everyone: nothing to do, not listed.
        group('north', 'read', 'elderly', 'ochtend', ['q', 'r'], [['q', 'r']]),
      ],
      { terms },
    );
    expect(entries.map((entry) => [entry.themeId, entry.weakReason])).toEqual([
      ['learn', null],
      ['sport', null],
      ['meet', null],
      ['meet', 'alle-bewoners'],
      ['walk', 'dagdeel-onbekend'],
    ]);
    expect(entries[2]!.connectedPairs).toEqual([['a', 'b']]);
  });
});
