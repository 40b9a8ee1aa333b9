import cytoscape from 'cytoscape';
import type { NetworkData } from '../network/network-data';
import { cutPoints } from './cut-points';

export interface NetworkStructure {
  /** Connected groups of persons and organisations, largest first; all but the first are islands (eilandjes). */
  components: { nodeIds: string[] }[];
  /** Nodes whose loss splits the network: single points of failure. */
  articulationPoints: string[];
  /** Connections whose loss splits the network. */
  bridges: { from: string; to: string }[];
  /** Per node: number of connections, and betweenness (how often it lies on shortest paths between others, 0..1). */
  centrality: Record<string, { degree: number; betweenness: number }>;
  /** Betweenness costs nodes x edges; above a city district's size it is left out (0) for now. */
  betweennessComputed: boolean;
}

/** Above this many nodes Cytoscape's betweenness takes minutes (measured: about 100 s at 5,500 nodes). */
const BETWEENNESS_LIMIT = 2_500;

/** Graph node ids: kind-prefixed, so a person and an organisation never collide. */
export const nodeId = (kind: 'person' | 'organisation', id: string) => `${kind}:${id}`;

/**
 * The network's shape, computed with Cytoscape.js in headless mode: persons
 * and organisations as nodes, ties and affiliations as edges.
 */
export function networkStructure(data: NetworkData): NetworkStructure {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const nodes = [
    ...data.organisations.filter((organisation) => organisation.archivedAt === null).map((organisation) => nodeId('organisation', organisation.id)),
    ...data.persons.filter((person) => person.archivedAt === null).map((person) => nodeId('person', person.id)),
  ];
  const present = new Set(nodes);
  const edges = new Map<string, { source: string; target: string }>();
  const addEdge = (source: string, target: string) => {
    if (source === target || !present.has(source) || !present.has(target)) return;
    const key = [source, target].sort().join('~');
    if (!edges.has(key)) edges.set(key, { source, target });
  };
  for (const affiliation of data.affiliations) if (!affiliation.archivedAt) addEdge(nodeId('person', affiliation.personId), nodeId('organisation', affiliation.organisationId));
  for (const tie of data.ties) if (!tie.archivedAt) addEdge(nodeId(tie.from.kind, tie.from.id), nodeId(tie.to.kind, tie.to.id));
  cy.add([
    ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...[...edges.entries()].map(([key, edge]) => ({ group: 'edges' as const, data: { id: key, ...edge } })),
  ]);

  const components = cy
    .elements()
    .components()
    .map((component) => ({ nodeIds: component.nodes().map((node) => node.id()).sort() }))
    .sort((left, right) => right.nodeIds.length - left.nodeIds.length);
  const { articulationPoints, bridges } = cutPoints(nodes, [...edges.values()]);
  const betweennessComputed = nodes.length <= BETWEENNESS_LIMIT;
  const betweenness = betweennessComputed ? cy.elements().betweennessCentrality({ directed: false }) : null;
  const centrality: NetworkStructure['centrality'] = {};
  cy.nodes().forEach((node) => {
    centrality[node.id()] = { degree: node.degree(false), betweenness: betweenness ? betweenness.betweennessNormalized(node) : 0 };
  });
  cy.destroy();
  return { components, articulationPoints, bridges, centrality, betweennessComputed };
}
