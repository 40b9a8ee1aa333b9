import type { Core, NodeCollection, Position } from 'cytoscape';

/** Half the largest node (see network-elements.ts), so nodes at the rim stay whole. */
const NODE_MARGIN = 30;

/**
 * Fits the view to the nodes' centres, as `cy.fit` would, without asking
 * Cytoscape for bounding boxes: on a fresh map those need every element's
 * style and label size first, which took a second at 5,600 nodes. Labels
 * keep their size on screen, so they need no room in the fit. `nodes`: only
 * these (a focus, an overlay's marks); `animate`: glide there in `FIT_MS`.
 */
export function fitToPositions(cy: Core, padding: number, options: { nodes?: NodeCollection; animate?: boolean } = {}): void {
  const viewport = viewportFor(cy, options.nodes ?? cy.nodes(), padding);
  if (!viewport) return;
  cy.stop(true, false);
  if (options.animate) cy.animate(viewport, { duration: FIT_MS, easing: 'ease-out-cubic' });
  else cy.viewport(viewport);
}

/** A fit that follows a filter, focus or overlay is animated, and done within this time. */
export const FIT_MS = 250;

/** The zoom and pan that show `nodes` whole, their centres `NODE_MARGIN` inside the edge; null for no nodes or no room. */
function viewportFor(cy: Core, nodes: NodeCollection, padding: number): { zoom: number; pan: Position } | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x);
    bottom = Math.max(bottom, y);
  });
  if (left === Infinity) return null;
  left -= NODE_MARGIN;
  top -= NODE_MARGIN;
  right += NODE_MARGIN;
  bottom += NODE_MARGIN;
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0) return null;
  // One node alone, or a few close together: no closer than a comfortable reading distance.
  const zoom = Math.min(cy.maxZoom(), MAX_FIT_ZOOM, Math.max(cy.minZoom(), Math.min(width / (right - left), height / (bottom - top))));
  return { zoom, pan: { x: (cy.width() - zoom * (left + right)) / 2, y: (cy.height() - zoom * (top + bottom)) / 2 } };
}

/** The closest a fit zooms in. */
const MAX_FIT_ZOOM = 2;
