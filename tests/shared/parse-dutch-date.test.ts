import { describe, expect, it } from 'vitest';
import { parseDutchDate } from '../../shared/dates/parse-dutch-date';

// A Monday late in the year: "3 jan" is then next January, "vrijdag" this week's.
const today = '2026-11-30';

describe('a date as a Dutch broker types it', () => {
  it.each([
    ['3-12', '2026-12-03'],
    ['3-12-2026', '2026-12-03'],
    ['03/12/26', '2026-12-03'],
    ['3.12.2026', '2026-12-03'],
    ['3 dec', '2026-12-03'],
    ['3 dec.', '2026-12-03'],
    ['3 December 2026', '2026-12-03'],
    ['donderdag 3 december 2026', '2026-12-03'],
    ['3 jan', '2027-01-03'],
    ['28-11', '2026-11-28'],
    ['1 mrt 2025', '2025-03-01'],
    ['vandaag', '2026-11-30'],
    ['Morgen', '2026-12-01'],
    ['overmorgen', '2026-12-02'],
    ['gisteren', '2026-11-29'],
    ['vrijdag', '2026-12-04'],
    ['ma', '2026-12-07'],
    ['over 2 weken', '2026-12-14'],
    ['over 3 dagen', '2026-12-03'],
    ['+10', '2026-12-10'],
    ['2026-12-03', '2026-12-03'],
    ['  3 - 12 ', '2026-12-03'],
    ['29-2-2027', null],
    ['31 april', null],
    ['12/31/2026', null],
    ['3 decembre', null],
    ['volgende week', '2026-12-07'],
    ['vrijdag volgende week', '2026-12-11'],
    ['volgende week maandag', '2026-12-07'],
    ['over twee weken', '2026-12-14'],
    ['over een maand', '2026-12-30'],
    ['volgende maand', '2026-12-30'],
    ['over 3 maanden', '2027-02-28'],
    ['volgende week vrijdagmiddag', null],
    ['over veel weken', null],
    ['', null],
  ])('"%s" is %s', (typed, expected) => {
    expect(parseDutchDate(typed, today)).toBe(expected);
  });

  it('reads "vrijdag volgende week" as the Friday of the next calendar week, also on a Sunday', () => {
    expect(parseDutchDate('vrijdag volgende week', '2026-12-06')).toBe('2026-12-11');
    expect(parseDutchDate('zondag volgende week', '2026-12-06')).toBe('2026-12-13');
  });

  it('reads day before month whatever the month could be: 4-5 is the fourth of May', () => {
    expect(parseDutchDate('4-5-2027', today)).toBe('2027-05-04');
  });
});
