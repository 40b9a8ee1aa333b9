import { describe, expect, it } from 'vitest';
import { personalDataWarnings } from '../../shared/casus/personal-data-warnings';

const kinds = (text: string, known: string[] = []) => personalDataWarnings(text, { today: '2026-11-23', knownWords: known }).map((warning) => `${warning.kind}: ${warning.found}`);

describe('warnings for personal data in casus free text', () => {
  it('finds a name, a phone number, an email address, a BSN and a birth date', () => {
    expect(kinds('Mevrouw Jansen belt zelf terug.')).toEqual(['naam: Mevrouw Jansen']);
    expect(kinds('Wil graag dat Fatima El Amrani meegaat.')).toEqual(['naam: Fatima El Amrani']);
    expect(kinds('Bereikbaar op 06-12345678 na drieën.')).toEqual(['telefoonnummer: 06-12345678']);
    expect(kinds('Mail naar ans.visser@voorbeeld.nl')).toEqual(['e-mailadres: ans.visser@voorbeeld.nl']);
    expect(kinds('BSN 111222333 staat in het dossier.')).toEqual(['BSN: 111222333']);
    expect(kinds('Geboren 12-03-1948 in Delft.')).toEqual(['geboortedatum: 12-03-1948']);
  });

  it('stays quiet on the ordinary text of a referral', () => {
    expect(kinds('Weinig netwerk, moet verhuizen; zoekt iets te doen in de wijk. Houdt van tuinieren en koken.')).toEqual([]);
    expect(kinds('Afspraak op 03-12-2026 bij de POH. Nummer 123456789 is geen BSN.')).toEqual([]);
    // Organisations and places from the network are not a resident's name.
    expect(kinds('Past misschien bij Huis van de Wijk of bij Oude Noorden.', ['Huis van de Wijk Oude Noorden', 'Oude Noorden'])).toEqual([]);
  });
});
