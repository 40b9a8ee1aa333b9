import { describe, expect, it } from 'vitest';
import { changesSince } from '../../renderer/src/screens/network/changes-since';
import { meta, network, org, person, tie, works } from '../support/network-builders';

const since = '2026-10-01';
const isNew = { ...meta, createdAt: '2026-10-15T09:00:00.000Z' };

describe('"Nieuw sinds" follows the map', () => {
  // North: two organisations, one new; South: one new. A new tie inside the north, one from north to south, and an old one.
  const data = network({
    organisations: [org('n1', 'Buurtwerk Noord'), { ...org('n2', 'Bibliotheek Noord'), ...isNew }, { ...org('s1', 'Sportclub Zuid'), ...isNew }],
    persons: [person('p1', 'Anna'), person('p2', 'Bram')],
    affiliations: [works('p1', 'n1'), works('p2', 's1')],
    ties: [
      { ...tie('inside', ['person', 'p1'], ['organisation', 'n2']), ...isNew, kind: 'geintroduceerd' },
      { ...tie('across', ['person', 'p1'], ['person', 'p2']), ...isNew },
      tie('old', ['organisation', 'n1'], ['organisation', 'n2']),
    ],
  });
  const names = new Map([...data.organisations, ...data.persons].map((record) => [record.id, record.name]));
  const nameOf = (end: { id: string }) => names.get(end.id);

  it('tells the whole network what is new when nothing is filtered', () => {
    const changes = changesSince(data, since, nameOf, new Set(['n1', 'n2', 's1']));
    expect(changes.organisations.map((organisation) => organisation.name)).toEqual(['Bibliotheek Noord', 'Sportclub Zuid']);
    expect(changes.ties.map((change) => change.id)).toEqual(['inside', 'across']);
  });

  it('tells one wijk only its own news: its new organisations, and the new ties with both ends on its map', () => {
    const changes = changesSince(data, since, nameOf, new Set(['n1', 'n2']));
    expect(changes.organisations.map((organisation) => organisation.name)).toEqual(['Bibliotheek Noord']);
    expect(changes.ties).toEqual([{ id: 'inside', from: 'Anna', to: 'Bibliotheek Noord', introduced: true }]);
  });
});
