import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodePositions } from '../../../../shared/network/node-positions';
import { foldText } from '../../../../shared/normalise/name';
import { localToday } from '../../clock';
import { downloadBlob } from '../../download-blob';
import type { MapFrame } from '../../../../shared/domain/map-view';
import { fitToFrame, fitToPositions, frameInView } from './fit-to-positions';
import { declutterLabels } from './label-declutter';
import { framedPng, framedSvg, type ExportFrame } from './map-export';
import { LineLayer, withLinesInExport } from './line-layer';
import { fadeOutside, focusOf } from './map-focus';
import type { NetworkView } from './network-elements';
import { networkStyle } from './network-style';
import { syncElements } from './sync-elements';
import { hasHardwareWebgl2, WEBGL_FROM_NODES } from './webgl';
import type { MapStatus } from './use-map-positions';
import type { strings } from '../../strings';

cytoscape.use(svg);

/** `fcose`: the stored map; the others are Cytoscape's own layouts, laid out on the spot. */
export type LayoutName = keyof typeof strings.network.layouts;

interface MapInput {
  /** Persons and organisations in the whole network: picks the renderer once per visit. */
  nodeCount: number;
  view: NetworkView | null;
  degrees: ReadonlyMap<string, number>;
  layout: LayoutName;
  positions: NodePositions | null;
  status: MapStatus;
  presentation: boolean;
  /** How many links deep the focus around the selection reaches (0: no focus). */
  steps: number;
  /** A part of the map to keep in view (a saved view's) instead of all that is shown; null: fit what is shown. */
  frame: MapFrame | null;
  /** A double click on an organisation: open or close it to its people. */
  onOpenOrganisation: (organisationId: string) => void;
}

/** After the last pan or zoom step, this long before the labels are sized and sorted out again. */
const LABELS_SETTLE_MS = 90;
/** The papers a map prints on, landscape. */
export type Paper = 'A4' | 'A3';
/** A PNG export is drawn at twice the screen's size, sharp on a printed page. */
export const EXPORT_SCALE = 2;
/** One press of + or −. */
const ZOOM_STEP = 1.3;

/** Selects the node, and only it, if it is on the map; false when it is not (yet). */
function selectAlone(cy: Core, nodeId: string): boolean {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return false;
  cy.nodes().unselect();
  node.select();
  return true;
}

/**
 * The Cytoscape map of the Netwerk screen: one instance for the screen's
 * lifetime, the plain links drawn beneath it as lines, kept in step with
 * the view, the layout, presentation mode and the focus.
 */
