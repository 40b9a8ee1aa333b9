import type { MapView, MapViewFields } from '../../shared/domain/map-view';
import { mapOverlay, mapSizeBy, warmth } from '../../shared/domain/vocabulary';
import type { MapViewRow } from '../database/schema';
import { code, codeList, flag, metaColumns, metaFromRow, optionalCode, type EntityRepository } from './entity-repository';

export const mapViewRepository: EntityRepository<MapViewFields, MapView, MapViewRow> = {
  kind: 'mapView',
  table: 'map_view',
  orderBy: 'title',
  toRow: (fields, meta) => ({
    ...metaColumns(meta),
    title: fields.title,
    caption: fields.caption,
    neighbourhood_id: fields.neighbourhoodId,
    kind_id: fields.kindId,
    theme_id: fields.themeId,
    target_group_id: fields.targetGroupId,
    min_warmth: fields.minWarmth,
    since_last_meeting: flag(fields.sinceLastMeeting),
    since_on: fields.sinceOn,
    overlays: JSON.stringify(fields.overlays),
    show_offers: flag(fields.showOffers),
    size_by: fields.sizeBy,
    person_level: flag(fields.personLevel),
    focus_organisation_id: fields.focusOrganisationId,
    focus_steps: fields.focusSteps,
    frame_left: fields.frame?.left ?? null,
    frame_top: fields.frame?.top ?? null,
    frame_right: fields.frame?.right ?? null,
    frame_bottom: fields.frame?.bottom ?? null,
  }),
  fromRow: (row) => ({
    ...metaFromRow(row),
    title: row.title,
    caption: row.caption,
    neighbourhoodId: row.neighbourhood_id,
    kindId: row.kind_id,
    themeId: row.theme_id,
    targetGroupId: row.target_group_id,
    minWarmth: optionalCode(warmth, row.min_warmth, 'minWarmth'),
    sinceLastMeeting: row.since_last_meeting === 1,
    sinceOn: row.since_on,
    overlays: codeList(mapOverlay, row.overlays, 'overlays'),
    showOffers: row.show_offers === 1,
    sizeBy: code(mapSizeBy, row.size_by, 'sizeBy'),
    personLevel: row.person_level === 1,
    focusOrganisationId: row.focus_organisation_id,
    focusSteps: row.focus_steps,
    frame:
      row.frame_left === null || row.frame_top === null || row.frame_right === null || row.frame_bottom === null
        ? null
        : { left: row.frame_left, top: row.frame_top, right: row.frame_right, bottom: row.frame_bottom },
  }),
  links: [],
  describe: (fields) => fields.title,
};
