import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodePositions } from '../../../../shared/network/node-positions';
import { foldText } from '../../../../shared/normalise/name';
import { localToday } from '../../clock';
import { downloadBlob } from '../../download-blob';
import { fitToPositions } from './fit-to-positions';
import { declutterLabels } from './label-declutter';
import { framedPng, framedSvg, type ExportFrame } from './map-export';
import { LineLayer, withLinesInExport } from './line-layer';
import { neighbourhood } from './neighbourhood';
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
  /** A double click on an organisation: open or close it to its people. */
  onOpenOrganisation: (organisationId: string) => void;
}

/** After the last pan or zoom step, this long before the labels are sized and sorted out again. */
const LABELS_SETTLE_MS = 90;
/** The papers a map prints on, landscape. */
export type Paper = 'A4' | 'A3';
/** A PNG export is drawn at twice the screen's size, sharp on a printed page. */
const EXPORT_SCALE = 2;
/** One press of + or −. */
const ZOOM_STEP = 1.3;

/**
 * The Cytoscape map of the Netwerk screen: one instance for the screen's
 * lifetime, the plain links drawn beneath it as lines, kept in step with
 * the view, the layout, presentation mode and the focus.
 */
export function useCytoscapeMap({ nodeCount, view, degrees, layout, positions, status, presentation, steps, onOpenOrganisation }: MapInput) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const linesRef = useRef<LineLayer | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  // What the event handlers, set up once, need to read as it is now.
  const current = useRef({ degrees, presentation, onOpenOrganisation, styledZoom: 1, presentationStyled: presentation });
  current.current = { ...current.current, degrees, presentation, onOpenOrganisation };

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
      fitToPositions(cy, 30);
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
  }, [relabel]);

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
    if (nodesChanged || firstView.current) fitToPositions(cy, 30, { animate: !firstView.current });
    relabel();
    if (firstView.current && status.state === 'ready') {
      firstView.current = false;
      linesRef.current?.draw();
      const detail = { nodes: cy.nodes().length, edges: edgeCount, layoutMs: status.layoutMs, source: status.source };
      // For `npm run bench`: the first frame drawn with the final positions.
      requestAnimationFrame(() => performance.mark('spinweb:network-stable', { detail }));
    }
  }, [view, degrees, layout, status, relabel]);

  // Back to the map, or the map's places changed (a new layout, the other level): every node to its place, gliding there.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layout !== 'fcose' || !positions) return;
    cy.nodes().positions((node) => positions[node.id()] ?? node.position());
    fitToPositions(cy, 30, { animate: !firstView.current });
  }, [layout, positions]);

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
      if (hadFocus) fitToPositions(cy, 30, { animate: true });
      relabel();
      return;
    }
    const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
    const inFocus = neighbourhood([...view.lines, ...edges], selected, steps);
    cy.elements()
      .filter((element) => (element.isNode() ? !inFocus.has(element.id()) : !inFocus.has(element.source().id()) || !inFocus.has(element.target().id())))
      .addClass('faded');
    linesRef.current?.setFocus(inFocus);
    fitToPositions(cy, 30, { nodes: cy.nodes().filter((node) => inFocus.has(node.id())), animate: true });
    relabel();
  }, [selected, steps, view, relabel]);

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

  /** The whole map as a PNG, framed with its title, filters and legend: what the PNG export downloads and a print puts on paper. */
  const framedMapPng = async (cy: Core, frame: ExportFrame): Promise<Blob> => framedPng(await exportWhole(cy, () => cy.png({ output: 'blob-promise', full: false, scale: EXPORT_SCALE, bg: '#ffffff' })), frame, EXPORT_SCALE);

  const exportPng = async (frame: ExportFrame) => {
    const cy = cyRef.current;
    if (!cy) return;
    downloadBlob(await framedMapPng(cy, frame), `netwerk-${localToday()}.png`);
  };

  // The picture the last print put in the page, gone with the screen.
  const printImage = useRef<HTMLImageElement | null>(null);
  useEffect(
    () => () => {
      if (printImage.current) URL.revokeObjectURL(printImage.current.src);
      printImage.current?.remove();
    },
    [],
  );

  /**
   * The framed map on one landscape page of the paper chosen: the picture
   * goes into the page as a print-only image (styles.css names its page
   * size) and the browser's print dialog opens; the image stays until the
   * next print or leaving the screen, so a PDF printed later is the same.
   */
  const printMap = async (frame: ExportFrame, paper: Paper) => {
    const cy = cyRef.current;
    if (!cy) return;
    const png = await framedMapPng(cy, frame);
    if (printImage.current) URL.revokeObjectURL(printImage.current.src);
    printImage.current?.remove();
    const image = document.createElement('img');
    image.className = `map-print paper-${paper.toLowerCase()}`;
    image.alt = frame.title;
    image.src = URL.createObjectURL(png);
    await image.decode();
    document.body.append(image);
    printImage.current = image;
    window.print();
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

  return { container, selected, clearSelection, counts, locate, exportPng, exportSvg, printMap, zoomIn, zoomOut, fitAll };
}