export function useCytoscapeMap({ nodeCount, view, degrees, layout, positions, status, presentation, steps, frame, onOpenOrganisation }: MapInput) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const linesRef = useRef<LineLayer | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  // What the event handlers, set up once, need to read as it is now.
  const current = useRef({ degrees, presentation, onOpenOrganisation, frame, styledZoom: 1, presentationStyled: presentation });
  current.current = { ...current.current, degrees, presentation, onOpenOrganisation, frame };
  // A node to select once it is on the map (a saved view's focus, shown before its filters are).
  const selectWhenShown = useRef<string | null>(null);

  /** The view to what is shown: a saved view's frame when there is one, else everything on the map. */
  const fitShown = useCallback((cy: Core, animate: boolean) => {
    const shownFrame = current.current.frame;
    if (shownFrame) fitToFrame(cy, shownFrame, { animate });
    else fitToPositions(cy, 30, { animate });
  }, []);

  /** Labels at their size on screen for the zoom now, then only those that do not overlap. */
  const relabel = useCallback(() => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) return;
    const state = current.current;
    const zoom = cy.zoom();
    if (Math.abs(zoom / state.styledZoom - 1) > 0.01 || state.presentationStyled !== state.presentation) {
      cy.style(networkStyle(state.presentation, zoom));
      state.styledZoom = zoom;
      state.presentationStyled = state.presentation;
    }
    declutterLabels(cy, state.degrees);
    // For the tests: the zoom the labels were last sized and sorted out for.
    cy.container()?.setAttribute('data-labels-zoom', zoom.toFixed(4));
  }, []);

  useEffect(() => {
    const large = nodeCount >= WEBGL_FROM_NODES && hasHardwareWebgl2();
    const cy = cytoscape({
      container: container.current,
      style: networkStyle(false),
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      ...(large ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    cy.on('select', 'node', (event) => setSelected((event.target as cytoscape.NodeSingular).id()));
    cy.on('unselect', 'node', () => setSelected(null));
    cy.on('dbltap', 'node.organisation', (event) => current.current.onOpenOrganisation((event.target as cytoscape.NodeSingular).id().slice('organisation:'.length)));
    let settle: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(settle);
      settle = setTimeout(relabel, LABELS_SETTLE_MS);
    });
    cyRef.current = cy;
    const lines = container.current ? new LineLayer(cy, container.current) : null;
    linesRef.current = lines;
    // Full screen, a narrower window: Cytoscape must learn its new size, and the graph stays in view.
    const resized = new ResizeObserver(() => {
      cy.resize();
      fitShown(cy, false);
    });
    if (container.current) resized.observe(container.current);
    return () => {
      clearTimeout(settle);
      resized.disconnect();
      lines?.destroy();
      linesRef.current = null;
      cy.destroy();
      cyRef.current = null;
    };
    // The renderer is chosen once per visit of the screen, from the network's size then.
  }, [relabel, fitShown]);

  const firstView = useRef(true);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    const nodesChanged = syncElements(cy, view.elements, layout === 'fcose');
    linesRef.current?.setLines(view.lines);
    const edgeCount = cy.edges().length + view.lines.length;
    setCounts({ nodes: cy.nodes().length, edges: edgeCount });
    if (layout !== 'fcose' && nodesChanged) {
      // Concentric by the whole network's degree: most of the links are lines, which Cytoscape does not count.
      cy.layout({ name: layout, animate: false, avoidOverlap: true, concentric: (node: cytoscape.NodeSingular) => degrees.get(node.id()) ?? 0 }).run();
    }
    // The first view appears at once; after that a change of what is shown glides to fit it.
    if (nodesChanged || firstView.current) fitShown(cy, !firstView.current);
    if (selectWhenShown.current && selectAlone(cy, selectWhenShown.current)) selectWhenShown.current = null;
    relabel();
    if (firstView.current && status.state === 'ready') {
      firstView.current = false;
      linesRef.current?.draw();
      const detail = { nodes: cy.nodes().length, edges: edgeCount, layoutMs: status.layoutMs, source: status.source };
      // For `npm run bench`: the first frame drawn with the final positions, once it is painted. A callback of
      // the next animation frame runs after that paint; one of this frame's would run before it.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('spinweb:network-stable', { detail })));
    }
  }, [view, degrees, layout, status, relabel, fitShown]);

  // Back to the map, or the map's places changed (a new layout, the other level): every node to its place, gliding there.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layout !== 'fcose' || !positions) return;
    cy.nodes().positions((node) => positions[node.id()] ?? node.position());
    fitShown(cy, !firstView.current);
  }, [layout, positions, fitShown]);

  // A saved view's frame: glide to it.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && frame && !firstView.current) fitToFrame(cy, frame, { animate: true });
  }, [frame]);

  useEffect(() => {
    linesRef.current?.setPresentation(presentation);
    relabel();
  }, [presentation, relabel]);

  // Focus: only the selection and its neighbourhood, `steps` links deep.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const hadFocus = cy.elements('.faded').nonempty();
    cy.elements().removeClass('faded');
    if (!selected || steps === 0 || !view) {
      linesRef.current?.setFocus(null);
      // Out of focus: back to the whole map.
      if (hadFocus) fitShown(cy, true);
      relabel();
      return;
    }
    const inFocus = focusOf(view, cy, selected, steps);
    fadeOutside(cy, inFocus);
    linesRef.current?.setFocus(inFocus);
    // A saved view's frame holds what its maker chose to show; otherwise the focus fills the screen.
    if (!current.current.frame) fitToPositions(cy, 30, { nodes: cy.nodes().filter((node) => inFocus.has(node.id())), animate: true });
    relabel();
  }, [selected, steps, view, relabel, fitShown]);

  /** + and −: zoom around the middle of the map; 0: the whole map. */
  // Pressed again while gliding: on from where the last press was heading, so no press is lost.
  const zoomTarget = useRef<number | null>(null);
  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    const from = cy.animated() && zoomTarget.current !== null ? zoomTarget.current : cy.zoom();
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
    zoomTarget.current = zoom;
    cy.stop(true, false);
    cy.animate({ zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  };
  const fitAll = () => {
    const cy = cyRef.current;
    if (cy) fitToPositions(cy, 30, { animate: true });
  };

  /** Selects a node now, or as soon as it is on the map. */
  const select = (nodeId: string) => {
    selectWhenShown.current = nodeId;
    if (cyRef.current && selectAlone(cyRef.current, nodeId)) selectWhenShown.current = null;
  };

  /** The part of the map in view now; null when it is all of what is shown (or its focus), or before the map is there. */
  const frameNow = (): MapFrame | null => {
    const cy = cyRef.current;
    if (!cy) return null;
    const inFocus = cy.nodes(':selected').nonempty() && cy.elements('.faded').nonempty() ? cy.nodes().not('.faded') : cy.nodes();
    return frameInView(cy, 30, inFocus);
  };
  const zoomIn = () => zoomBy(ZOOM_STEP);
  const zoomOut = () => zoomBy(1 / ZOOM_STEP);

  /** Selects and centres the first node whose label holds `text`; false when there is none. */
  const locate = (text: string): boolean => {
    const cy = cyRef.current;
    const wanted = foldText(text);
    if (!cy || wanted === '') return true;
    const node = cy.nodes().filter((candidate) => foldText(String(candidate.data('label'))).includes(wanted))[0];
    if (!node) return false;
    cy.nodes().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: 1.5 }, { duration: 200 });
    return true;
  };

  /**
   * The whole map as it would fit the screen, with the labels sorted out
   * for that view (a hidden label left out), then the view as it was.
   */
  const exportWhole = <T,>(cy: Core, draw: () => T): T => {
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.stop(true, true);
    fitToPositions(cy, 30);
    relabel();
    cy.nodes('.label-hidden').addClass('label-omitted');
    try {
      return withLinesInExport(cy, linesRef.current, draw);
    } finally {
      cy.nodes('.label-omitted').removeClass('label-omitted');
      cy.viewport(viewport);
      relabel();
    }
  };

  /** The whole map as a PNG at `EXPORT_SCALE`, before framing: what the PNG export and a print frame. */
  const wholeMapPng = (cy: Core): Promise<Blob> => exportWhole(cy, () => cy.png({ output: 'blob-promise', full: false, scale: EXPORT_SCALE, bg: '#ffffff' }));

  const exportPng = async (frame: ExportFrame) => {
    const cy = cyRef.current;
    if (!cy) return;
    downloadBlob(await framedPng(await wholeMapPng(cy), frame, EXPORT_SCALE), `netwerk-${localToday()}.png`);
  };

  // The pictures the last print put in the page, gone with the screen.
  const printImages = useRef<HTMLImageElement[]>([]);
  const clearPrintImages = () => {
    for (const image of printImages.current) {
      URL.revokeObjectURL(image.src);
      image.remove();
    }
    printImages.current = [];
  };
  useEffect(() => clearPrintImages, []);

  /**
   * Framed maps, one per landscape page of the paper chosen: the pictures go
   * into the page as print-only images (styles.css names the page size and
   * breaks the page after each) and the browser's print dialog opens; they
   * stay until the next print or leaving the screen, so a PDF printed later
   * is the same. `pages`: maps drawn at `EXPORT_SCALE`, with their frames.
   */
  const printPages = async (pages: readonly { map: Blob; frame: ExportFrame }[], paper: Paper) => {
    const framed = await Promise.all(pages.map(async ({ map, frame }) => ({ png: await framedPng(map, frame, EXPORT_SCALE), title: frame.title })));
    clearPrintImages();
    for (const { png, title } of framed) {
      const image = document.createElement('img');
      image.className = `map-print paper-${paper.toLowerCase()}`;
      image.alt = title;
      image.src = URL.createObjectURL(png);
      await image.decode();
      document.body.append(image);
      printImages.current.push(image);
    }
    window.print();
  };

  /** The map on screen, whole, on one landscape page. */
  const printMap = async (frame: ExportFrame, paper: Paper) => {
    const cy = cyRef.current;
    if (!cy) return;
    await printPages([{ map: await wholeMapPng(cy), frame }], paper);
  };

  const exportSvg = (frame: ExportFrame) => {
    const cy = cyRef.current;
    if (!cy) return;
    const svgText = exportWhole(cy, () => cy.svg({ full: false, scale: 1, bg: '#ffffff' }));
    downloadBlob(new Blob([framedSvg(svgText, frame)], { type: 'image/svg+xml' }), `netwerk-${localToday()}.svg`);
  };

  const clearSelection = () => {
    cyRef.current?.nodes().unselect();
    setSelected(null);
  };

  return { container, selected, select, clearSelection, frameNow, counts, locate, exportPng, exportSvg, printMap, printPages, zoomIn, zoomOut, fitAll };
}
