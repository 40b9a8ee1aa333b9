import type { Core } from 'cytoscape';
import type { MapLine } from './map-line';
import { edgeOpacity, edgeWidth, fadedOpacity, newColour } from './network-style';

/** After the last pan or zoom step, this long before the lines are drawn sharp again. */
const SETTLE_MS = 120;

interface Renderer {
  drawElements(context: CanvasRenderingContext2D, elements: unknown): void;
}

/**
 * The map's plain ties and affiliations, drawn on a canvas of our own
 * beneath Cytoscape's.
 *
 * Why not Cytoscape edges: Cytoscape computes a style, bounding box and edge
 * projection per element before its first frame. Measured here with no app
 * around it, 5,600 nodes and 22,000 edges took 3.5 s to the first frame; the
 * nodes alone 1.2 s. Drawn as grouped canvas paths the same 22,000 lines take
 * tens of milliseconds. Overlay edges (cold ties, duplicates, casus links,
 * offers) are few and stay Cytoscape edges with their dashes and curves.
 *
 * While the view moves, the last drawing is moved along with a CSS transform
 * (free for the CPU) and drawn again once the view rests, as Cytoscape's own
 * `textureOnViewport` does. PNG and SVG exports get the lines through
 * `withLinesInExport`.
 */
export class LineLayer {
  private readonly canvas: HTMLCanvasElement;
  private lines: readonly MapLine[] = [];
  private focus: ReadonlySet<string> | null = null;
  private presentation = false;
  private drawnAt = { x: 0, y: 0, zoom: 1 };
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private frameRequest = 0;
  /** A button is held on the map: a drag may pause without having ended. */
  private pressed = false;

  private readonly container: HTMLElement;

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'network-lines';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
    // First child: Cytoscape's canvases, added after, lie on top.
    container.prepend(this.canvas);
    this.container = container;
    container.addEventListener('pointerdown', this.onPress);
    window.addEventListener('pointerup', this.onRelease);
    window.addEventListener('pointercancel', this.onRelease);
    cy.on('viewport', this.onViewport);
    cy.on('resize', this.redrawSoon);
    cy.on('position', 'node', this.redrawSoon);
    this.resize();
  }

  setLines(lines: readonly MapLine[]): void {
    this.lines = lines;
    this.redrawSoon();
  }

  /** Only these nodes in focus: lines to anything else are faded, as the nodes are. `null` for no focus. */
  setFocus(focus: ReadonlySet<string> | null): void {
    this.focus = focus;
    this.redrawSoon();
  }

  setPresentation(presentation: boolean): void {
    this.presentation = presentation;
    this.redrawSoon();
  }

  /** Draws the lines now, in the viewport's current place. */
  draw(): void {
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.resize();
    // A CPU canvas: thousands of thin strokes rasterise in tens of milliseconds there, while a
    // software-emulated GPU canvas (Chromium on SwiftShader) took seconds per drawing.
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    this.drawInto(context);
    this.drawnAt = { x: pan.x, y: pan.y, zoom };
    this.canvas.style.transform = '';
  }

  /**
   * Draws the lines in model coordinates on `context` (the map's canvas, an
   * export's canvas or canvas2svg's SVG context): one path per look, so
   * 22,000 lines are a few dozen strokes.
   */
  drawInto(context: CanvasRenderingContext2D): void {
    const positions = new Map<string, { x: number; y: number }>();
    for (const node of this.cy.nodes()) positions.set(node.id(), node.position());
    const paths = new Map<string, { colour: string; width: number; alpha: number; ends: number[] }>();
    const add = (colour: string, width: number, alpha: number, from: { x: number; y: number }, to: { x: number; y: number }) => {
      const look = `${colour}|${width}|${alpha}`;
      const path = paths.get(look) ?? { colour, width, alpha, ends: [] };
      path.ends.push(from.x, from.y, to.x, to.y);
      paths.set(look, path);
    };
    for (const line of this.lines) {
      const from = positions.get(line.source);
      const to = positions.get(line.target);
      if (!from || !to) continue;
      const inFocus = !this.focus || (this.focus.has(line.source) && this.focus.has(line.target));
      const width = edgeWidth(line.weight, this.presentation);
      // The halo first, so the line lies on it.
      if (line.isNew && inFocus) add(newColour, width + 8, 0.35, from, to);
      add(line.colour, width, inFocus ? edgeOpacity : fadedOpacity, from, to);
    }
    context.save();
    context.lineCap = 'round';
    // Halos (wide) under the lines (narrow).
    for (const path of [...paths.values()].sort((left, right) => right.width - left.width)) {
      context.beginPath();
      for (let index = 0; index < path.ends.length; index += 4) {
        context.moveTo(path.ends[index]!, path.ends[index + 1]!);
        context.lineTo(path.ends[index + 2]!, path.ends[index + 3]!);
      }
      context.strokeStyle = path.colour;
      context.lineWidth = path.width;
      context.globalAlpha = path.alpha;
      context.stroke();
    }
    context.restore();
  }

  destroy(): void {
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.frameRequest);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('resize', this.redrawSoon);
    this.cy.off('position', 'node', this.redrawSoon);
    this.container.removeEventListener('pointerdown', this.onPress);
    window.removeEventListener('pointerup', this.onRelease);
    window.removeEventListener('pointercancel', this.onRelease);
    this.canvas.remove();
  }

  private readonly redrawSoon = () => {
    if (this.frameRequest === 0) this.frameRequest = requestAnimationFrame(() => this.draw());
  };

  private readonly onViewport = () => {
    const pan = this.cy.pan();
    const scale = this.cy.zoom() / this.drawnAt.zoom;
    this.canvas.style.transform = `translate(${pan.x - this.drawnAt.x * scale}px, ${pan.y - this.drawnAt.y * scale}px) scale(${scale})`;
    clearTimeout(this.settleTimer);
    // Not while the map is held: a drag that pauses would otherwise stall on a redraw of every line.
    if (!this.pressed) this.settleTimer = setTimeout(() => this.draw(), SETTLE_MS);
  };

  private readonly onPress = () => {
    this.pressed = true;
  };

  private readonly onRelease = () => {
    if (!this.pressed) return;
    this.pressed = false;
    if (this.canvas.style.transform !== '') this.settleTimer = setTimeout(() => this.draw(), SETTLE_MS);
  };

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    const width = this.cy.width();
    const height = this.cy.height();
    if (this.canvas.width === Math.round(width * ratio) && this.canvas.height === Math.round(height * ratio)) return;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
  }
}

/**
 * Runs an export (`cy.png`, `cy.svg`) with the lines drawn under the
 * elements. Both exports draw through the renderer's `drawElements` with the
 * model transform already set, so that is where the lines join in; the
 * cytoscape-layers plugin exports its layers the same way.
 */
export function withLinesInExport<T>(cy: Core, layer: LineLayer | null, exportView: () => T): T {
  if (!layer) return exportView();
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  const drawElements = renderer.drawElements;
  renderer.drawElements = function (this: Renderer, context, elements) {
    layer.drawInto(context);
    drawElements.call(this, context, elements);
  };
  try {
    return exportView();
  } finally {
    renderer.drawElements = drawElements;
  }
}
