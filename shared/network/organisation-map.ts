import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NetworkData } from './network-data';
import type { NodePositions } from './node-positions';

/** Room per organisation on the map, in the map's units (a node is 18 to 58 wide). */
const ROOM = 110;

/** Rounds of ForceAtlas2 from the stored map: enough to open up a neighbourhood, bounded for a city. */
function spreadRounds(organisations: number): number {
  return Math.max(30, Math.min(200, Math.round(40_000 / Math.max(1, organisations))));
}

/**
 * Where each organisation stands on the organisation-level map: the stored
 * (person-level) map, opened up. Without their people between them the
 * organisations there sit in one dense blob, with the few loose ones far
 * off; ForceAtlas2 started from those places, on the graph of organisations
 * linked through their people's ties, spreads them over the screen and
 * pulls the loose ones in, while each keeps its neighbours. Deterministic:
 * the same map and network give the same picture at every meeting.
 */
export function organisationMap(data: Pick<NetworkData, 'organisations' | 'persons' | 'affiliations' | 'ties'>, stored: NodePositions): NodePositions {
  const graph = new Graph<{ x: number; y: number }, { weight: number }>({ type: 'undirected' });
  data.organisations
    .filter((organisation) => organisation.archivedAt === null)
    .forEach((organisation, index) => {
      const key = `organisation:${organisation.id}`;
      // One not yet on the stored map starts on a small spiral round the middle.
      graph.addNode(key, stored[key] ?? { x: Math.cos(index) * index, y: Math.sin(index) * index });
    });
  const current = new Set(data.persons.filter((person) => person.archivedAt === null).map((person) => person.id));
  const homeOf = new Map<string, string>();
  for (const affiliation of data.affiliations) {
    const key = `organisation:${affiliation.organisationId}`;
    if (affiliation.archivedAt === null && current.has(affiliation.personId) && graph.hasNode(key) && !homeOf.has(affiliation.personId)) homeOf.set(affiliation.personId, key);
  }
  const endOf = (end: { kind: string; id: string }) => (end.kind === 'organisation' ? `organisation:${end.id}` : homeOf.get(end.id));
  for (const tie of data.ties) {
    if (tie.archivedAt !== null) continue;
    const [source, target] = [endOf(tie.from), endOf(tie.to)];
    if (!source || !target || source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (weight) => (weight ?? 1) + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  if (graph.order < 2) return Object.fromEntries(graph.mapNodes((key, { x, y }) => [key, { x, y }]));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, gravity: 1 };
  const spread = Object.entries(forceAtlas2(graph, { iterations: spreadRounds(graph.order), settings }));
  // ForceAtlas2 has a scale of its own: brought back to one where every organisation has room for its node.
  const xs = spread.map(([, position]) => position.x);
  const ys = spread.map(([, position]) => position.y);
  const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const scale = (Math.sqrt(graph.order) * ROOM) / side;
  return Object.fromEntries(spread.map(([key, { x, y }]) => [key, { x: Math.round(x * scale * 10) / 10, y: Math.round(y * scale * 10) / 10 }]));
}

/**
 * The people of opened organisations on the organisation-level map: in a
 * ring round their organisation, in the order given, so they are read as
 * its people and never cover one another.
 */
export function ringsAround(centres: NodePositions, people: ReadonlyMap<string, readonly string[]>): NodePositions {
  const placed: NodePositions = {};
  for (const [organisationKey, personKeys] of people) {
    const centre = centres[organisationKey];
    if (!centre) continue;
    const radius = 40 + personKeys.length * 4;
    personKeys.forEach((personKey, index) => {
      const angle = (2 * Math.PI * index) / personKeys.length - Math.PI / 2;
      placed[personKey] ??= { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius };
    });
  }
  return placed;
}
