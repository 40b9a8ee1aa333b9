import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodePositions } from './node-positions';

cytoscape.use(fcose);

/**
 * Arranges the map: headless Cytoscape with fcose in draft quality
 * (spectral), measured here at 0.3-0.6 s for the demo and 3-4 s at 5,600
 * nodes, where default quality took many times longer. Runs in the
 * renderer's layout worker, and in Node when the demo network is built so
 * that its map is there on the first visit.
 */
export function layOutMap(nodeIds: readonly string[], links: readonly (readonly [string, string])[], options: { random?: () => number } = {}): NodePositions {
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
  const positions: NodePositions = {};
  for (const id of nodeIds) {
    const { x, y } = cy.getElementById(id).position();
    positions[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  cy.destroy();
  return positions;
}
