import type { NetworkLinks } from '../../../../shared/analysis/network-structure';

/** What the layout worker is asked: the graph to arrange. */
export type LayoutRequest = NetworkLinks;

/** What it answers: x, y per node in request order, and how long it took. */
export interface LayoutResult {
  coordinates: Float64Array;
  layoutMs: number;
}
