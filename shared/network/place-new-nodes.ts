import type { NodePositions } from './node-positions';

/** Spacing of the map, in the layout's units: about one idealEdgeLength. */
const STEP = 60;

/**
 * Positions for nodes the stored map does not know yet, so the rest of the
 * map stays exactly where the broker is used to it: a new node goes next to
 * the neighbours it has on the map (their average, nudged aside so it does
 * not cover them); one without placed neighbours goes into a free ring round
 * the map, never a row of labels on top of each other. Placed in order, so a
 * chain of new nodes follows its first link.
 */
export function placeNewNodes(nodeIds: readonly string[], neighbours: (nodeId: string) => readonly string[], known: NodePositions): NodePositions {
  const placed: NodePositions = {};
  const at = (id: string) => known[id] ?? placed[id];
  const ring = freeRing(Object.values(known));
  let pending = nodeIds.filter((id) => known[id] === undefined);
  // Repeat while placing one node gives another its first placed neighbour.
  while (pending.length > 0) {
    const next: string[] = [];
    for (const id of pending) {
      const anchors = neighbours(id)
        .map(at)
        .filter((position) => position !== undefined);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const x = anchors.reduce((sum, position) => sum + position.x, 0) / anchors.length;
      const y = anchors.reduce((sum, position) => sum + position.y, 0) / anchors.length;
      // A golden-angle turn per node already placed: siblings fan out instead of stacking.
      const turn = Object.keys(placed).length * 2.399963;
      placed[id] = { x: x + Math.cos(turn) * STEP * 0.6, y: y + Math.sin(turn) * STEP * 0.6 };
    }
    if (next.length === pending.length) {
      // The loose ones go round the map; the next round of the loop places their own neighbours beside them.
      const [loose, ...rest] = next;
      if (loose !== undefined) placed[loose] = ring();
      pending = rest;
      continue;
    }
    pending = next;
  }
  return placed;
}

/**
 * Places round the map, just outside it, a step apart: the first ring
 * round the middle of what is there, then further rings out when one is
 * full. On an empty map: rings round the origin.
 */
function freeRing(positions: readonly { x: number; y: number }[]): () => { x: number; y: number } {
  const centre = positions.length === 0 ? { x: 0, y: 0 } : { x: positions.reduce((sum, position) => sum + position.x, 0) / positions.length, y: positions.reduce((sum, position) => sum + position.y, 0) / positions.length };
  const reach = positions.reduce((far, position) => Math.max(far, Math.hypot(position.x - centre.x, position.y - centre.y)), 0);
  let radius = positions.length === 0 ? STEP : reach + 2 * STEP;
  let slot = 0;
  return () => {
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / STEP));
    if (slot === slots) {
      radius += STEP;
      slot = 0;
    }
    const angle = (2 * Math.PI * slot) / slots - Math.PI / 2;
    slot++;
    return { x: Math.round((centre.x + Math.cos(angle) * radius) * 10) / 10, y: Math.round((centre.y + Math.sin(angle) * radius) * 10) / 10 };
  };
}
