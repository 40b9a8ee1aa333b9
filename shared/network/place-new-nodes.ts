import type { NodePositions } from './node-positions';

/** Spacing of the map, in the layout's units: about one idealEdgeLength. */
const STEP = 60;

/**
 * Positions for nodes the stored map does not know yet, so the rest of the
 * map stays exactly where the broker is used to it: a new node goes next to
 * the neighbours it has on the map (their average, nudged aside so it does
 * not cover them); one without placed neighbours goes into a row under the
 * map. Placed in order, so a chain of new nodes follows its first link.
 */
export function placeNewNodes(nodeIds: readonly string[], neighbours: (nodeId: string) => readonly string[], known: NodePositions): NodePositions {
  const placed: NodePositions = {};
  const at = (id: string) => known[id] ?? placed[id];
  const values = Object.values(known);
  const bottom = values.length === 0 ? 0 : Math.max(...values.map((position) => position.y)) + 2 * STEP;
  const left = values.length === 0 ? 0 : Math.min(...values.map((position) => position.x));
  let loose = 0;
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
      for (const id of next) {
        placed[id] = { x: left + (loose % 20) * STEP, y: bottom + Math.floor(loose / 20) * STEP };
        loose++;
      }
      break;
    }
    pending = next;
  }
  return placed;
}
