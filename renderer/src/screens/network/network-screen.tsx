import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { linkCounts, networkLinks } from '../../../../shared/analysis/network-structure';
import { localToday } from '../../clock';
import { useRoute } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { organisationMap, ringsAround } from '../../../../shared/network/organisation-map';
import { useNotices } from '../../state/notices';
import { usePresentation } from '../../state/presentation';
import { strings } from '../../strings';
import { networkElements, peopleOf, type NetworkFilters, type Overlays } from './network-elements';
import { NetworkSide } from './network-side';
import { NetworkToolbar } from './network-toolbar';
import { PresentationBar, presentationTitle } from './presentation-bar';
import { filterSummary } from './map-export';
import { legendEntries } from './map-legend';
import { useCytoscapeMap, type LayoutName } from './use-cytoscape-map';
import { useMapPositions } from './use-map-positions';
import { useNetworkAnalysis } from './use-network-analysis';

export { prefetchStoredPositions } from './stored-positions';

const text = strings.network;

/** The map as it opens: the whole network, organisations only. */
const initialFilters: NetworkFilters = { neighbourhoodId: '', kindId: '', themeId: '', targetGroupId: '', showOffers: false, sizeBy: 'degree', minWarmth: '', since: '', reducePersons: true, expandedOrganisationIds: [] };

/** Netwerk: the neighbourhood as a graph, with filters, overlays of the analysis and a presentation mode. */
export function NetworkScreen() {
  const { api, data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const frame = useRef<HTMLDivElement>(null);
  // `#/netwerk?niveau=personen` opens on the person-level map.
  const route = useRoute();
  const [filters, setFilters] = useState<NetworkFilters>(() => ({ ...initialFilters, reducePersons: route.query.get('niveau') !== 'personen' }));
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
  // Presenting shows organisations only: no person, not even of an opened organisation.
  const shownFilters = useMemo(() => (presentation ? { ...filters, reducePersons: true, expandedOrganisationIds: [] } : filters), [filters, presentation]);
  const organisationPositions = useMemo(() => (map.positions ? organisationMap(data, map.positions) : null), [data, map.positions]);
  const positions = useMemo(() => {
    if (!shownFilters.reducePersons || !organisationPositions) return map.positions;
    const opened = new Map(shownFilters.expandedOrganisationIds.map((id) => [`organisation:${id}`, [...(peopleOf(data).get(id) ?? [])].map((personId) => `person:${personId}`)]));
    return { ...organisationPositions, ...ringsAround(organisationPositions, opened) };
  }, [data, shownFilters, organisationPositions, map.positions]);
  const view = useMemo(() => (positions ? networkElements(data, degrees, shownFilters, overlays, analysis, topKind, positions) : null), [data, degrees, shownFilters, overlays, analysis, topKind, positions]);
  // The "Nieuw sinds" news follows what the map shows.
  const onMap = useMemo(() => new Set((view?.elements ?? []).flatMap((element) => (String(element.data.id).startsWith('organisation:') ? [String(element.data.id).slice('organisation:'.length)] : []))), [view]);
  const status = map.status;
  // On the organisation-level map, outside a presentation, an organisation opens to show its people.
  const toggleOrganisationPeople = useCallback(
    (organisationId: string) =>
      setFilters((current) =>
        !current.reducePersons
          ? current
          : { ...current, expandedOrganisationIds: current.expandedOrganisationIds.includes(organisationId) ? current.expandedOrganisationIds.filter((id) => id !== organisationId) : [...current.expandedOrganisationIds, organisationId] },
      ),
    [],
  );
  const cy = useCytoscapeMap({ nodeCount: data.persons.length + data.organisations.length, view, degrees, layout, positions, status, presentation, steps, onOpenOrganisation: presentation ? () => undefined : toggleOrganisationPeople });

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
    cy.clearSelection();
    setFind('');
    setPresentation(true);
    await frame.current?.requestFullscreen().catch(() => undefined);
  };

  const selectedOrganisationId = cy.selected?.startsWith('organisation:') ? cy.selected.slice('organisation:'.length) : null;
  const people =
    selectedOrganisationId && filters.reducePersons && !presentation
      ? {
          count: peopleOf(data).get(selectedOrganisationId)?.size ?? 0,
          shown: filters.expandedOrganisationIds.includes(selectedOrganisationId),
          onToggle: () => toggleOrganisationPeople(selectedOrganisationId),
        }
      : null;

  // + − 0 zoom the map, wherever the focus is on this screen, except while typing or choosing in a field.
  const onMapKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))) return;
    const action = { '+': cy.zoomIn, '=': cy.zoomIn, '-': cy.zoomOut, '0': cy.fitAll }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const legend = {
    kinds: [...new Set((view?.elements ?? []).flatMap((element) => (typeof element.data.kind === 'string' ? [element.data.kind] : [])))].sort(),
    persons: (view?.elements ?? []).some((element) => String(element.data.id).startsWith('person:')),
    organisationLevel: shownFilters.reducePersons,
    overlays,
    since: filters.since !== '',
    offers: filters.showOffers,
  };

  // An export carries its title, what was filtered and the legend of what it shows.
  const exportFrame = () => ({ title: presentationTitle(data, filters.neighbourhoodId, localToday()), summary: filterSummary(data, shownFilters, overlays), legend: legendEntries(legend) });

  const meetingToday = async () => {
    const today = localToday();
    const result = await api.settings.update({ lastMeetingOn: today });
    if (result.ok) setLastMeetingOn(today);
    else notify(result.error.message, { tone: 'error' });
  };

  return (
    <div className={`network${presentation ? ' is-presenting' : ''}`} ref={frame} onKeyDown={onMapKey}>
      {presentation ? (
        <PresentationBar data={data} today={localToday()} filters={filters} onFilters={setFilters} overlays={overlays} onOverlays={setOverlays} onExportPng={() => void cy.exportPng(exportFrame())} onClose={() => void togglePresentation()} />
      ) : (
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
        onExportPng={() => void cy.exportPng(exportFrame())}
        onExportSvg={() => cy.exportSvg(exportFrame())}
        onPrint={(paper) => void cy.printMap(exportFrame(), paper)}
        onRelayout={map.relayout}
        layingOut={status.state === 'laying-out'}
      />
      )}
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
        <div className="network-map">
          <div className="network-canvas" ref={cy.container} role="img" aria-label={`${text.canvas}. ${text.counts(cy.counts.nodes, cy.counts.edges)}`} />
          <div className="zoom-controls no-print" role="group" aria-label={text.zoom.group}>
            <button type="button" className="button-secondary" onClick={cy.zoomIn} aria-label={text.zoom.in} title={text.zoom.in} aria-keyshortcuts="+">
              +
            </button>
            <button type="button" className="button-secondary" onClick={cy.zoomOut} aria-label={text.zoom.out} title={text.zoom.out} aria-keyshortcuts="-">
              −
            </button>
            <button type="button" className="button-secondary" onClick={cy.fitAll} aria-label={text.zoom.fit} title={text.zoom.fit} aria-keyshortcuts="0">
              ⤢
            </button>
          </div>
        </div>
        <NetworkSide data={data} index={index} counts={cy.counts} selected={cy.selected} since={filters.since} onMap={onMap} lastMeetingOn={lastMeetingOn} presentation={presentation} onMeetingToday={() => void meetingToday()} people={people} legend={legend} />
      </div>
    </div>
  );
}
