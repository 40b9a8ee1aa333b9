import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../shared/analysis/coverage';
import { duplicateOrganisations, duplicatePersons } from '../../shared/analysis/duplicate-records';
import { networkStructure, nodeId } from '../../shared/analysis/network-structure';
import { overlappingOffers } from '../../shared/analysis/overlapping-offers';
import type { Offer } from '../../shared/domain/offer';
import { SeededRandom } from '../../electron/demo/random';
import { firstNames, surnames } from '../../electron/demo/fictional-names';
import { foldText } from '../../shared/normalise/name';
import { meta, network, offer, org, person, term, tie, works } from '../support/network-builders';

describe('duplicate records', () => {
  it('finds name variants with a shared detail, and leaves look-alikes alone', () => {
    const organisations = [
      org('o1', 'Stichting Buurtwerk Noord', { phone: '+31104661234' }),
      org('o2', 'Buurtwerk Noord', { phone: '+31104661234', createdAt: '2026-03-01T00:00:00.000Z' }),
      org('o3', 'Bibliotheek Blijdorp', { phone: '+31101111111' }),
      org('o4', 'Bibliotheek Bergpolder', { phone: '+31102222222' }),
      org('o5', 'Huis van de Wijk Oude Noorden', { email: 'info@hvdw.example' }),
      org('o6', 'Apotheek Oude Noorden', { email: 'info@hvdw.example' }),
    ];
    const pairs = duplicateOrganisations(organisations);
    expect(pairs.map((pair) => [pair.keepId, pair.dropId])).toEqual([['o1', 'o2']]);
    expect(pairs[0]!.reasons).toEqual(['zelfde telefoonnummer', 'zelfde naam']);
  });

  it('needs two signs for people: a similar name and the same number, or a near-identical name at the same place', () => {
    const people = [
      person('p1', 'Femke de Wit', { phones: [{ number: '+31612345678', label: 'mobiel' }] }),
      person('p2', 'F. de Wit', { phones: [{ number: '+31612345678', label: 'mobiel' }] }),
      person('p3', 'Jan Bakker'),
      person('p4', 'Jan Bakker'),
      person('p5', 'Said Benali', { phones: [{ number: '+31104661234', label: 'werk' }] }),
      person('p6', 'Anouk Visser', { phones: [{ number: '+31104661234', label: 'werk' }] }),
    ];
    const organisationsOf = (id: string) => (id === 'p3' ? ['o1'] : id === 'p4' ? ['o2'] : []);
    expect(duplicatePersons(people, organisationsOf).map((pair) => [pair.keepId, pair.dropId])).toEqual([['p1', 'p2']]);
    // Same name at the same organisation is convincing.
    expect(duplicatePersons(people, () => ['o1']).map((pair) => pair.dropId).sort()).toEqual(['p2', 'p4']);
  });
});

describe('duplicate persons in a city', () => {
  it('still finds the same person entered twice when every first name and surname is shared by hundreds', () => {
    const random = new SeededRandom(5);
    const people = Array.from({ length: 20_000 }, (_, index) => person(`p${index}`, `${random.pick(firstNames)} ${random.pick(surnames)}`));
    const organisationOf = new Map(people.map((someone, index) => [someone.id, `o${index % 2_000}`]));
    // Two typed twice at one organisation: a common name, and a rare surname with a letter dropped.
    people.push(person('twice-a', 'Fatima Bakker'), person('twice-b', 'Fatima Bakker'), person('typo-a', 'Karima Schelekens'), person('typo-b', 'Karima Schelkens'));
    for (const id of ['twice-a', 'twice-b']) organisationOf.set(id, 'o-bibliotheek');
    for (const id of ['typo-a', 'typo-b']) organisationOf.set(id, 'o-huisarts');
    const named = (name: string) => people.filter((someone) => foldText(someone.name).split(' ').includes(name)).length;
    expect(Math.min(named('fatima'), named('bakker'), named('karima'))).toBeGreaterThan(50);
    const pairs = duplicatePersons(people, (id) => [organisationOf.get(id)!]).map((pair) => [pair.keepId, pair.dropId].sort().join('+'));
    expect(pairs).toEqual(expect.arrayContaining(['twice-a+twice-b', 'typo-a+typo-b']));
  });
});

