/** What the layout worker is asked: the graph to arrange. */
export interface LayoutRequest {
  nodeIds: string[];
  edges: [string, string][];
}

/** What it answers: x, y per node in request order, and how long it took. */
export interface LayoutResult {
  coordinates: Float64Array;
  layoutMs: number;
}
