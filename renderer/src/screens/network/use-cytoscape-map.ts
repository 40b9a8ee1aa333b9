import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { useEffect, useRef, useState } from 'react';
import type { NodePositions } from '../../../../shared/network/node-positions';
import { foldText } from '../../../../shared/normalise/name';
import { localToday } from '../../clock';
import { downloadBlob } from '../../download-blob';
import { fitToPositions } from './fit-to-positions';
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
}

/**
 * The Cytoscape map of the Netwerk screen: one instance for the screen's
 * lifetime, the plain links drawn beneath it as lines, kept in step with
 * the view, the layout, presentation mode and the focus.
 */
export function useCytoscapeMap({ nodeCount, view, degrees, layout, positions, status, presentation, steps }: MapInput) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const linesRef = useRef<LineLayer | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  useEffect(() => {
    const large = nodeCount >= WEBGL_FROM_NODES && hasHardwareWebgl2();
    const cy = cytoscape({
      container: container.current,
      style: networkStyle(false),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      ...(large ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    cy.on('select', 'node', (event) => setSelected((event.target as cytoscape.NodeSingular).id()));
    cy.on('unselect', 'node', () => setSelected(null));
    cyRef.current = cy;
    const lines = container.current ? new LineLayer(cy, container.current) : null;
    linesRef.current = lines;
    // Full screen, a narrower window: Cytoscape must learn its new size, and the graph stays in view.
    const resized = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 30);
    });
    if (container.current) resized.observe(container.current);
    return () => {
      resized.disconnect();
      lines?.destroy();
      linesRef.current = null;
      cy.destroy();
      cyRef.current = null;
    };
    // The renderer is chosen once per visit of the screen, from the network's size then.
  }, []);

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
    if (nodesChanged || firstView.current) fitToPositions(cy, 30);
    if (firstView.current && status.state === 'ready') {
      firstView.current = false;
      linesRef.current?.draw();
      const detail = { nodes: cy.nodes().length, edges: edgeCount, layoutMs: status.layoutMs, source: status.source };
      // For `npm run bench`: the first frame drawn with the final positions.
      requestAnimationFrame(() => performance.mark('spinweb:network-stable', { detail }));
    }
  }, [view, degrees, layout, status]);

  // Back to the map: every node to its stored place.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layout !== 'fcose' || !positions) return;
    cy.nodes().positions((node) => positions[node.id()] ?? node.position());
    cy.fit(undefined, 30);
  }, [layout, positions]);

  useEffect(() => {
    cyRef.current?.style(networkStyle(presentation));
    linesRef.current?.setPresentation(presentation);
  }, [presentation]);

  // Focus: only the selection and its neighbourhood, `steps` links deep.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().removeClass('faded');
    if (!selected || steps === 0 || !view) {
      linesRef.current?.setFocus(null);
      return;
    }
    const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
    const inFocus = neighbourhood([...view.lines, ...edges], selected, steps);
    cy.elements()
      .filter((element) => (element.isNode() ? !inFocus.has(element.id()) : !inFocus.has(element.source().id()) || !inFocus.has(element.target().id())))
      .addClass('faded');
    linesRef.current?.setFocus(inFocus);
  }, [selected, steps, view]);

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

  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    const png = withLinesInExport(cy, linesRef.current, () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }));
    downloadBlob(await png, `netwerk-${localToday()}.png`);
  };

  const exportSvg = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const svgText = withLinesInExport(cy, linesRef.current, () => cy.svg({ full: true, scale: 1, bg: '#ffffff' }));
    downloadBlob(new Blob([svgText], { type: 'image/svg+xml' }), `netwerk-${localToday()}.svg`);
  };

  return { container, selected, setSelected, counts, locate, exportPng, exportSvg };
}
