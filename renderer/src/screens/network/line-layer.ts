import type { Core, EventObject, NodeSingular } from 'cytoscape';
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
  /** Nodes being dragged, and the lines that do not move with them, drawn once per drag. */
  private dragged: ReadonlySet<string> | null = null;
  private stillLines: HTMLCanvasElement | null = null;

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
    cy.on('grab', 'node', this.onGrab);
    cy.on('free', 'node', this.onFree);
    this.resize();
  }

  setLines(lines: readonly MapLine[]): void {
    this.lines = lines;
    this.changed();
  }

  /** Only these nodes in focus: lines to anything else are faded, as the nodes are. `null` for no focus. */
  setFocus(focus: ReadonlySet<string> | null): void {
    this.focus = focus;
    this.changed();
  }

  setPresentation(presentation: boolean): void {
    this.presentation = presentation;
    this.changed();
  }

  /** Draws the lines now, in the viewport's current place. */
  draw(): void {
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.resize();
    const context = this.contextOf(this.canvas);
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const dragged = this.dragged;
    const movesAlong = (line: MapLine) => dragged !== null && (dragged.has(line.source) || dragged.has(line.target));
    if (dragged) {
      // While nodes are dragged only their own lines move: the others are drawn once and copied each frame.
      this.stillLines ??= this.drawnApart((line) => !movesAlong(line));
      if (this.stillLines) context.drawImage(this.stillLines, 0, 0);
    }
    this.drawnAt = this.toModel(context);
    this.drawInto(context, dragged ? movesAlong : undefined);
    this.canvas.style.transform = '';
  }

  /**
   * Draws the lines in model coordinates on `context` (the map's canvas, an
   * export's canvas or canvas2svg's SVG context): one path per look, so
   * 22,000 lines are a few dozen strokes.
   */
  drawInto(context: CanvasRenderingContext2D, only?: (line: MapLine) => boolean): void {
    const positions = new Map<string, { x: number; y: number } | undefined>();
    if (!only) for (const node of this.cy.nodes()) positions.set(node.id(), node.position());
    const positionOf = (id: string) => {
      if (!only || positions.has(id)) return positions.get(id);
      // Part of the lines: look their ends up one by one.
      const node = this.cy.getElementById(id);
      const position = node.nonempty() ? node.position() : undefined;
      positions.set(id, position);
      return position;
    };
    const paths = new Map<string, { colour: string; width: number; alpha: number; ends: number[] }>();
    const add = (colour: string, width: number, alpha: number, from: { x: number; y: number }, to: { x: number; y: number }) => {
      const look = `${colour}|${width}|${alpha}`;
      const path = paths.get(look) ?? { colour, width, alpha, ends: [] };
      path.ends.push(from.x, from.y, to.x, to.y);
      paths.set(look, path);
    };
    for (const line of this.lines) {
      if (only && !only(line)) continue;
      const from = positionOf(line.source);
      const to = positionOf(line.target);
      if (!from || !to) continue;
      const inFocus = !this.focus || (this.focus.has(line.source) && this.focus.has(line.target));
      const width = edgeWidth(line.weight, this.presentation);
      // The halo first, so the line lies on it.
      if (line.isNew && inFocus) add(newColour, width + 8, 0.35, from, to);
      add(line.colour, width, inFocus ? edgeOpacity : fadedOpacity, from, to);
    }
    context.save();
    // Halos (wide) under the lines (narrow).
    for (const path of [...paths.values()].sort((left, right) => right.width - left.width)) {
      context.beginPath();
      for (let index = 0; index < path.ends.length; index += 4) {
        context.moveTo(path.ends[index] ?? 0, path.ends[index + 1] ?? 0);
        context.lineTo(path.ends[index + 2] ?? 0, path.ends[index + 3] ?? 0);
      }
      // Halos with flat ends: round ends on thousands of wide strokes (a large import, all of it new
      // since the last meeting) took 0.3 s per redraw at 17,000 lines; the lines keep their round ends.
      context.lineCap = path.colour === newColour ? 'butt' : 'round';
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
    this.cy.off('grab', 'node', this.onGrab);
    this.cy.off('free', 'node', this.onFree);
    this.container.removeEventListener('pointerdown', this.onPress);
    window.removeEventListener('pointerup', this.onRelease);
    window.removeEventListener('pointercancel', this.onRelease);
    this.canvas.remove();
  }

  /** What is drawn changed: the copy kept for a drag is stale too. */
  private changed(): void {
    this.stillLines = null;
    this.redrawSoon();
  }

  private readonly onGrab = (event: EventObject) => {
    // Grabbing one of several selected nodes drags them all.
    const node = event.target as NodeSingular;
    const moving = node.selected() ? this.cy.nodes(':selected').union(node) : node;
    this.dragged = new Set(moving.map((each) => each.id()));
    this.stillLines = null;
  };

  private readonly onFree = () => {
    this.dragged = null;
    this.changed();
  };

  /** The lines that pass `test`, drawn on a canvas of their own at the current viewport. */
  private drawnApart(test: (line: MapLine) => boolean): HTMLCanvasElement | null {
    const apart = document.createElement('canvas');
    apart.width = this.canvas.width;
    apart.height = this.canvas.height;
    const context = this.contextOf(apart);
    if (!context) return null;
    this.toModel(context);
    this.drawInto(context, test);
    return apart;
  }

  /** Sets `context` to draw in model coordinates at the current viewport; returns that viewport. */
  private toModel(context: CanvasRenderingContext2D): { x: number; y: number; zoom: number } {
    const ratio = window.devicePixelRatio || 1;
    const { x, y } = this.cy.pan();
    const zoom = this.cy.zoom();
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * x, ratio * y);
    return { x, y, zoom };
  }

  private contextOf(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
    // A CPU canvas: thousands of thin strokes rasterise in tens of milliseconds there, while a
    // software-emulated GPU canvas (Chromium on SwiftShader) took seconds per drawing.
    return canvas.getContext('2d', { willReadFrequently: true });
  }

  private readonly redrawSoon = () => {
    if (this.frameRequest === 0) this.frameRequest = requestAnimationFrame(() => this.draw());
  };

  private readonly onViewport = () => {
    this.stillLines = null;
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
    this.stillLines = null;
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
  const drawElements = renderer.drawElements.bind(renderer);
  renderer.drawElements = (context, elements) => {
    layer.drawInto(context);
    drawElements(context, elements);
  };
  try {
    return exportView();
  } finally {
    renderer.drawElements = drawElements;
  }
}
