import type { UndirectedGraph } from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

/** Up to this many nodes every node is a source (exact); above it a sample of this many (about a second at 5,000 nodes). */
export const EXACT_BETWEENNESS_LIMIT = 1_500;

export interface Betweenness {
  /** Per node, normalised to 0..1 as graphology and networkx do. */
  values: Record<string, number>;
  /** How many source nodes were used: all of them, or a sample (then the values are estimates). */
  sources: number;
}

/**
 * Betweenness centrality with Brandes' algorithm on graphology's indexed
 * breadth-first search. Exact up to `EXACT_BETWEENNESS_LIMIT` nodes; on a
 * larger graph it accumulates from evenly spread sample sources and scales up
 * (Brandes & Pich, "Centrality estimation in large networks", 2007): exact
 * Brandes took 5 s at 5,600 nodes on these machines, too long to wait for.
 */
export function betweenness(graph: UndirectedGraph, sampleSize = EXACT_BETWEENNESS_LIMIT): Betweenness {
  const order = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as ((source: number) => [{ size: number; items: ArrayLike<number>; pop(): number }, number[][], Uint32Array]) & {
    index: { collect(values: Float64Array): Record<string, number> };
  };
  const sources = Math.min(order, sampleSize);
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  for (let step = 0; step < sources; step++) {
    // Evenly spread over the node order: deterministic, and covering every part of the graph.
    const source = Math.floor((step * order) / sources);
    const [stack, predecessors, sigma] = brandes(source);
    for (let position = 0; position < stack.size; position++) delta[stack.items[position] ?? 0] = 0;
    while (stack.size !== 0) {
      const node = stack.pop();
      const coefficient = (1 + (delta[node] ?? 0)) / (sigma[node] ?? 1);
      for (const predecessor of predecessors[node] ?? []) delta[predecessor] = (delta[predecessor] ?? 0) + (sigma[predecessor] ?? 0) * coefficient;
      if (node !== source) centrality[node] = (centrality[node] ?? 0) + (delta[node] ?? 0);
    }
  }
  const scale = order <= 2 ? 0 : order / sources / ((order - 1) * (order - 2));
  for (let node = 0; node < order; node++) centrality[node] = (centrality[node] ?? 0) * scale;
  return { values: brandes.index.collect(centrality), sources };
}
