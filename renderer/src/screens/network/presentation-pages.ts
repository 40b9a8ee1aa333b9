import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import type { MapView } from '../../../../shared/domain/map-view';
import type { NodePositions } from '../../../../shared/network/node-positions';
import type { NetworkData } from '../../state/network-data';
import { strings } from '../../strings';
import { filterSummary, type ExportFrame } from './map-export';
import { legendEntries, legendOf } from './map-legend';
import { networkElements } from './network-elements';
import { presentationTitle } from './presentation-bar';
import { renderViewPng } from './render-view-png';
import { mapOfView } from './saved-views';

const text = strings.network.views;

interface PageInput {
  data: NetworkData;
  degrees: ReadonlyMap<string, number>;
  analysis: NetworkAnalysis | null;
  topKind: (kindId: string) => string;
  /** The organisation-level map's positions. */
  positions: NodePositions;
  lastMeetingOn: string | null;
  today: string;
  /** How much larger than on screen the maps are drawn. */
  scale: number;
}

/**
 * A presentation's pages, one per step, as presentation mode shows each
 * step (organisations only): the map drawn off screen, and its frame with
 * the step's title, the presentation and step number, the wijk, date and
 * filters, the caption and the legend of that step.
 */
export async function presentationPages(title: string, steps: readonly MapView[], input: PageInput): Promise<{ map: Blob; frame: ExportFrame }[]> {
  const pages = [];
  for (const [index, step] of steps.entries()) {
    const state = mapOfView(step, input.lastMeetingOn);
    const filters = { ...state.filters, reducePersons: true, expandedOrganisationIds: [] };
    const view = networkElements(input.data, input.degrees, filters, state.overlays, input.analysis, input.topKind, input.positions);
    const focus = state.focus && { nodeId: `organisation:${state.focus.organisationId}`, steps: state.focus.steps };
    pages.push({
      map: await renderViewPng(view, { degrees: input.degrees, focus, frame: state.frame, scale: input.scale }),
      frame: {
        title: text.pageTitle(title, index + 1, steps.length, step.title),
        summary: `${presentationTitle(input.data, filters.neighbourhoodId, input.today)} · ${filterSummary(input.data, filters, state.overlays)}`,
        caption: step.caption,
        legend: legendEntries(legendOf(view, filters, state.overlays)),
      },
    });
  }
  return pages;
}
