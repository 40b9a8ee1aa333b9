import { useEffect, useMemo, useRef, useState } from 'react';
import { linkCounts, networkLinks } from '../../../../shared/analysis/network-structure';
import { localToday } from '../../clock';
import { useLoadedNetwork } from '../../state/network-data';
import { useNotices } from '../../state/notices';
import { usePresentation } from '../../state/presentation';
import { strings } from '../../strings';
import { networkElements, type NetworkFilters, type Overlays } from './network-elements';
import { NetworkSide } from './network-side';
import { NetworkToolbar } from './network-toolbar';
import { useCytoscapeMap, type LayoutName } from './use-cytoscape-map';
import { useMapPositions } from './use-map-positions';
import { useNetworkAnalysis } from './use-network-analysis';

export { prefetchStoredPositions } from './stored-positions';

const text = strings.network;

/** Netwerk: the neighbourhood as a graph, with filters, overlays of the analysis and a presentation mode. */
export function NetworkScreen() {
  const { api, data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const frame = useRef<HTMLDivElement>(null);
  const [filters, setFilters] = useState<NetworkFilters>({ neighbourhoodId: '', kindId: '', themeId: '', targetGroupId: '', showOffers: false, sizeBy: 'degree', minWarmth: '', since: '', reducePersons: false });
  const [overlays, setOverlays] = useState<Overlays>({ duplicates: false, overlaps: false, islands: false, weakLinks: false, coldTies: false, communities: false, casusLinks: false });
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const { presenting: presentation, setPresenting: setPresentation } = usePresentation();
  const [steps, setSteps] = useState(0);
  const [find, setFind] = useState('');
  const [notFound, setNotFound] = useState(false);
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
  const { analysis, pending } = useNetworkAnalysis(api, data, filters.sizeBy === 'betweenness' || Object.values(overlays).some(Boolean));
  const view = useMemo(
    () => (map.positions ? networkElements(data, degrees, { ...filters, reducePersons: filters.reducePersons || presentation }, overlays, analysis, topKind, map.positions) : null),
    [data, degrees, filters, overlays, analysis, topKind, presentation, map.positions],
  );
  const status = map.status;
  const cy = useCytoscapeMap({ nodeCount: data.persons.length + data.organisations.length, view, degrees, layout, positions: map.positions, status, presentation, steps });

  useEffect(() => {
    const onChange = () => setPresentation(document.fullscreenElement === frame.current && frame.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresentation]);

  const togglePresentation = async () => {
    if (presentation) {
      setPresentation(false);
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      return;
    }
    // What was looked up before may be a person: the room sees neither the selection nor the search text.
    if (cy.selected?.startsWith('person:')) cy.setSelected(null);
    setFind('');
    setPresentation(true);
    await frame.current?.requestFullscreen().catch(() => undefined);
  };

  const meetingToday = async () => {
    const today = localToday();
    const result = await api.settings.update({ lastMeetingOn: today });
    if (result.ok) setLastMeetingOn(today);
    else notify(result.error.message, { tone: 'error' });
  };

  return (
    <div className={`network${presentation ? ' is-presenting' : ''}`} ref={frame}>
      <NetworkToolbar
        data={data}
        filters={filters}
        onFilters={setFilters}
        overlays={overlays}
        onOverlays={setOverlays}
        layout={layout}
        onLayout={setLayout}
        find={find}
        notFound={notFound}
        onFind={(value) => {
          setFind(value);
          setNotFound(false);
        }}
        onLocate={() => setNotFound(!cy.locate(find))}
        steps={steps}
        onSteps={setSteps}
        canFocus={cy.selected !== null}
        presentation={presentation}
        onTogglePresentation={() => void togglePresentation()}
        onExportPng={() => void cy.exportPng()}
        onExportSvg={cy.exportSvg}
        onRelayout={map.relayout}
        layingOut={status.state === 'laying-out'}
      />
      {presentation && <p className="presentation-note">{text.presentationNote}</p>}
      {status.state === 'laying-out' && (
        <p className="network-status" role="status">
          {text.layingOut(status.nodes)}{' '}
          <button type="button" className="button-secondary" onClick={map.cancel}>
            {text.cancelLayout}
          </button>
        </p>
      )}
      {pending && (
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
        <div className="network-canvas" ref={cy.container} role="img" aria-label={`${text.canvas}. ${text.counts(cy.counts.nodes, cy.counts.edges)}`} />
        <NetworkSide data={data} index={index} counts={cy.counts} selected={cy.selected} since={filters.since} lastMeetingOn={lastMeetingOn} presentation={presentation} onMeetingToday={() => void meetingToday()} />
      </div>
    </div>
  );
}
