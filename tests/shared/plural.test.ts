import { describe, expect, it } from 'vitest';
import { describeCounts } from '../../shared/domain/network-stats';
import { countOf } from '../../shared/text/plural';

describe('Dutch counts', () => {
  it('says one in the singular and every other number in the plural', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'bezoek', 'bezoeken'))).toEqual(['0 bezoeken', '1 bezoek', '2 bezoeken']);
    expect(describeCounts({ organisations: 1, persons: 1, offers: 1, ties: 0, logEntries: 0, casussen: 1 })).toBe('1 organisatie, 1 contactpersoon, 1 aanbod, 1 casus');
  });
});
