import { describe, expect, it } from 'vitest';
import { likelyDuplicateOrganisations, likelyDuplicatePersons } from '../../shared/analysis/likely-duplicates';
import { nameSimilarity } from '../../shared/analysis/name-similarity';
import type { Organisation } from '../../shared/domain/organisation';
import { organisationDefaults } from '../../shared/domain/organisation';
import type { Person } from '../../shared/domain/person';
import { personDefaults } from '../../shared/domain/person';

const meta = { createdAt: 'x', updatedAt: 'x', archivedAt: null };
const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({ ...personDefaults, ...meta, id, name, ...extra });
const organisation = (id: string, name: string, extra: Partial<Organisation> = {}): Organisation => ({ ...organisationDefaults, ...meta, id, name, kindId: 'kind-welzijn', ...extra });

describe('name similarity', () => {
  it.each([
    ['Stichting Buurtwerk Noord', 'Buurtwerk Noord'],
    ['Vrijwilligerscentrale Noord', 'Vrijwilligers Centrale Noord'],
    ['Femke de Wit', 'F. de Wit'],
    ['Femke de Wit', 'femke de wit'],
    ['Fatima el Amrani', 'Fatima El-Amrani'],
    ['Huisartsenpraktijk Zwaanshals', 'Huisartspraktijk Zwaanshals'],
    ['Zoë Nowak', 'Zoe Nowak'],
  ])('sees "%s" and "%s" as the same', (left, right) => {
    expect(nameSimilarity(left, right)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['Femke de Wit', 'Femke de Vries'],
    ['Bibliotheek Blijdorp', 'Bibliotheek Bergpolder'],
    ['Jan Bakker', 'Jan Visser'],
  ])('keeps "%s" and "%s" apart', (left, right) => {
    expect(nameSimilarity(left, right)).toBeLessThan(0.8);
  });
});

describe('likely duplicates', () => {
  const people = [person('a', 'Femke de Wit', { phones: [{ number: '+31612345678', label: 'mobiel' }] }), person('b', 'Said Benali', { email: 'said@buurtwerk.example' }), person('c', 'Femke de Vries')];

  it('offers the known person for a similar name, a shared number or e-mail, best first', () => {
    expect(likelyDuplicatePersons({ name: 'F. de Wit' }, people).map((found) => found.record.id)).toEqual(['a']);
    expect(likelyDuplicatePersons({ name: 'Iemand Anders', mobile: '06-12 34 56 78' }, people)).toMatchObject([{ record: { id: 'a' }, reasons: ['zelfde telefoonnummer'] }]);
    expect(likelyDuplicatePersons({ name: 'S. Benali', email: ' Said@Buurtwerk.example ' }, people)[0]).toMatchObject({ record: { id: 'b' }, reasons: ['zelfde e-mailadres', 'naam lijkt op "Said Benali"'] });
    expect(likelyDuplicatePersons({ name: 'Marloes Groen' }, people)).toEqual([]);
  });

  it('offers the known organisation for a name variant', () => {
    const organisations = [organisation('o1', 'Stichting Buurtwerk Noord'), organisation('o2', 'Bibliotheek Blijdorp'), organisation('o3', 'Oud', { archivedAt: 'x' })];
    expect(likelyDuplicateOrganisations({ name: 'Buurtwerk Noord' }, organisations).map((found) => found.record.id)).toEqual(['o1']);
    expect(likelyDuplicateOrganisations({ name: 'Oud' }, organisations)).toEqual([]);
  });
});
