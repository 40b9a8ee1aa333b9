import { describe, expect, it } from 'vitest';
import { strings } from '../../renderer/src/strings';

describe('the import preview in Dutch, for 0, 1 and 2', () => {
  it('counts in the right number, and speaks of what will happen before and of what happened after', () => {
    const counts = strings.importScreen.counts;
    expect(counts(false, 1, 1, 1, 1, 0)).toBe('1 regel: 1 nieuwe organisatie, 1 contactpersoon, 1 aanbod.');
    expect(counts(false, 2, 0, 2, 2, 1)).toBe('2 regels: 0 nieuwe organisaties, 2 contactpersonen, 2 aanbod; 1 organisatie bestaat al en wordt gekoppeld.');
    expect(counts(false, 3, 0, 0, 0, 2)).toBe('3 regels: 0 nieuwe organisaties, 0 contactpersonen, 0 aanbod; 2 organisaties bestaan al en worden gekoppeld.');
    expect(counts(true, 2, 1, 2, 0, 1)).toBe('2 regels: 1 nieuwe organisatie, 2 contactpersonen, 0 aanbod; 1 organisatie bestond al en is gekoppeld.');
    expect(counts(true, 4, 0, 4, 0, 2)).toBe('4 regels: 0 nieuwe organisaties, 4 contactpersonen, 0 aanbod; 2 organisaties bestonden al en zijn gekoppeld.');
  });
});
