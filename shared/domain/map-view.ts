import { z } from 'zod';
import { isoDate, longText, recordId, shortText } from './primitives';
import type { RecordMeta } from './record';
import { mapOverlay, mapSizeBy, warmth } from './vocabulary';

/** The part of the map a view shows, in the map's own coordinates: the same part fills any screen. */
export const mapFrame = z
  .object({ left: z.number(), top: z.number(), right: z.number(), bottom: z.number() })
  .strict()
  .refine((frame) => frame.right > frame.left && frame.bottom > frame.top, { error: 'Ongeldig kaartdeel: rechts moet voorbij links liggen en onder voorbij boven.' });
export type MapFrame = z.output<typeof mapFrame>;

/**
 * A saved view of the Netwerk map: its filters, overlays, focus and the
 * part of the map in view, with a caption for the room. A meeting is told
 * in a few of these (a presentation). Focus is on an organisation only:
 * a view is made to be shown, and shows no person.
 */
export const mapViewFields = z.object({
  title: shortText.min(1, { error: 'Geef het kaartbeeld een titel.' }),
  /** Said under the title while the view is shown: what the room should see in it. */
  caption: longText,
  neighbourhoodId: recordId.nullable(),
  kindId: recordId.nullable(),
  themeId: recordId.nullable(),
  targetGroupId: recordId.nullable(),
  /** Ties at least this warm; null for all. */
  minWarmth: warmth.schema.nullable(),
  /** New since the last meeting, whenever the view is shown (the date moves on with the meetings). */
  sinceLastMeeting: z.boolean(),
  /** New since a fixed date, when not since the last meeting. */
  sinceOn: isoDate.nullable(),
  overlays: z.array(mapOverlay.schema).max(mapOverlay.codes.length),
  showOffers: z.boolean(),
  sizeBy: mapSizeBy.schema,
  /** The person-level map; the organisation-level one (false) is what a room sees. */
  personLevel: z.boolean(),
  focusOrganisationId: recordId.nullable(),
  /** How many links deep the focus reaches (0: no focus). */
  focusSteps: z.number().int().min(0).max(3),
  /** The part of the map in view; null: the whole of what is shown. */
  frame: mapFrame.nullable(),
});
export type MapViewFields = z.output<typeof mapViewFields>;
export type MapView = MapViewFields & RecordMeta;

export const mapViewCreate = mapViewFields.partial().required({ title: true }).strict();
export const mapViewPatch = mapViewFields.partial().strict();
export const mapViewDefaults: Omit<MapViewFields, 'title'> = {
  caption: '',
  neighbourhoodId: null,
  kindId: null,
  themeId: null,
  targetGroupId: null,
  minWarmth: null,
  sinceLastMeeting: false,
  sinceOn: null,
  overlays: [],
  showOffers: false,
  sizeBy: 'degree',
  personLevel: false,
  focusOrganisationId: null,
  focusSteps: 0,
  frame: null,
};