describe('overlapping offers', () => {
  it('groups the same offer in the same wijk and says who knows whom', () => {
    const data = network({
      organisations: [org('a', 'A'), org('b', 'B'), org('c', 'C'), org('d', 'D')],
      persons: [person('pa', 'Pa'), person('pc', 'Pc')],
      affiliations: [works('pa', 'a'), works('pc', 'c')],
      ties: [tie('t1', ['person', 'pa'], ['person', 'pc'])],
      offers: [
        offer('koffie-a', 'a', 'on', 'ontmoeting', 'ouderen'),
        offer('koffie-b', 'b', 'on', 'ontmoeting', 'ouderen'),
        offer('koffie-c', 'c', 'on', 'ontmoeting', 'ouderen'),
        offer('koffie-d', 'd', 'bd', 'ontmoeting', 'ouderen'),
        offer('yoga-a', 'a', 'on', 'bewegen', 'ouderen'),
      ],
    });
    const groups = overlappingOffers(data);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ neighbourhoodId: 'on', themeId: 'ontmoeting', targetGroupId: 'ouderen', timeOfDay: null, organisationIds: ['a', 'b', 'c'], connectedPairs: [['a', 'c']], unconnectedPairs: [['a', 'b'], ['b', 'c']] });
  });

  it('does not call a morning and an evening offer a double; an offer without a time joins both', () => {
    const at = (id: string, organisationId: string, timesOfDay: Offer['timesOfDay']) => ({ ...offer(id, organisationId, 'on', 'ontmoeting', 'ouderen'), timesOfDay });
    const data = network({ organisations: [org('a', 'A'), org('b', 'B'), org('c', 'C')], offers: [at('x', 'a', ['ochtend']), at('y', 'b', ['avond']), at('z', 'c', [])] });
    const groups = overlappingOffers(data);
    expect(groups.map((group) => [group.timeOfDay, group.organisationIds])).toEqual([
      ['ochtend', ['a', 'c']],
      ['avond', ['b', 'c']],
    ]);
  });
});

describe('coverage', () => {
  it('counts offers per wijk and theme and calls out empty and thin cells', () => {
    const data = network({
      neighbourhoods: [
        { ...meta, id: 'noord', name: 'Noord', parentId: null, postcodeAreas: [] },
        { ...meta, id: 'on', name: 'Oude Noorden', parentId: 'noord', postcodeAreas: [] },
        { ...meta, id: 'bd', name: 'Blijdorp', parentId: 'noord', postcodeAreas: [] },
      ],
      terms: [term('natuur', 'theme'), term('cultuur', 'theme')],
      offers: [offer('x', 'a', 'on', 'natuur', 't'), offer('y', 'b', 'on', 'natuur', 't'), offer('z', 'b', 'bd', 'cultuur', 't'), { ...offer('stopped', 'b', 'bd', 'natuur', 't'), status: 'gestopt' }],
    });
    const matrix = coverageMatrix(data, 'theme');
    expect(matrix.neighbourhoodIds).toEqual(['on', 'bd']);
    expect(matrix.counts).toEqual({ on: { natuur: 2, cultuur: 0 }, bd: { natuur: 0, cultuur: 1 } });
    expect(matrix.empty).toEqual([{ neighbourhoodId: 'on', termId: 'cultuur' }, { neighbourhoodId: 'bd', termId: 'natuur' }]);
    expect(matrix.thin).toEqual([{ neighbourhoodId: 'bd', termId: 'cultuur' }]);
  });
});

describe('network structure', () => {
  it('finds islands, single points of failure and bridges', () => {
    // A - pa - B - pb - C, and an island D - pd.
    const data = network({
      organisations: [org('A', 'A'), org('B', 'B'), org('C', 'C'), org('D', 'D')],
      persons: [person('pa', 'pa'), person('pb', 'pb'), person('pd', 'pd')],
      affiliations: [works('pa', 'A'), works('pb', 'C'), works('pd', 'D')],
      ties: [tie('t1', ['person', 'pa'], ['organisation', 'B']), tie('t2', ['organisation', 'B'], ['person', 'pb'])],
    });
    const structure = networkStructure(data);
    expect(structure.components.map((component) => component.nodeIds.length)).toEqual([5, 2]);
    expect(structure.components[1]!.nodeIds).toEqual([nodeId('organisation', 'D'), nodeId('person', 'pd')]);
    expect(structure.articulationPoints).toEqual([nodeId('organisation', 'B'), nodeId('person', 'pa'), nodeId('person', 'pb')].sort());
    expect(structure.bridges).toHaveLength(5);
    expect(structure.centrality[nodeId('organisation', 'B')]!.degree).toBe(2);
    expect(structure.centrality[nodeId('organisation', 'B')]!.betweenness).toBeGreaterThan(structure.centrality[nodeId('person', 'pa')]!.betweenness);
  });
});

