import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import type { NetworkData } from '../../../../shared/network/network-data';
import { foldText } from '../../../../shared/normalise/name';
import { downloadBlob } from '../../download-blob';
import { localToday } from '../../clock';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { FilterSelect } from '../../components/filter-select';
import { termOptions, wijkOptions } from '../address-book/options';
import { linkCounts, networkLinks } from '../../../../shared/analysis/network-structure';
import { ChangesPanel } from './changes-panel';
import { fitToPositions } from './fit-to-positions';
import { LineLayer, withLinesInExport } from './line-layer';
import { neighbourhood } from './neighbourhood';
import { networkElements, type NetworkFilters, type Overlays } from './network-elements';
import { legendKinds, networkStyle } from './network-style';
import { syncElements } from './sync-elements';
import { useMapPositions } from './use-map-positions';
import { usePresentation } from '../../state/presentation';
import { useNotices } from '../../state/notices';

cytoscape.use(svg);

type LayoutName = keyof typeof strings.network.layouts;
const text = strings.network;

/** From this many nodes on, Cytoscape draws with WebGL where the machine has a GPU (its canvas renderer slows down past about a thousand). */
const WEBGL_FROM_NODES = 1_500;

/**
 * WebGL 2 on a real GPU. A software implementation (SwiftShader, llvmpipe)
 * is slower than the canvas renderer: measured here, uploading the label
 * textures alone took 2.5 s at 5,600 nodes.
 */
function hasHardwareWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/** Netwerk: the neighbourhood as a graph, with filters, overlays of the analysis and a presentation mode. */
export function NetworkScreen() {
  const { api, data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const container = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const linesRef = useRef<LineLayer | null>(null);
  const [analysis, setAnalysis] = useState<{ of: NetworkData; value: NetworkAnalysis } | null>(null);
  const [filters, setFilters] = useState<NetworkFilters>({ wijkId: '', kindId: '', themeId: '', targetGroupId: '', showOffers: false, sizeBy: 'degree', minWarmth: '', since: '', reducePersons: false });
  const [overlays, setOverlays] = useState<Overlays>({ duplicates: false, overlaps: false, islands: false, weakLinks: false, coldTies: false, communities: false, casusLinks: false });
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const { presenting: presentation, setPresenting: setPresentation } = usePresentation();
  const [selected, setSelected] = useState<string | null>(null);
  const [steps, setSteps] = useState(0);
  const [find, setFind] = useState('');
  const [notFound, setNotFound] = useState(false);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  const [lastMeetingOn, setLastMeetingOn] = useState<string | null>(null);
  // Presenting belongs to this screen: leaving it ends the presentation.
  useEffect(() => () => setPresentation(false), [setPresentation]);
  const network = useMemo(() => networkLinks(data), [data]);
  const degrees = useMemo(() => linkCounts(network), [network]);
  const map = useMapPositions(api, network);

  // "Nieuw sinds" starts at the last meeting the broker recorded.
  useEffect(() => {
    void api.settings.get({}).then((result) => {
      if (!result.ok) return notify(result.error.message, { tone: 'error' });
      setLastMeetingOn(result.value.lastMeetingOn);
      if (result.value.lastMeetingOn) setFilters((current) => (current.since === '' ? { ...current, since: result.value.lastMeetingOn ?? '' } : current));
    });
  }, [api, notify]);

  const topKind = useMemo(() => (kindId: string) => index.term.get(kindId)?.parentId ?? kindId, [index]);
  // The analysis matters to the map only for betweenness sizes and overlays, so it is computed (and its
  // reading of casussen logged) only once one of those is asked for; a second at 5,000 nodes.
  const wantsAnalysis = filters.sizeBy === 'betweenness' || Object.values(overlays).some(Boolean);
  useEffect(() => {
    if (!wantsAnalysis || analysis?.of === data) return;
    let current = true;
    void api.network.analyse({ today: localToday() }).then((result) => {
      if (!current) return;
      if (result.ok) setAnalysis({ of: data, value: result.value });
      else notify(result.error.message, { tone: 'error' });
    });
    return () => {
      current = false;
    };
  }, [api, data, wantsAnalysis, analysis, notify]);
  // Until a fresh one arrives the previous analysis is shown: better than overlays blinking out after each edit.
  const analysisForMap = wantsAnalysis ? (analysis?.value ?? null) : null;
  const view = useMemo(
    () => (map.positions ? networkElements(data, degrees, { ...filters, reducePersons: filters.reducePersons || presentation }, overlays, analysisForMap, topKind, map.positions) : null),
    [data, degrees, filters, overlays, analysisForMap, topKind, presentation, map.positions],
  );

  // One Cytoscape instance for the screen's lifetime.
  useEffect(() => {
    const large = data.persons.length + data.organisations.length >= WEBGL_FROM_NODES && hasHardwareWebgl2();
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
    cy.on('select', 'node', (event) => setSelected(event.target.id()));
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
      cy.layout({ name: layout, animate: false, avoidOverlap: true, concentric: (node: cytoscape.NodeSingular) => degrees.get(node.id()) ?? 0 } as cytoscape.LayoutOptions).run();
    }
    if (nodesChanged || firstView.current) fitToPositions(cy, 30);
    if (firstView.current && map.status.state === 'ready') {
      firstView.current = false;
      linesRef.current?.draw();
      const detail = { nodes: cy.nodes().length, edges: edgeCount, layoutMs: map.status.layoutMs, source: map.status.source };
      // For `npm run bench`: the first frame drawn with the final positions.
      requestAnimationFrame(() => performance.mark('spinweb:network-stable', { detail }));
    }
  }, [view, degrees, layout, map.status]);

  // Back to the map: every node to its stored place.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layout !== 'fcose' || !map.positions) return;
    const positions = map.positions;
    cy.nodes().positions((node) => positions[node.id()] ?? node.position());
    cy.fit(undefined, 30);
  }, [layout, map.positions]);

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

  useEffect(() => {
    const onChange = () => setPresentation(document.fullscreenElement === frame.current && frame.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const locate = () => {
    const cy = cyRef.current;
    const wanted = foldText(find);
    if (!cy || wanted === '') return;
    const node = cy.nodes().filter((candidate) => foldText(String(candidate.data('label'))).includes(wanted))[0];
    setNotFound(!node);
    if (!node) return;
    cy.nodes().unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: 1.5 }, { duration: 200 });
  };

  const togglePresentation = async () => {
    if (presentation) {
      setPresentation(false);
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      return;
    }
    // What was looked up before may be a person: the room sees neither the selection nor the search text.
    if (selected?.startsWith('person:')) setSelected(null);
    setFind('');
    setPresentation(true);
    await frame.current?.requestFullscreen?.().catch(() => undefined);
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

  const meetingToday = async () => {
    const today = localToday();
    const result = await api.settings.update({ lastMeetingOn: today });
    if (result.ok) setLastMeetingOn(today);
    else notify(result.error.message, { tone: 'error' });
  };

  const [selectedKind, selectedId] = selected ? (selected.split(':') as [string, string]) : ['', ''];
  const selectedName = selectedKind === 'person' ? index.person.get(selectedId)?.name : index.organisation.get(selectedId)?.name;
  const status = map.status;

  return (
    <div className={`network${presentation ? ' is-presenting' : ''}`} ref={frame}>
      <div className="network-toolbar no-print" role="group" aria-label={text.title}>
        {!presentation && <h1>{text.title}</h1>}
        <FilterSelect id="network-wijk" label={text.wijk} value={filters.wijkId} options={wijkOptions(data)} onChange={(wijkId) => setFilters({ ...filters, wijkId })} />
        <FilterSelect id="network-kind" label={text.kind} value={filters.kindId} options={termOptions(data, 'organisation_kind')} onChange={(kindId) => setFilters({ ...filters, kindId })} />
        <FilterSelect id="network-theme" label={text.theme} value={filters.themeId} options={termOptions(data, 'theme')} onChange={(themeId) => setFilters({ ...filters, themeId })} />
        <FilterSelect id="network-target" label={text.targetGroup} value={filters.targetGroupId} options={termOptions(data, 'target_group')} onChange={(targetGroupId) => setFilters({ ...filters, targetGroupId })} />
        <div className="field">
          <label htmlFor="network-warmth">{text.warmth}</label>
          <select id="network-warmth" value={filters.minWarmth} onChange={(event) => setFilters({ ...filters, minWarmth: event.target.value as NetworkFilters['minWarmth'] })}>
            {(Object.keys(text.warmthOptions) as (keyof typeof text.warmthOptions)[]).map((value) => (
              <option key={value} value={value}>
                {text.warmthOptions[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="network-since">{text.since}</label>
          <input id="network-since" type="date" value={filters.since} onChange={(event) => setFilters({ ...filters, since: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="network-layout">{text.layout}</label>
          <select id="network-layout" value={layout} onChange={(event) => setLayout(event.target.value as LayoutName)}>
            {(Object.keys(text.layouts) as LayoutName[]).map((name) => (
              <option key={name} value={name}>
                {text.layouts[name]}
              </option>
            ))}
          </select>
        </div>
        {!presentation && (
          <label className="checkbox">
            <input type="checkbox" checked={!filters.reducePersons} onChange={(event) => setFilters({ ...filters, reducePersons: !event.target.checked })} />
            {text.persons}
          </label>
        )}
        <div className="field">
          <label htmlFor="network-size">{text.sizeBy}</label>
          <select id="network-size" value={filters.sizeBy} onChange={(event) => setFilters({ ...filters, sizeBy: event.target.value as NetworkFilters['sizeBy'] })}>
            <option value="degree">{text.sizeOptions.degree}</option>
            <option value="betweenness">{text.sizeOptions.betweenness}</option>
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={filters.showOffers} onChange={(event) => setFilters({ ...filters, showOffers: event.target.checked })} />
          {text.offers}
        </label>
        <div className="field network-find">
          <label htmlFor="network-find">{text.find}</label>
          <input
            id="network-find"
            type="search"
            value={find}
            placeholder={text.findPlaceholder}
            aria-describedby={notFound ? 'network-find-error' : undefined}
            onChange={(event) => {
              setFind(event.target.value);
              setNotFound(false);
            }}
            onKeyDown={(event) => event.key === 'Enter' && locate()}
          />
          {notFound && (
            <p id="network-find-error" className="field-error" role="status">
              {text.notFound(find)}
            </p>
          )}
        </div>
        <fieldset className="overlay-toggles">
          <legend>{text.overlays}</legend>
          {(Object.keys(overlays) as (keyof Overlays)[]).map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" checked={overlays[name]} onChange={(event) => setOverlays({ ...overlays, [name]: event.target.checked })} />
              {text.overlayLabels[name]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="network-steps">{text.focus}</label>
          <select id="network-steps" value={steps} onChange={(event) => setSteps(Number(event.target.value))} disabled={!selected}>
            {[0, 1, 2, 3].map((value) => (
              <option key={value} value={value}>
                {text.focusSteps(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="network-actions">
          <button type="button" className="button" onClick={() => void togglePresentation()}>
            {presentation ? text.leavePresentation : text.present}
          </button>
          <button type="button" className="button-secondary" onClick={() => void exportPng()} aria-label={text.exportLabel('PNG')}>
            {text.exportPng}
          </button>
          <button type="button" className="button-secondary" onClick={exportSvg} aria-label={text.exportLabel('SVG')}>
            {text.exportSvg}
          </button>
          {!presentation && (
            <button type="button" className="button-secondary" onClick={map.relayout} disabled={status.state === 'laying-out'}>
              {text.relayout}
            </button>
          )}
        </div>
      </div>
      {presentation && <p className="presentation-note">{text.presentationNote}</p>}
      {status.state === 'laying-out' && (
        <p className="network-status" role="status">
          {text.layingOut(status.nodes)}{' '}
          <button type="button" className="button-secondary" onClick={map.cancel}>
            {text.cancelLayout}
          </button>
        </p>
      )}
      {wantsAnalysis && !analysis && (
        <p className="network-status" role="status">
          {text.analysing}
        </p>
      )}
      {status.state === 'cancelled' && (
        <p className="network-status" role="status">
          {text.layoutCancelled}
        </p>
      )}
      {status.state === 'failed' && (
        <p className="network-status field-error" role="alert">
          {text.layoutFailed(status.message)}
        </p>
      )}
      <div className="network-body">
        <div className="network-canvas" ref={container} role="img" aria-label={`${text.canvas}. ${text.counts(counts.nodes, counts.edges)}`} />
        <aside className="network-side" aria-label={text.legend}>
          <p className="muted">{text.counts(counts.nodes, counts.edges)}</p>
          {selected && selectedName && !(presentation && selectedKind === 'person') && (
            <div className="card network-selected">
              <p className="eyebrow">{text.selected}</p>
              <p className="result-title">{selectedName}</p>
              {!presentation && <a href={href('adresboek', selectedKind === 'person' ? 'contactpersonen' : 'organisaties', selectedId)}>{text.open}</a>}
            </div>
          )}
          <ChangesPanel data={data} index={index} since={filters.since} lastMeetingOn={lastMeetingOn} presentation={presentation} onMeetingToday={() => void meetingToday()} />
          <h2>{text.legend}</h2>
          <ul className="legend">
            {legendKinds.map(([kind]) => (
              <li key={kind}>
                <span className={`legend-swatch swatch-${kind}`} aria-hidden="true" /> {kind}
              </li>
            ))}
            <li>
              <span className="legend-swatch swatch-person" aria-hidden="true" /> {text.legendPerson}
            </li>
            <li>
              <span className="legend-line line-warm" aria-hidden="true" /> {text.legendWarm}
            </li>
            <li>
              <span className="legend-line line-introduced" aria-hidden="true" /> {text.legendIntroduced}
            </li>
            <li>
              <span className="legend-swatch swatch-new" aria-hidden="true" /> {text.legendNew}
            </li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
