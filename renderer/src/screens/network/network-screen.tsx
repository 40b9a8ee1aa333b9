import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MapFrame, MapView } from '../../../../shared/domain/map-view';
import type { Presentation } from '../../../../shared/domain/presentation';
import { linkCounts, networkLinks } from '../../../../shared/analysis/network-structure';
import { localToday } from '../../clock';
import { lastMeetingBefore } from '../../../../shared/analysis/last-meeting';
import { useRoute } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { organisationMap, ringsAround } from '../../../../shared/network/organisation-map';
import { useNotices } from '../../state/notices';
import { usePresentation } from '../../state/presentation';
import { strings } from '../../strings';
import { networkElements, peopleOf, type NetworkFilters, type Overlays } from './network-elements';
import { mapOfView, noOverlays, stepsOf, viewOfMap } from './saved-views';
import { SavedViewsPanel } from './saved-views-panel';
import { presentationPages } from './presentation-pages';
import { usePresentationSteps } from './use-presentation-steps';
import { NetworkSide } from './network-side';
import { NetworkToolbar } from './network-toolbar';
import { PresentationBar, presentationTitle } from './presentation-bar';
import { filterSummary } from './map-export';
import { legendEntries, legendOf } from './map-legend';
import { EXPORT_SCALE, useCytoscapeMap, type LayoutName, type Paper } from './use-cytoscape-map';
import { useMapPositions } from './use-map-positions';
import { useNetworkAnalysis } from './use-network-analysis';

const text = strings.network;

/** The map as it opens: the whole network, organisations only. */
const initialFilters: NetworkFilters = { neighbourhoodId: '', kindId: '', themeId: '', targetGroupId: '', showOffers: false, sizeBy: 'degree', minWarmth: '', since: '', reducePersons: true, expandedOrganisationIds: [] };

