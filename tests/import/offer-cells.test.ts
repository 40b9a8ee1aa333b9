// How the import reads an offer's cells as sociale kaarten write them: the
// schedule as sessions (and what it says beyond them kept as text),
// languages, accessibility, access, yes/no and capacity.
import { describe, expect, it } from 'vitest';
import { readAccess, readAccessibility, readCapacity, readLanguages, readSchedule, readYesNo } from '../../shared/import/offer-cells';
import { isFreeCost, timesOfDayFor } from '../../shared/domain/offer';

describe('reading an offer from spreadsheet cells', () => {
  it.each([
    ['di en do 10.00-11.30', [{ weekdays: ['di', 'do'], startsAt: '10:00', endsAt: '11:30', frequency: 'wekelijks' }], ''],
    ['Dinsdag 10:00 - 11:30 uur', [{ weekdays: ['di'], startsAt: '10:00', endsAt: '11:30', frequency: 'wekelijks' }], ''],
    ['za 14:00-16:00, om de week', [{ weekdays: ['za'], startsAt: '14:00', endsAt: '16:00', frequency: 'tweewekelijks' }], ''],
    ['maandelijks op vrijdag 19:30', [{ weekdays: ['vr'], startsAt: '19:30', endsAt: null, frequency: 'maandelijks' }], ''],
    // Which Monday of the month a session cannot say: the text stays.
    ['eerste maandag van de maand 19:30', [{ weekdays: ['ma'], startsAt: '19:30', endsAt: null, frequency: 'maandelijks' }], 'eerste maandag van de maand 19:30'],
    // Said more than one session can hold: the text stays as written beside it.
    ['woensdagmiddag, niet in de schoolvakanties', [{ weekdays: ['wo'], startsAt: null, endsAt: null, frequency: 'wekelijks' }], 'woensdagmiddag, niet in de schoolvakanties'],
    // A range of days is every day in it.
    ['ma t/m vr 09:00-17:00', [{ weekdays: ['ma', 'di', 'wo', 'do', 'vr'], startsAt: '09:00', endsAt: '17:00', frequency: 'wekelijks' }], ''],
    ['dinsdag tot donderdag 10.00-12.00', [{ weekdays: ['di', 'wo', 'do'], startsAt: '10:00', endsAt: '12:00', frequency: 'wekelijks' }], ''],
    ['ma 9:00-12:00 en vr 13:00-15:00', [{ weekdays: ['ma', 'vr'], startsAt: '09:00', endsAt: '12:00', frequency: 'wekelijks' }], 'ma 9:00-12:00 en vr 13:00-15:00'],
    // No day: nothing to structure, all kept as text.
    ['in overleg', [], 'in overleg'],
    ['', [], ''],
  ])('"%s"', (cell, sessions, rest) => {
    expect(readSchedule(cell)).toMatchObject({ sessions, rest });
  });

  it('takes the part of the day from "woensdagmiddag" and from hours, and the weekend from the days', () => {
    expect(readSchedule('woensdagmiddag').timesOfDay).toEqual(['middag']);
    expect(readSchedule('zaterdagochtend').timesOfDay).toEqual(['ochtend', 'weekend']);
    // Hours say the dagdelen; a session without hours leaves them to the cells.
    const { sessions, timesOfDay } = readSchedule('di 10:00-13:00');
    expect(timesOfDayFor(sessions, timesOfDay, ['avond'])).toEqual(['ochtend', 'middag']);
    const rough = readSchedule('woensdagmiddag');
    expect(timesOfDayFor(rough.sessions, rough.timesOfDay, ['avond'])).toEqual(['middag', 'avond']);
  });

  it('reads languages by Dutch and English name, learners by "NT2", and names what is not a language', () => {
    expect(readLanguages('Nederlands, Arabisch / Tamazight; NT2')).toEqual({ languages: ['nl', 'ar', 'ber'], forLanguageLearners: true, unknown: [] });
    expect(readLanguages('English, Klingon')).toEqual({ languages: ['en'], forLanguageLearners: false, unknown: ['Klingon'] });
    expect(readLanguages('Engels en Farsi')).toEqual({ languages: ['en', 'fa'], forLanguageLearners: false, unknown: [] });
  });

  it('reads accessibility and access by the words spreadsheets use', () => {
    expect(readAccessibility('rolstoel; ringleiding, lift')).toEqual({ accessibility: ['rolstoel', 'gelijkvloers', 'ringleiding'], unknown: [] });
    expect(readAccessibility('trapje bij de ingang')).toEqual({ accessibility: [], unknown: ['trapje bij de ingang'] });
    expect(['Vrije inloop', 'aanmelden', 'via verwijzing', 'met indicatie', 'soms'].map(readAccess)).toEqual(['vrije_inloop', 'aanmelden', 'verwijzing', 'indicatie', null]);
  });

  it('reads yes/no, a capacity and a free cost; what it cannot read is null', () => {
    expect(['ja', 'X', 'nee', '', 'misschien'].map(readYesNo)).toEqual([true, true, false, false, null]);
    expect(['12', 'max. 15 plaatsen', 'twaalf', '10-12'].map(readCapacity)).toEqual([12, 15, null, null]);
    expect(['gratis', '', '€ 0,00', '€ 2,50 per keer'].map(isFreeCost)).toEqual([true, true, true, false]);
  });
});
