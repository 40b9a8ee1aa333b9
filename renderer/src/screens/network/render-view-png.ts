import cytoscape from 'cytoscape';
import type { MapFrame } from '../../../../shared/domain/map-view';
import { fitToFrame, fitToPositions } from './fit-to-positions';
import { declutterLabels } from './label-declutter';
import { LineLayer, withLinesInExport } from './line-layer';
import { fadeOutside, focusOf } from './map-focus';
import type { NetworkView } from './network-elements';
import { networkStyle } from './network-style';

/** The size of the map in a step's picture, in CSS pixels: a landscape page's proportions. */
const STEP_WIDTH = 1400;
const STEP_HEIGHT = 900;
/** Room between the outermost nodes and the picture's edge, for their labels. */
const LABEL_ROOM = 90;

/**
 * The map of a view that is not on screen (a presentation's step) drawn as a
 * PNG the way presentation mode shows it: organisations only, its focus
 * faded around, its frame or all of it in view, labels at presentation size
 * with the ones that would overlap left out. A map of its own, off screen,
 * so the map on screen does not move while a presentation is printed.
 */
export async function renderViewPng(view: NetworkView, options: { degrees: ReadonlyMap<string, number>; focus: { nodeId: string; steps: number } | null; frame: MapFrame | null; scale: number }): Promise<Blob> {
  const container = document.createElement('div');
  // As wide as what is shown needs: a round network on a wide picture leaves empty sides on the page.
  const width = Math.round(Math.min(STEP_WIDTH, Math.max(STEP_HEIGHT * 0.8, STEP_HEIGHT * aspectOf(view, options.frame))));
  Object.assign(container.style, { position: 'fixed', left: `-${STEP_WIDTH * 2}px`, top: '0', width: `${width}px`, height: `${STEP_HEIGHT}px` });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  // `preset`: the nodes where the map has them (without it Cytoscape lays them out in a grid). The
  // elements' positions are copies already (`networkElements`), so this map moves none of the screen's.
  const cy = cytoscape({ container, style: networkStyle(true), minZoom: 0.05, maxZoom: 4, layout: { name: 'preset' }, elements: view.elements });
  const lines = new LineLayer(cy, container);
  try {
    lines.setLines(view.lines);
    lines.setPresentation(true);
    const inFocus = options.focus && cy.getElementById(options.focus.nodeId).nonempty() ? focusOf(view, cy, options.focus.nodeId, options.focus.steps) : null;
    if (inFocus) {
      fadeOutside(cy, inFocus);
      lines.setFocus(inFocus);
    }
    if (options.frame) fitToFrame(cy, options.frame);
    // More room at the edge than on screen: a label at the rim is printed whole.
    else fitToPositions(cy, LABEL_ROOM, inFocus ? { nodes: cy.nodes().filter((node) => inFocus.has(node.id())) } : {});
    cy.style(networkStyle(true, cy.zoom()));
    declutterLabels(cy, options.degrees);
    cy.nodes('.label-hidden').addClass('label-omitted');
    return await withLinesInExport(cy, lines, () => cy.png({ output: 'blob-promise', full: false, scale: options.scale, bg: '#ffffff' }));
  } finally {
    lines.destroy();
    cy.destroy();
    container.remove();
  }
}

/** Width over height of what a view shows: its frame, or the box round its nodes (1 for none). */
function aspectOf(view: NetworkView, frame: MapFrame | null): number {
  if (frame) return (frame.right - frame.left) / (frame.bottom - frame.top);
  const points = view.elements.flatMap((element) => (element.position ? [element.position] : []));
  if (points.length < 2) return 1;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  return height > 0 && width > 0 ? width / height : 1;
}