/** Netwerk: the neighbourhood as a graph, with filters, overlays of the analysis and a presentation mode. */
export function NetworkScreen() {
  const { api, data, index } = useLoadedNetwork();
  const { notify } = useNotices();
  const screenFrame = useRef<HTMLDivElement>(null);
  // `#/netwerk?niveau=personen` opens on the person-level map.
  const route = useRoute();
  const [filters, setFilters] = useState<NetworkFilters>(() => ({ ...initialFilters, reducePersons: route.query.get('niveau') !== 'personen' }));
  const [overlays, setOverlays] = useState<Overlays>(noOverlays);
  // A saved view's part of the map, kept in view until the broker changes what is shown.
  const [frame, setFrame] = useState<MapFrame | null>(null);
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const { presenting: presentation, setPresenting: setPresentation } = usePresentation();
  const [steps, setSteps] = useState(0);
  const [find, setFind] = useState('');
  const [notFound, setNotFound] = useState(false);
  // The date she marked herself with "Bijeenkomst vandaag"; a later registered meeting of the wijk shown goes before it.
  const [markedMeetingOn, setMarkedMeetingOn] = useState<string | null>(null);
  const lastMeetingOn = useMemo(() => lastMeetingBefore(data.meetings, filters.neighbourhoodId || null, localToday(), markedMeetingOn), [data.meetings, filters.neighbourhoodId, markedMeetingOn]);
  // Presenting belongs to this screen: leaving it ends the presentation.
  useEffect(() => () => setPresentation(false), [setPresentation]);
  const network = useMemo(() => networkLinks(data), [data]);
  const degrees = useMemo(() => linkCounts(network), [network]);
  const map = useMapPositions(api, network);

  useEffect(() => {
    void api.settings.get({}).then((result) => {
      if (!result.ok) return notify(result.error.message, { tone: 'error' });
      setMarkedMeetingOn(result.value.lastMeetingOn);
    });
  }, [api, notify]);
  // "Nieuw sinds" starts at the last meeting, and moves with it (another wijk chosen, a meeting marked)
  // unless she picked a date of her own.
  const followedMeetingOn = useRef<string | null>(null);
  useEffect(() => {
    const previous = followedMeetingOn.current;
    followedMeetingOn.current = lastMeetingOn;
    setFilters((current) => (current.since === '' || current.since === previous ? { ...current, since: lastMeetingOn ?? '' } : current));
  }, [lastMeetingOn]);

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
  const cy = useCytoscapeMap({ nodeCount: data.persons.length + data.organisations.length, view, degrees, layout, positions, status, presentation, steps, frame, onOpenOrganisation: presentation ? () => undefined : toggleOrganisationPeople });

  // What the broker changes by hand: the map fits what it then shows, no longer a saved view's frame.
  const changeFilters = useCallback((next: NetworkFilters) => {
    setFilters(next);
    setFrame(null);
  }, []);
  const changeOverlays = useCallback((next: Overlays) => {
    setOverlays(next);
    setFrame(null);
  }, []);
  const changeSteps = useCallback((next: number) => {
    setSteps(next);
    setFrame(null);
  }, []);

  /** A saved view on the map: its filters, overlays, focus and frame, "since the last meeting" as of now. */
  const showView = (saved: MapView) => {
    const state = mapOfView(saved, lastMeetingOn);
    setFilters(state.filters);
    setOverlays(state.overlays);
    setFrame(state.frame);
    if (state.focus) {
      cy.select(`organisation:${state.focus.organisationId}`);
      setSteps(state.focus.steps);
    } else {
      cy.clearSelection();
      setSteps(0);
    }
    if (saved.sinceLastMeeting && !lastMeetingOn) notify(text.views.noLastMeeting);
  };

  const telling = usePresentationSteps(data, presentation, showView);

  useEffect(() => {
    const onChange = () => setPresentation(document.fullscreenElement === screenFrame.current && screenFrame.current !== null);
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
    await screenFrame.current?.requestFullscreen().catch(() => undefined);
  };

  /** Presents a presentation from its first step. */
  const present = (told: Presentation) => {
    if (!presentation) void togglePresentation();
    telling.start(told);
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

  const legend = legendOf(view, shownFilters, overlays);

  // An export carries its title, what was filtered and the legend of what it shows.
  const exportFrame = () => ({ title: presentationTitle(data, filters.neighbourhoodId, localToday()), summary: filterSummary(data, shownFilters, overlays), legend: legendEntries(legend) });

  /** The map as it is now, as a view to save; null before the map is there. */
  const currentView = () => viewOfMap({ filters, overlays, focus: selectedOrganisationId ? { organisationId: selectedOrganisationId, steps } : null, frame: cy.frameNow() }, lastMeetingOn);

  /**
   * A presentation on paper (or as a PDF), one landscape page per step:
   * each step drawn off screen as presentation mode shows it, framed with
   * its title, the presentation and step, what was filtered, its caption
   * and its legend. The map on screen stays as it is.
   */
  const printPresentation = async (told: Presentation, paper: Paper) => {
    const tellingSteps = stepsOf(told, data.mapViews);
    if (!organisationPositions || tellingSteps.length === 0) return;
    notify(text.views.printing(tellingSteps.length));
    let stepAnalysis = analysis;
    if (!stepAnalysis && tellingSteps.some((step) => step.overlays.length > 0 || step.sizeBy === 'betweenness')) {
      const result = await api.network.analyse({ today: localToday() });
      if (!result.ok) return notify(result.error.message, { tone: 'error' });
      stepAnalysis = result.value;
    }
    const pages = await presentationPages(told.title, tellingSteps, { data, degrees, analysis: stepAnalysis, topKind, positions: organisationPositions, lastMeetingOn, today: localToday(), scale: EXPORT_SCALE });
    await cy.printPages(pages, paper);
  };

  const meetingToday = async () => {
    const today = localToday();
    const result = await api.settings.update({ lastMeetingOn: today });
    if (result.ok) setMarkedMeetingOn(today);
    else notify(result.error.message, { tone: 'error' });
  };

  return (
    <div className={`network${presentation ? ' is-presenting' : ''}`} ref={screenFrame} onKeyDown={onMapKey}>
      {presentation ? (
        <PresentationBar
          data={data}
          today={localToday()}
          filters={filters}
          onFilters={changeFilters}
          overlays={overlays}
          onOverlays={changeOverlays}
          presentations={telling.presentations}
          shown={telling.shown}
          onPresentation={(presentationId) => {
            const told = telling.presentations.find((candidate) => candidate.id === presentationId);
            if (told) present(told);
            else telling.stop();
          }}
          onStep={telling.goToStep}
          onExportPng={() => void cy.exportPng(exportFrame())}
          onClose={() => void togglePresentation()}
        />
      ) : (
      <NetworkToolbar
        data={data}
        filters={filters}
        onFilters={changeFilters}
        overlays={overlays}
        onOverlays={changeOverlays}
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
        onSteps={changeSteps}
        canFocus={cy.selected !== null}
        presentation={presentation}
        onTogglePresentation={() => void togglePresentation()}
        onExportPng={() => void cy.exportPng(exportFrame())}
        onExportSvg={() => cy.exportSvg(exportFrame())}
        onPrint={(paper) => void cy.printMap(exportFrame(), paper)}
        onRelayout={map.relayout}
        onSaveView={() => {
          // The form lies beside the map, below the legend: brought into view, its title field ready to type in.
          const title = document.querySelector<HTMLInputElement>(`form[aria-label="${text.views.saveHeading}"] input`);
          title?.scrollIntoView({ block: 'center' });
          title?.focus();
        }}
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
        <NetworkSide data={data} index={index} counts={cy.counts} selected={cy.selected} since={filters.since} onMap={onMap} lastMeetingOn={lastMeetingOn} presentation={presentation} onMeetingToday={() => void meetingToday()} people={people} legend={legend}>
          {!presentation && <SavedViewsPanel currentView={currentView} onShow={showView} onPresent={present} onPrint={(told, paper) => void printPresentation(told, paper)} />}
        </NetworkSide>
      </div>
    </div>
  );
}
