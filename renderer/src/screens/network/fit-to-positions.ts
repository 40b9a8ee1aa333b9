import type { Core, NodeCollection, Position } from 'cytoscape';
import type { MapFrame } from '../../../../shared/domain/map-view';

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
  moveTo(cy, viewportFor(cy, options.nodes ?? cy.nodes(), padding), options.animate);
}

/** Fits the view to a part of the map (a saved view's frame): that part whole, in the middle, on any screen. */
export function fitToFrame(cy: Core, frame: MapFrame, options: { animate?: boolean } = {}): void {
  moveTo(cy, viewportOfBox(cy, frame, 0, 0, cy.maxZoom()), options.animate);
}

/**
 * The part of the map in view now, in the map's coordinates; null when the
 * view is what fitting `nodes` would give (nothing chosen by hand): a view
 * saved then shows all it shows, also once the network has grown.
 */
export function frameInView(cy: Core, padding: number, nodes: NodeCollection = cy.nodes()): MapFrame | null {
  const fitted = viewportFor(cy, nodes, padding);
  const zoom = cy.zoom();
  const pan = cy.pan();
  if (fitted && Math.abs(fitted.zoom / zoom - 1) < 0.02 && Math.abs(fitted.pan.x - pan.x) < 4 && Math.abs(fitted.pan.y - pan.y) < 4) return null;
  const { x1, y1, x2, y2 } = cy.extent();
  return { left: x1, top: y1, right: x2, bottom: y2 };
}

function moveTo(cy: Core, viewport: { zoom: number; pan: Position } | null, animate = false): void {
  if (!viewport) return;
  cy.stop(true, false);
  if (animate) cy.animate(viewport, { duration: FIT_MS, easing: 'ease-out-cubic' });
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
  // One node alone, or a few close together: no closer than a comfortable reading distance.
  return viewportOfBox(cy, { left, top, right, bottom }, NODE_MARGIN, padding, MAX_FIT_ZOOM);
}

/** The zoom (at most `closest`) and pan that show a box of the map whole (widened by `margin`, `padding` from the screen's edge), in the middle. */
function viewportOfBox(cy: Core, box: MapFrame, margin: number, padding: number, closest: number): { zoom: number; pan: Position } | null {
  const left = box.left - margin;
  const top = box.top - margin;
  const right = box.right + margin;
  const bottom = box.bottom + margin;
  const width = cy.width() - 2 * padding;
  const height = cy.height() - 2 * padding;
  if (width <= 0 || height <= 0) return null;
  const zoom = Math.min(cy.maxZoom(), closest, Math.max(cy.minZoom(), Math.min(width / (right - left), height / (bottom - top))));
  return { zoom, pan: { x: (cy.width() - zoom * (left + right)) / 2, y: (cy.height() - zoom * (top + bottom)) / 2 } };
}

/** The closest a fit zooms in. */
const MAX_FIT_ZOOM = 2;
