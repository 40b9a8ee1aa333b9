import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { networkGraph, type NetworkLinks } from '../analysis/network-structure';
import type { NodePositions } from './node-positions';

cytoscape.use(fcose);

/**
 * ForceAtlas2 rounds after the spectral start: 100 for a neighbourhood (about 0.2 s
 * here at 600 nodes), fewer for a city (20 at 5,600 nodes, about 0.8 s).
 * A count, not a time budget, so the same network gets the same map.
 */
function refinementRounds(nodes: number): number {
  return Math.max(20, Math.min(100, Math.round(60_000 / Math.max(1, nodes))));
}

/**
 * Arranges the map in two steps. fcose in draft quality places the nodes
 * by the graph's spectrum and packs separate groups side by side (0.4 s at
 * 600 nodes, 3-4 s at 5,600; its default quality took 6.6 s for the demo
 * alone). That start is a dense blob where organisations hide behind each
 * other, so graphology's ForceAtlas2 (Barnes-Hut) then spreads it into a
 * map a broker can read at a meeting. Runs in the renderer's layout worker,
 * and in Node when the demo network is built so its map is there on the
 * first visit.
 */
export function layOutMap(network: NetworkLinks, options: { random?: () => number } = {}): NodePositions {
  const { nodeIds, links } = network;
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...nodeIds.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...links.map(([source, target], index) => ({ group: 'edges' as const, data: { id: `e${index}`, source, target } })),
  ]);
  // fcose samples with Math.random and takes no seed. Headless and without animation it finishes
  // inside run(), so a seeded generator lent to Math.random for that call touches nothing else:
  // the demo then gets the same map from the same seed, as it gets the same people.
  const systemRandom = Math.random;
  if (options.random) Math.random = options.random;
  try {
    cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, nodeRepulsion: 6000, idealEdgeLength: 60, packComponents: true } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = systemRandom;
  }
  const graph = networkGraph(network);
  for (const id of nodeIds) {
    const { x, y } = cy.getElementById(id).position();
    graph.mergeNodeAttributes(id, { x, y });
  }
  cy.destroy();
  const spread = graph.order > 1 ? forceAtlas2(graph, { iterations: refinementRounds(graph.order), settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } }) : {};
  const positions: NodePositions = {};
  for (const id of nodeIds) {
    const { x, y } = spread[id] ?? (graph.getNodeAttributes(id) as { x: number; y: number });
    positions[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  return positions;
}
