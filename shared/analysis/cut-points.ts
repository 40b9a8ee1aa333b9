/**
 * Articulation points and bridges of an undirected graph (Hopcroft-Tarjan),
 * iterative. Cytoscape's own `hopcroftTarjanBiconnected` recurses once per
 * node and overflows the call stack on a city-sized network (5,000 nodes),
 * so the depth-first search keeps its own stack here.
 */
export function cutPoints(nodeIds: readonly string[], edges: readonly { source: string; target: string }[]): { articulationPoints: string[]; bridges: { from: string; to: string }[] } {
  const index = new Map(nodeIds.map((id, position) => [id, position]));
  const neighbours: number[][] = nodeIds.map(() => []);
  const edgeIds: number[][] = nodeIds.map(() => []);
  edges.forEach((edge, edgeId) => {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined || a === b) return;
    neighbours[a]?.push(b);
    edgeIds[a]?.push(edgeId);
    neighbours[b]?.push(a);
    edgeIds[b]?.push(edgeId);
  });
  const discovered = new Array<number>(nodeIds.length).fill(-1);
  const low = new Array<number>(nodeIds.length).fill(0);
  const isCut = new Array<boolean>(nodeIds.length).fill(false);
  const bridges: { from: string; to: string }[] = [];
  let time = 0;
  for (let root = 0; root < nodeIds.length; root++) {
    if (discovered[root] !== -1) continue;
    let rootChildren = 0;
    // Stack frames: node, the edge it was reached by, the next neighbour to look at.
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: root, viaEdge: -1, next: 0 }];
    discovered[root] = low[root] = time++;
    for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
      const { node } = frame;
      const around = neighbours[node] ?? [];
      if (frame.next < around.length) {
        const neighbour = around[frame.next] ?? node;
        const edgeId = edgeIds[node]?.[frame.next] ?? -1;
        frame.next++;
        if (edgeId === frame.viaEdge) continue;
        if (discovered[neighbour] === -1) {
          discovered[neighbour] = low[neighbour] = time++;
          if (node === root) rootChildren++;
          stack.push({ node: neighbour, viaEdge: edgeId, next: 0 });
        } else {
          low[node] = Math.min(low[node] ?? 0, discovered[neighbour] ?? 0);
        }
      } else {
        stack.pop();
        const parent = stack.at(-1);
        if (!parent) continue;
        const lowOfNode = low[node] ?? 0;
        const parentDiscovered = discovered[parent.node] ?? 0;
        low[parent.node] = Math.min(low[parent.node] ?? 0, lowOfNode);
        if (lowOfNode > parentDiscovered) bridges.push({ from: nodeIds[parent.node] ?? '', to: nodeIds[node] ?? '' });
        if (parent.node !== root && lowOfNode >= parentDiscovered) isCut[parent.node] = true;
      }
    }
    if (rootChildren > 1) isCut[root] = true;
  }
  return { articulationPoints: nodeIds.filter((_, position) => isCut[position]).sort(), bridges };
}
