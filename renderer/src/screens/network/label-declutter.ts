import type { Core, NodeSingular } from 'cytoscape';

/** A label's box on screen, in CSS pixels, and how much it matters. */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher wins a collision. */
  importance: number;
}

/** Free space kept around every label, in CSS pixels, so two never touch. */
const GAP = 3;
/** Side of a cell of the grid that finds a label's neighbours, in CSS pixels. */
const CELL = 120;

/**
 * The labels to show so that no two overlap: the most important first, each
 * one shown only if it keeps clear of every label already shown. A hidden
 * label comes back when zooming in makes room for it. A grid of cells keeps
 * this near-linear in the number of labels.
 */
export function labelsWithoutOverlap(boxes: readonly LabelBox[]): Set<string> {
  const shown = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const cells = (box: LabelBox) => {
    const keys: string[] = [];
    for (let x = Math.floor((box.x1 - GAP) / CELL); x <= Math.floor((box.x2 + GAP) / CELL); x++) {
      for (let y = Math.floor((box.y1 - GAP) / CELL); y <= Math.floor((box.y2 + GAP) / CELL); y++) keys.push(`${x}:${y}`);
    }
    return keys;
  };
  const collides = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
  const ordered = [...boxes].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  for (const box of ordered) {
    const keys = cells(box);
    if (keys.some((cell) => grid.get(cell)?.some((other) => collides(box, other)))) continue;
    shown.add(box.id);
    for (const cell of keys) grid.set(cell, [...(grid.get(cell) ?? []), box]);
  }
  return shown;
}

/** Classes that mark a node for what the map is showing: new since the last meeting, or an overlay's finding. */
const markClasses = ['is-new', 'overlap', 'island', 'weak'];

/**
 * How much a node's label matters on the map: the selection first, then
 * what the focus keeps, then what is marked (new, an overlay's finding: a
 * mark without a name tells the room nothing), then organisations before
 * persons, then the number of links in the whole network.
 */
export function labelImportance(node: NodeSingular, degrees: ReadonlyMap<string, number>): number {
  const marked = markClasses.some((name) => node.hasClass(name)) || node.connectedEdges('.casus-link, .duplicate').nonempty();
  return (node.selected() ? 1e8 : 0) + (node.hasClass('faded') ? 0 : 1e7) + (marked ? 1e6 : 0) + (node.hasClass('organisation') ? 1e5 : 0) + (degrees.get(node.id()) ?? 0);
}

/**
 * Hides the labels that would overlap a more important one, from the boxes
 * Cytoscape itself draws them in (`renderedBoundingBox` with labels only).
 * Only labels on screen compete; those off screen are hidden too.
 */
export function declutterLabels(cy: Core, degrees: ReadonlyMap<string, number>): void {
  const width = cy.width();
  const height = cy.height();
  const boxes: LabelBox[] = [];
  cy.nodes().forEach((node) => {
    if (String(node.data('label') ?? '') === '') return;
    const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (box.w <= 0 || box.x2 < 0 || box.y2 < 0 || box.x1 > width || box.y1 > height) return;
    boxes.push({ id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, importance: labelImportance(node, degrees) });
  });
  const shown = labelsWithoutOverlap(boxes);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const hide = !shown.has(node.id());
      if (hide !== node.hasClass('label-hidden')) node.toggleClass('label-hidden', hide);
    });
  });
}
