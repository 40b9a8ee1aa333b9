import { describe, expect, it } from 'vitest';
import { meaningColours } from '../../renderer/src/screens/network/network-style';

describe('the map\'s colours', () => {
  it('gives every meaning a colour of its own: no kind, line, overlay or mark shares one', () => {
    const byColour = new Map<string, string[]>();
    for (const [meaning, colour] of Object.entries(meaningColours)) byColour.set(colour.toLowerCase(), [...(byColour.get(colour.toLowerCase()) ?? []), meaning]);
    expect([...byColour.values()].filter((meanings) => meanings.length > 1)).toEqual([]);
    // Every overlay has its mark among them.
    expect(Object.keys(meaningColours).filter((meaning) => meaning.startsWith('overlay-')).sort()).toEqual(['overlay-casusLinks', 'overlay-coldTies', 'overlay-duplicates', 'overlay-islands', 'overlay-overlaps', 'overlay-weakLinks']);
  });
});
