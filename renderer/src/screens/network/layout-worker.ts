// Lays out the Netwerk map off the main thread, so the screen stays
// responsive while a large network is arranged. The main thread terminates
// this worker to cancel.
import { layOutMap } from '../../../../shared/network/lay-out-map';
import type { LayoutRequest, LayoutResult } from './layout-messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodeIds } = event.data;
  const started = performance.now();
  const positions = layOutMap(event.data);
  const coordinates = new Float64Array(nodeIds.length * 2);
  nodeIds.forEach((id, index) => {
    const position = positions[id] ?? { x: 0, y: 0 };
    coordinates[index * 2] = position.x;
    coordinates[index * 2 + 1] = position.y;
  });
  const result: LayoutResult = { coordinates, layoutMs: performance.now() - started };
  (self as unknown as Worker).postMessage(result, [coordinates.buffer]);
};
