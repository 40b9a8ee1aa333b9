import type { Core } from 'cytoscape';

/** Half the largest node (see network-elements.ts), so nodes at the rim stay whole. */
const NODE_MARGIN = 30;

/**
 * Fits the view to the nodes' centres, as `cy.fit` would, without asking
 * Cytoscape for bounding boxes: on a fresh map those need every element's
 * style and label size first, which took a second at 5,600 nodes. Labels
 * are not drawn at the zoom of a large fitted map anyway.
 */
export function fitToPositions(cy: Core, padding: number): void {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x);
    bottom = Math.max(bottom, y);
  });
  if (left === Infinity) return;
  left -= NODE_MARGIN;
  top -= NODE_MARGIN;
  right += NODE_MARGIN;
  bottom += NODE_MARGIN;
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0) return;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / (right - left), height / (bottom - top))));
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (left + right)) / 2, y: (cy.height() - zoom * (top + bottom)) / 2 },
  });
}
