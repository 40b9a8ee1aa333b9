import type { UndirectedGraph } from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

/** Up to this many nodes every node is a source: exact. */
export const EXACT_BETWEENNESS_LIMIT = 1_500;
/**
 * Above it, as many sources as this many node and edge visits allow (each
 * source walks the whole graph once): about half a second on these
 * machines whatever the size, where a fixed 1,500 sources took 2 s at ten
 * times the demo and 19 s at fifty.
 */
const VISIT_BUDGET = 12_000_000;
/** Never fewer sources than this: see `betweenness` for the error it allows. */
export const MIN_BETWEENNESS_SOURCES = 200;

/** How many sources a graph of `order` nodes and `size` edges gets. */
export function betweennessSources(order: number, size: number): number {
  if (order <= EXACT_BETWEENNESS_LIMIT) return order;
  return Math.min(EXACT_BETWEENNESS_LIMIT, Math.max(MIN_BETWEENNESS_SOURCES, Math.floor(VISIT_BUDGET / (order + size))));
}

export interface Betweenness {
  /** Per node, normalised to 0..1 as graphology and networkx do. */
  values: Record<string, number>;
  /** How many source nodes were used: all of them, or a sample (then the values are estimates). */
  sources: number;
}

/**
 * Betweenness centrality with Brandes' algorithm on graphology's indexed
 * breadth-first search. Exact up to `EXACT_BETWEENNESS_LIMIT` nodes; on a
 * larger graph it accumulates from `sampleSize` sources drawn at random
 * (seeded: the same graph gives the same figures) and scales up (Brandes &
 * Pich, "Centrality estimation in large networks", 2007): exact Brandes took
 * 5 s at 5,600 nodes on these machines, too long to wait for.
 *
 * The error: a node's normalised betweenness is the mean, over all sources
 * s, of δ_s(v) / (n − 2), each between 0 and 1; the estimate is the mean
 * over k sources drawn without replacement. By Hoeffding's inequality (which
 * holds for drawing without replacement too) it is off by more than ε with
 * probability at most 2·exp(−2kε²): with the least k, 200, off by 0.1 or
 * more for at most 4% of nodes, by 0.15 for at most 0.03%. The map uses it
 * to size nodes and rank brokers, where that is enough.
 */
export function betweenness(graph: UndirectedGraph, sampleSize = betweennessSources(graph.order, graph.size), onProgress?: (fraction: number) => void): Betweenness {
  const order = graph.order;
  // A new, empty network: nothing to measure (graphology's search cannot be built for no nodes).
  if (order === 0) return { values: {}, sources: 0 };
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as ((source: number) => [{ size: number; items: ArrayLike<number>; pop(): number }, number[][], Uint32Array]) & {
    index: { collect(values: Float64Array): Record<string, number> };
  };
  const sources = Math.min(order, sampleSize);
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  const chosen = sampleOf(order, sources);
  // About a hundred reports however many sources: enough for a smooth bar, too few to cost anything.
  const reportEvery = Math.max(1, Math.ceil(sources / 100));
  for (const [done, source] of chosen.entries()) {
    if (onProgress && done % reportEvery === 0) onProgress(done / sources);
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

/** `count` distinct node indexes of `order`, drawn at random with a fixed seed (a partial Fisher–Yates shuffle); all of them, in order, when `count` is `order`. */
function sampleOf(order: number, count: number): Uint32Array {
  const indexes = new Uint32Array(order);
  for (let index = 0; index < order; index++) indexes[index] = index;
  if (count >= order) return indexes;
  // A small linear congruential generator: enough to spread the sources, and the same every run.
  let seed = 0x2545f491;
  const next = () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  for (let position = 0; position < count; position++) {
    const other = position + Math.floor(next() * (order - position));
    const swap = indexes[position] ?? 0;
    indexes[position] = indexes[other] ?? 0;
    indexes[other] = swap;
  }
  return indexes.subarray(0, count);
}
