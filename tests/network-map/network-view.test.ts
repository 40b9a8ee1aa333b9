import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkAnalysis } from '../../shared/analysis/analyse-network';
import { linkCounts, networkGraph, networkLinks } from '../../shared/analysis/network-structure';
import type { NetworkData } from '../../shared/network/network-data';
import type { NodePositions } from '../../shared/network/node-positions';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { networkElements, type NetworkFilters, type Overlays } from '../../renderer/src/screens/network/network-elements';
import { neighbourhood } from '../../renderer/src/screens/network/neighbourhood';
import { edgeColours } from '../../renderer/src/screens/network/network-style';
import { network, org, person, tie, works } from '../support/network-builders';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const filters: NetworkFilters = { neighbourhoodId: '', kindId: '', themeId: '', targetGroupId: '', showOffers: false, sizeBy: 'degree', minWarmth: '', since: '', reducePersons: false, expandedOrganisationIds: [] };
const noOverlays: Overlays = { duplicates: false, overlaps: false, islands: false, weakLinks: false, coldTies: false, communities: false, casusLinks: false };

describe('what the Netwerk map draws, on the demo network', () => {
  let data: NetworkData;
  let analysis: NetworkAnalysis;
  let positions: NodePositions;
  const topKind = (kindId: string) => kindId;

  beforeAll(async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    data = ok(await app.api.network.load({}));
    analysis = ok(await app.api.network.analyse({ today: '2026-11-23' }));
    positions = Object.fromEntries(networkLinks(data).nodeIds.map((id, index) => [id, { x: index, y: 0 }]));
    await network.close();
  });

  it('draws every plain tie and affiliation as a line, and leaves Cytoscape only the nodes', () => {
    const view = networkElements(data, linkCounts(networkLinks(data)), filters, noOverlays, null, topKind, positions);
    expect(view.elements.every((element) => element.group === 'nodes')).toBe(true);
    const nodeIds = new Set(view.elements.map((element) => String(element.data.id)));
    expect(view.lines.length).toBeGreaterThan(1_000);
    expect(view.lines.every((line) => nodeIds.has(line.source) && nodeIds.has(line.target))).toBe(true);
    // Every link between two nodes on the map is drawn once.
    const onMap = networkLinks(data).links.filter(([source, target]) => nodeIds.has(source) && nodeIds.has(target));
    expect(view.lines.length).toBe(onMap.length);
  });

  it('sizes nodes by their links in the whole network from the first frame, without the analysis', () => {
    const degrees = linkCounts(networkLinks(data));
    const view = networkElements(data, degrees, filters, noOverlays, null, topKind, positions);
    const graph = networkGraph(data);
    const busiest = [...degrees.entries()].filter(([id]) => id.startsWith('organisation:')).sort((left, right) => right[1] - left[1])[0]!;
    expect(graph.degree(busiest[0])).toBe(busiest[1]);
    const node = view.elements.find((element) => element.data.id === busiest[0])!;
    expect(node.data.size).toBe(18 + Math.min(40, busiest[1] * 2));
  });

  it('changes nothing on the map when the analysis arrives while no overlay asks for it', () => {
    const degrees = linkCounts(networkLinks(data));
    const before = networkElements(data, degrees, filters, noOverlays, null, topKind, positions);
    const after = networkElements(data, degrees, filters, noOverlays, analysis, topKind, positions);
    expect(after).toEqual(before);
  });

  it('hands cold ties to Cytoscape under the cold-ties overlay, dashed, and draws the rest as lines', () => {
    const degrees = linkCounts(networkLinks(data));
    const plain = networkElements(data, degrees, filters, noOverlays, null, topKind, positions);
    const cold = networkElements(data, degrees, filters, { ...noOverlays, coldTies: true }, analysis, topKind, positions);
    const coldEdges = cold.elements.filter((element) => element.group === 'edges');
    expect(coldEdges.length).toBeGreaterThan(0);
    expect(coldEdges.every((edge) => String(edge.classes).split(' ').includes('cold'))).toBe(true);
    expect(coldEdges.length + cold.lines.length).toBe(plain.lines.length);
    const coldIds = new Set(data.ties.filter((tie) => tie.warmth === 'koud').map((tie) => tie.id));
    expect(cold.lines.some((line) => coldIds.has(line.id))).toBe(false);
  });
});

