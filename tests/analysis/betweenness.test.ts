import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness, betweennessSources, EXACT_BETWEENNESS_LIMIT, MIN_BETWEENNESS_SOURCES } from '../../shared/analysis/betweenness';

/** Two stars whose centres are joined by a chain of three nodes. */
function twoStars(leaves: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const centre of ['A', 'B']) {
    graph.addNode(centre);
    for (let leaf = 0; leaf < leaves; leaf++) graph.mergeEdge(centre, `${centre}${leaf}`);
  }
  graph.mergeEdge('A', 'm1');
  graph.mergeEdge('m1', 'm2');
  graph.mergeEdge('m2', 'B');
  return graph;
}

describe('betweenness', () => {
  it('measures nothing on a new, empty network, without failing', () => {
    expect(betweenness(new UndirectedGraph())).toEqual({ values: {}, sources: 0 });
  });

  it('equals graphology-metrics exactly on a small graph', () => {
    const graph = twoStars(6);
    const ours = betweenness(graph);
    const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    expect(ours.sources).toBe(graph.order);
    for (const node of graph.nodes()) expect(ours.values[node]).toBeCloseTo(reference[node]!, 12);
    expect(ours.values.A).toBeGreaterThan(ours.values.m1!);
    expect(ours.values.A0).toBe(0);
  });

  it('estimates from a sample on a large graph, keeping the brokers on top', () => {
    const graph = twoStars(1_000);
    const estimate = betweenness(graph, 200);
    const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    expect(estimate.sources).toBe(200);
    const ranked = (values: Record<string, number>) => Object.entries(values).sort((left, right) => right[1] - left[1]).slice(0, 4).map(([node]) => node).sort();
    expect(ranked(estimate.values)).toEqual(ranked(reference));
    expect(estimate.values.A).toBeCloseTo(reference.A!, 1);
  });

  it('stays within the stated error at the least number of sources, for every node', () => {
    const graph = twoStars(1_000);
    const estimate = betweenness(graph, MIN_BETWEENNESS_SOURCES);
    const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    const errors = graph.nodes().map((node) => Math.abs((estimate.values[node] ?? 0) - reference[node]!));
    expect(Math.max(...errors)).toBeLessThan(0.15);
  });

  it('takes as many sources as a fixed amount of work allows, so the time does not grow with the network', () => {
    expect(betweennessSources(588, 1_932)).toBe(588);
    expect(betweennessSources(EXACT_BETWEENNESS_LIMIT, 10_000)).toBe(EXACT_BETWEENNESS_LIMIT);
    // Ten times the demo, and fifty: fewer sources as each walks a larger graph, never fewer than the least.
    expect(betweennessSources(5_588, 21_932)).toBe(436);
    expect(betweennessSources(33_000, 110_000)).toBe(MIN_BETWEENNESS_SOURCES);
  });
});
