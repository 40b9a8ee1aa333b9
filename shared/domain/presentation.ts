import { z } from 'zod';
import { recordId, shortText } from './primitives';
import type { RecordMeta } from './record';

/** A meeting told in steps: saved map views, shown in this order, one step at a time. */
export const presentationFields = z.object({
  title: shortText.min(1, { error: 'Geef de presentatie een titel.' }),
  mapViewIds: z.array(recordId).max(30, { error: 'Een presentatie heeft hoogstens 30 stappen.' }).refine((ids) => new Set(ids).size === ids.length, { error: 'Een kaartbeeld staat maar één keer in een presentatie.' }),
});
export type PresentationFields = z.output<typeof presentationFields>;
export type Presentation = PresentationFields & RecordMeta;

export const presentationCreate = presentationFields.partial().required({ title: true }).strict();
export const presentationPatch = presentationFields.partial().strict();
export const presentationDefaults: Omit<PresentationFields, 'title'> = { mapViewIds: [] };
