import { describe, expect, it } from 'vitest';
import { mapViewDefaults, type MapView } from '../../shared/domain/map-view';
import { mapOfView, noOverlays, personNamedIn, stepsOf, viewOfMap, type MapState } from '../../renderer/src/screens/network/saved-views';

const meta = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', archivedAt: null };
const saved = (id: string, fields: Partial<MapView> = {}): MapView => ({ ...mapViewDefaults, ...meta, id, title: id, ...fields });

const state: MapState = {
  filters: { neighbourhoodId: 'wijk-oude-noorden', kindId: '', themeId: 'theme-ontmoeting', targetGroupId: '', showOffers: false, sizeBy: 'betweenness', minWarmth: 'warm', since: '2026-10-19', reducePersons: true, expandedOrganisationIds: ['o-1'] },
  overlays: { ...noOverlays, islands: true, weakLinks: true },
  focus: { organisationId: 'o-2', steps: 2 },
  frame: { left: -200, top: -100, right: 600, bottom: 400 },
};

describe('a saved view of the map', () => {
  it('shows the map as it was saved: filters, overlays, focus and frame, and no opened organisation', () => {
    const fields = viewOfMap(state, null);
    expect(fields).toMatchObject({ neighbourhoodId: 'wijk-oude-noorden', kindId: null, themeId: 'theme-ontmoeting', minWarmth: 'warm', sinceLastMeeting: false, sinceOn: '2026-10-19', overlays: ['islands', 'weakLinks'], sizeBy: 'betweenness', focusOrganisationId: 'o-2', focusSteps: 2 });
    const shown = mapOfView(saved('v', fields), null);
    expect(shown).toEqual({ ...state, filters: { ...state.filters, expandedOrganisationIds: [] } });
  });

  it('keeps "new since the last meeting" moving with the meetings, and marks nothing new when none was recorded', () => {
    const fields = viewOfMap(state, '2026-10-19');
    expect([fields.sinceLastMeeting, fields.sinceOn]).toEqual([true, null]);
    expect(mapOfView(saved('v', fields), '2026-11-20').filters.since).toBe('2026-11-20');
    expect(mapOfView(saved('v', fields), null).filters.since).toBe('');
  });

  it('keeps no focus without steps, and no frame when the whole map was in view', () => {
    const fields = viewOfMap({ ...state, focus: { organisationId: 'o-2', steps: 0 }, frame: null }, null);
    expect([fields.focusOrganisationId, fields.focusSteps, fields.frame]).toEqual([null, 0, null]);
    expect(mapOfView(saved('v', fields), null)).toMatchObject({ focus: null, frame: null });
  });

  it('tells a presentation in its own order, leaving out a view removed since', () => {
    const views = [saved('a'), saved('b'), saved('c', { archivedAt: '2026-11-20T10:00:00.000Z' }), saved('d')];
    expect(stepsOf({ mapViewIds: ['d', 'c', 'a'] }, views).map((view) => view.id)).toEqual(['d', 'a']);
  });
});

describe('a view shown to a room names no one', () => {
  const persons = [
    { name: 'Karima de Boer', archivedAt: null },
    { name: 'Bibi', archivedAt: null },
    { name: 'Henk Noord', archivedAt: '2026-01-01T00:00:00.000Z' },
  ];
  it('finds a full name in a title or caption, whatever its case or accents', () => {
    expect(personNamedIn('Samen met KARIMA DE BOËR opgezet', persons)).toBe('Karima de Boer');
    expect(personNamedIn('Karima de Boer.', persons)).toBe('Karima de Boer');
  });
  it('lets pass a word that is only part of a name, a one-word name and the name of someone archived', () => {
    expect(personNamedIn('Wie is er nieuw in Oude Noorden, met Bibi en De Boer-groep', persons)).toBeNull();
    expect(personNamedIn('Henk Noord', persons)).toBeNull();
  });
});