describe('communities', () => {
  it('splits two tightly knit groups joined by one tie, and leaves a loner out', () => {
    // Organisation X with persons x1..x4 who all know each other; the same for Y; x1 knows y1.
    const group = (name: string) => [1, 2, 3, 4].map((n) => `${name}${n}`);
    const everyPair = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(`${a}-${b}`, ['person', a], ['person', b])));
    const data = network({
      organisations: [org('X', 'X'), org('Y', 'Y'), org('L', 'Loner')],
      persons: [...group('x'), ...group('y')].map((id) => person(id, id)),
      affiliations: [...group('x').map((id) => works(id, 'X')), ...group('y').map((id) => works(id, 'Y'))],
      ties: [...everyPair(group('x')), ...everyPair(group('y')), tie('bridge', ['person', 'x1'], ['person', 'y1'])],
    });
    const { communities } = networkStructure(data);
    const expected = (name: string, organisation: string) => [nodeId('organisation', organisation), ...group(name).map((id) => nodeId('person', id))].sort();
    expect(communities.map((community) => community.nodeIds).sort()).toEqual([expected('x', 'X'), expected('y', 'Y')]);
  });
});

describe('cut points at city scale', () => {
  it('finds articulation points and bridges in a 20,000-node chain without overflowing the stack', async () => {
    const { cutPoints } = await import('../../shared/analysis/cut-points');
    const ids = Array.from({ length: 20_000 }, (_, index) => `n${index}`);
    const chain = ids.slice(1).map((id, index) => ({ source: ids[index]!, target: id }));
    const result = cutPoints(ids, chain);
    expect(result.articulationPoints).toHaveLength(19_998);
    expect(result.bridges).toHaveLength(19_999);
    // A cycle has neither.
    const cycle = cutPoints(['a', 'b', 'c'], [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }]);
    expect(cycle).toEqual({ articulationPoints: [], bridges: [] });
  });
});

describe('cooperation through casussen', () => {
  it('turns two or more casussen between the same two organisations into a pair, and says whether a tie is recorded', async () => {
    const { casusCollaborations } = await import('../../shared/analysis/casus-collaborations');
    const { casus } = await import('../support/network-builders');
    const { casusMatchDefaults } = await import('../../shared/domain/casus-match');
    const data = network({
      organisations: [org('gp', 'Huisartsen'), org('sport', 'Noordsport'), org('lib', 'Bibliotheek')],
      persons: [person('poh', 'POH'), person('coach', 'Coach'), person('librarian', 'Bibliothecaris')],
      affiliations: [works('poh', 'gp'), works('coach', 'sport'), works('librarian', 'lib')],
      offers: [offer('walk', 'sport', 'on', 'bewegen', ''), offer('read', 'lib', 'on', 'cultuur', '')],
      ties: [tie('known', ['person', 'poh'], ['organisation', 'lib'])],
    });
    const casussen = ['C-2026-001', 'C-2026-002', 'C-2026-003', 'C-2026-004'].map((code) => casus(code, { referrerPersonId: 'poh' }));
    const match = (casusId: string, extra: { offerId?: string; personId?: string }) => ({ ...casusMatchDefaults, ...meta, id: `m-${casusId}-${extra.offerId ?? extra.personId}`, casusId, ...extra });
    const matches = [
      match('C-2026-001', { offerId: 'walk' }),
      match('C-2026-002', { offerId: 'walk' }),
      match('C-2026-002', { personId: 'coach' }), // the same casus twice: still one
      match('C-2026-003', { offerId: 'read' }),
      match('C-2026-004', { personId: 'librarian' }),
    ];
    expect(casusCollaborations(data, casussen, matches)).toEqual([
      { organisationIds: ['gp', 'lib'], casusCount: 2, tied: true },
      { organisationIds: ['gp', 'sport'], casusCount: 2, tied: false },
    ]);
    expect(casusCollaborations(data, casussen, matches.slice(0, 1))).toEqual([]);
  });
});