describe('the organisation-level map', () => {
  // Two organisations, their people, and ties between them of every warmth.
  const data = network({
    organisations: [org('o1', 'Buurtwerk'), org('o2', 'Bibliotheek'), org('o3', 'Sportclub')],
    persons: [person('p1', 'Anna'), person('p2', 'Bram'), person('p3', 'Cor'), person('p4', 'Dewi')],
    affiliations: [works('p1', 'o1'), works('p2', 'o1'), works('p3', 'o2'), works('p4', 'o3')],
    ties: [
      { ...tie('t1', ['person', 'p1'], ['person', 'p3']), warmth: 'koud' },
      { ...tie('t2', ['person', 'p2'], ['organisation', 'o2']), warmth: 'warm' },
      { ...tie('t3', ['organisation', 'o2'], ['organisation', 'o1']), warmth: 'lauw' },
      { ...tie('t4', ['person', 'p4'], ['person', 'p1']), warmth: 'lauw' },
      // Two colleagues who know each other: inside one organisation, no line.
      tie('t5', ['person', 'p1'], ['person', 'p2']),
    ],
  });
  const positions: NodePositions = {};
  ['o1', 'o2', 'o3'].forEach((id, index) => (positions[`organisation:${id}`] = { x: index * 100, y: 0 }));
  ['p1', 'p2', 'p3', 'p4'].forEach((id, index) => (positions[`person:${id}`] = { x: index * 100, y: 100 }));
  const level = { ...filters, reducePersons: true };
  const draw = (extra: Partial<NetworkFilters> = {}) => networkElements(data, linkCounts(networkLinks(data)), { ...level, ...extra }, noOverlays, null, (kindId) => kindId, positions);

  it('folds people into their organisation and draws one line per pair of organisations, as thick as its ties and in the warmest colour', () => {
    const view = draw();
    expect(view.elements.map((element) => element.data.id)).toEqual(['organisation:o1', 'organisation:o2', 'organisation:o3']);
    const byPair = Object.fromEntries(view.lines.map((line) => [[line.source, line.target].sort().join(' ~ '), { ties: line.ties, weight: line.weight, colour: line.colour }]));
    expect(byPair).toEqual({
      'organisation:o1 ~ organisation:o2': { ties: 3, weight: 3, colour: edgeColours.warm },
      'organisation:o1 ~ organisation:o3': { ties: 1, weight: 1, colour: edgeColours.lauw },
    });
  });

  it('opens one organisation to its people, whose ties then run from them, and keeps the rest folded', () => {
    const view = draw({ expandedOrganisationIds: ['o1'] });
    expect(view.elements.map((element) => element.data.id)).toEqual(['organisation:o1', 'organisation:o2', 'organisation:o3', 'person:p1', 'person:p2']);
    const pairs = view.lines.map((line) => [line.source, line.target].sort().join(' ~ ')).sort();
    expect(pairs).toEqual([
      'organisation:o1 ~ organisation:o2',
      'organisation:o1 ~ person:p1',
      'organisation:o1 ~ person:p2',
      'organisation:o2 ~ person:p1',
      'organisation:o2 ~ person:p2',
      'organisation:o3 ~ person:p1',
      'person:p1 ~ person:p2',
    ]);
  });
});

describe('the focus neighbourhood', () => {
  // a - b - c - d, and e alone; lines and Cytoscape edges count alike.
  const links = [
    { source: 'a', target: 'b' },
    { source: 'c', target: 'b' },
    { source: 'c', target: 'd' },
  ];

  it('reaches one more link with every step, in both directions', () => {
    expect([...neighbourhood(links, 'b', 0)]).toEqual(['b']);
    expect([...neighbourhood(links, 'b', 1)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(links, 'a', 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(links, 'a', 3)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is only the node itself for a node without links', () => {
    expect([...neighbourhood(links, 'e', 3)]).toEqual(['e']);
  });
});

describe('the network links the map and the analysis share', () => {
  it('counts each connected pair once and nothing to or from an archived record', () => {
    const data = network({
      organisations: [org('o1', 'Buurtwerk'), org('o2', 'Bibliotheek'), org('old', 'Opgeheven', { archivedAt: '2026-02-01T00:00:00.000Z' })],
      persons: [person('p1', 'Anna'), person('p2', 'Bram')],
      affiliations: [works('p1', 'o1'), works('p2', 'old')],
      ties: [
        tie('t1', ['person', 'p1'], ['person', 'p2']),
        // The same pair the other way round, and an archived tie: no extra link.
        tie('t2', ['person', 'p2'], ['person', 'p1']),
        { ...tie('t3', ['organisation', 'o1'], ['organisation', 'o2']), archivedAt: '2026-03-01T00:00:00.000Z' },
        tie('t4', ['person', 'p1'], ['organisation', 'o2']),
      ],
    });
    const links = networkLinks(data);
    expect([...links.nodeIds].sort()).toEqual(['organisation:o1', 'organisation:o2', 'person:p1', 'person:p2']);
    expect(links.links).toEqual([
      ['person:p1', 'organisation:o1'],
      ['person:p1', 'person:p2'],
      ['person:p1', 'organisation:o2'],
    ]);
    expect(Object.fromEntries(linkCounts(links))).toEqual({ 'organisation:o1': 1, 'organisation:o2': 1, 'person:p1': 3, 'person:p2': 1 });
    expect(networkGraph(data).size).toBe(3);
  });
});
