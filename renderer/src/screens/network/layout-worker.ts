// Lays out the Netwerk map off the main thread: headless Cytoscape with
// fcose in draft quality (spectral), so the screen stays responsive while a
// large network is arranged. The main thread terminates this worker to cancel.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResult } from './layout-messages';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodeIds, edges } = event.data;
  const started = performance.now();
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...nodeIds.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...edges.map(([source, target], index) => ({ group: 'edges' as const, data: { id: `e${index}`, source, target } })),
  ]);
  const layout = cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, nodeRepulsion: 6000, idealEdgeLength: 60, packComponents: true } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    const coordinates = new Float64Array(nodeIds.length * 2);
    nodeIds.forEach((id, index) => {
      const position = cy.getElementById(id).position();
      coordinates[index * 2] = Math.round(position.x * 10) / 10;
      coordinates[index * 2 + 1] = Math.round(position.y * 10) / 10;
    });
    cy.destroy();
    const result: LayoutResult = { coordinates, layoutMs: performance.now() - started };
    (self as unknown as Worker).postMessage(result, [coordinates.buffer]);
  });
  layout.run();
};
