import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import type { NetworkData } from '../network/network-data';
import { betweenness } from './betweenness';
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
  /** Source nodes betweenness was computed from: all nodes (exact) or a sample (estimate, on large graphs). */
  betweennessSources: number;
  /** Groups that are more tightly knit inside than with the rest (Louvain), largest first; single nodes left out. */
  communities: { nodeIds: string[] }[];
}

/** Graph node ids: kind-prefixed, so a person and an organisation never collide. */
export const nodeId = (kind: 'person' | 'organisation', id: string) => `${kind}:${id}`;

/** The network's nodes and links, as the analysis and the map count them. */
export interface NetworkLinks {
  nodeIds: readonly string[];
  /** Each connected pair once. */
  links: readonly (readonly [string, string])[];
}

type Archivable = { archivedAt?: string | null };
type End = { kind: 'person' | 'organisation'; id: string };

/** What links are made of: the network's records, or records about to be written (the demo's). */
export interface LinkedRecords {
  organisations: readonly (Archivable & { id: string })[];
  persons: readonly (Archivable & { id: string })[];
  affiliations: readonly (Archivable & { personId: string; organisationId: string })[];
  ties: readonly (Archivable & { from: End; to: End })[];
}

/**
 * Active persons and organisations as nodes, active ties and affiliations as
 * links (one per pair, none to an archived or unknown end). Plain arrays: the
 * map needs only these (node sizes, stored positions) when it opens, and
 * builds no graph object for that.
 */
export function networkLinks(data: LinkedRecords): NetworkLinks {
  const nodeIds: string[] = [];
  for (const organisation of data.organisations) if (!organisation.archivedAt) nodeIds.push(nodeId('organisation', organisation.id));
  for (const person of data.persons) if (!person.archivedAt) nodeIds.push(nodeId('person', person.id));
  const known = new Set(nodeIds);
  const seen = new Set<string>();
  const links: [string, string][] = [];
  const connect = (source: string, target: string) => {
    if (source === target || !known.has(source) || !known.has(target)) return;
    const pair = source < target ? `${source}|${target}` : `${target}|${source}`;
    if (seen.has(pair)) return;
    seen.add(pair);
    links.push([source, target]);
  };
  for (const affiliation of data.affiliations) if (!affiliation.archivedAt) connect(nodeId('person', affiliation.personId), nodeId('organisation', affiliation.organisationId));
  for (const tie of data.ties) if (!tie.archivedAt) connect(nodeId(tie.from.kind, tie.from.id), nodeId(tie.to.kind, tie.to.id));
  return { nodeIds, links };
}

/** Number of links per node. */
export function linkCounts({ nodeIds, links }: NetworkLinks): Map<string, number> {
  const counts = new Map(nodeIds.map((id) => [id, 0]));
  for (const [source, target] of links) {
    counts.set(source, (counts.get(source) ?? 0) + 1);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}

/**
 * The network as one undirected graph of `networkLinks`. The Netwerk screen
 * lays out exactly this graph, so stored positions and the analysis agree on
 * what a node is.
 */
export function networkGraph(data: NetworkData | NetworkLinks): UndirectedGraph {
  const { nodeIds, links } = 'links' in data ? data : networkLinks(data);
  const graph = new UndirectedGraph();
  for (const id of nodeIds) graph.addNode(id);
  for (const [source, target] of links) graph.addEdge(source, target);
  return graph;
}

/** A fixed-seed generator, so Louvain finds the same communities on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const bySizeThenFirst = (left: { nodeIds: string[] }, right: { nodeIds: string[] }) =>
  right.nodeIds.length - left.nodeIds.length || (left.nodeIds[0] ?? '').localeCompare(right.nodeIds[0] ?? '');

/**
 * The network's shape, computed with graphology's maintained algorithms
 * (components, Brandes betweenness, Louvain communities); articulation points
 * and bridges with `cutPoints` (graphology has none; see there why not Cytoscape's).
 */
export function networkStructure(data: NetworkData, report: (phase: 'structuur' | 'makelaarspositie' | 'samenwerkingsclusters', withinPhase: number) => void = () => undefined): NetworkStructure {
  report('structuur', 0);
  const graph = networkGraph(data);
  const components = connectedComponents(graph)
    .map((nodeIds) => ({ nodeIds: nodeIds.sort() }))
    .sort(bySizeThenFirst);
  const edges: { source: string; target: string }[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => edges.push({ source, target }));
  const { articulationPoints, bridges } = cutPoints(graph.nodes(), edges);
  const between = betweenness(graph, undefined, (fraction) => report('makelaarspositie', fraction));
  const centrality: NetworkStructure['centrality'] = {};
  graph.forEachNode((node) => {
    centrality[node] = { degree: graph.degree(node), betweenness: between.values[node] ?? 0 };
  });
  report('samenwerkingsclusters', 0);
  const communityOf = graph.size === 0 ? {} : louvain(graph, { rng: seededRandom(2026) });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communityOf)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const communities = [...members.values()]
    .filter((nodeIds) => nodeIds.length > 1)
    .map((nodeIds) => ({ nodeIds: nodeIds.sort() }))
    .sort(bySizeThenFirst);
  return { components, articulationPoints, bridges, centrality, betweennessSources: between.sources, communities };
}
