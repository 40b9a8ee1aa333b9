import type { MapFrame, MapView, MapViewFields } from '../../../../shared/domain/map-view';
import { mapOverlay } from '../../../../shared/domain/vocabulary';
import { foldText } from '../../../../shared/normalise/name';
import type { NetworkFilters, Overlays } from './network-elements';

/** What the Netwerk screen shows, as far as a saved view keeps it. */
export interface MapState {
  filters: NetworkFilters;
  overlays: Overlays;
  /** The organisation in focus and how many links deep; null: no focus. */
  focus: { organisationId: string; steps: number } | null;
  /** The part of the map in view; null: all of what is shown. */
  frame: MapFrame | null;
}

export const noOverlays: Overlays = Object.fromEntries(mapOverlay.codes.map((code) => [code, false])) as Record<(typeof mapOverlay.codes)[number], boolean>;

/**
 * The fields of a view that keeps the map as it is now. A "nieuw sinds"
 * date that is the last meeting's is kept as "since the last meeting", so
 * the view moves on with the meetings; opened organisations are not kept
 * (a view is made to be shown, and a room sees organisations).
 */
export function viewOfMap(state: MapState, lastMeetingOn: string | null): Omit<MapViewFields, 'title' | 'caption'> {
  const { filters } = state;
  const sinceLastMeeting = filters.since !== '' && filters.since === lastMeetingOn;
  return {
    neighbourhoodId: filters.neighbourhoodId || null,
    kindId: filters.kindId || null,
    themeId: filters.themeId || null,
    targetGroupId: filters.targetGroupId || null,
    minWarmth: filters.minWarmth || null,
    sinceLastMeeting,
    sinceOn: sinceLastMeeting || filters.since === '' ? null : filters.since,
    overlays: mapOverlay.codes.filter((code) => state.overlays[code]),
    showOffers: filters.showOffers,
    sizeBy: filters.sizeBy,
    personLevel: !filters.reducePersons,
    focusOrganisationId: state.focus && state.focus.steps > 0 ? state.focus.organisationId : null,
    focusSteps: state.focus && state.focus.steps > 0 ? state.focus.steps : 0,
    frame: state.frame,
  };
}

/** The map as a saved view shows it, today: "since the last meeting" is the last meeting recorded now (none: nothing marked new). */
export function mapOfView(view: MapView, lastMeetingOn: string | null): MapState {
  return {
    filters: {
      neighbourhoodId: view.neighbourhoodId ?? '',
      kindId: view.kindId ?? '',
      themeId: view.themeId ?? '',
      targetGroupId: view.targetGroupId ?? '',
      showOffers: view.showOffers,
      sizeBy: view.sizeBy,
      minWarmth: view.minWarmth === 'koud' ? '' : (view.minWarmth ?? ''),
      since: view.sinceLastMeeting ? (lastMeetingOn ?? '') : (view.sinceOn ?? ''),
      reducePersons: !view.personLevel,
      expandedOrganisationIds: [],
    },
    overlays: { ...noOverlays, ...Object.fromEntries(view.overlays.map((code) => [code, true])) },
    focus: view.focusOrganisationId && view.focusSteps > 0 ? { organisationId: view.focusOrganisationId, steps: view.focusSteps } : null,
    frame: view.frame,
  };
}

/** The views of a presentation in its order, skipping any archived since (a step whose view is gone is no step). */
export function stepsOf(presentation: { mapViewIds: readonly string[] }, views: readonly MapView[]): MapView[] {
  const byId = new Map(views.filter((view) => view.archivedAt === null).map((view) => [view.id, view]));
  return presentation.mapViewIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The first person of the network whose full name a text (a view's title
 * or caption) mentions; null for none. A view is made to be shown to a
 * room, which must not read a person's name in it.
 */
export function personNamedIn(text: string, persons: readonly { name: string; archivedAt: string | null }[]): string | null {
  const words = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const person of persons) {
    const name = foldText(person.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // A full name: two words at least, so "Noord" or "Bibi" alone is no one.
    if (person.archivedAt === null && name.includes(' ') && words.includes(` ${name} `)) return person.name;
  }
  return null;
}
