import { z } from 'zod';
import { offerAccess, offerStatus, timeOfDay } from './vocabulary';
import { isoDate, longText, recordId, requiredName, shortText } from './primitives';
import type { RecordMeta } from './record';

export const offerFields = z.object({
  organisationId: recordId,
  title: requiredName,
  description: longText,
  themeIds: z.array(recordId).max(20),
  lifeDomainIds: z.array(recordId).max(20),
  pgDimensionIds: z.array(recordId).max(6),
  targetGroupIds: z.array(recordId).max(20),
  neighbourhoodIds: z.array(recordId).max(100),
  location: shortText,
  timesOfDay: z.array(timeOfDay.schema).max(4),
  schedule: shortText,
  /** Free text such as "gratis" or "€ 2,50 per keer". */
  cost: shortText,
  isFree: z.boolean(),
  access: offerAccess.schema,
  capacity: z.number().int().min(0).max(100_000).nullable(),
  hasWaitingList: z.boolean(),
  contactPersonId: recordId.nullable(),
  status: offerStatus.schema,
  verifiedOn: isoDate.nullable(),
});
export type OfferFields = z.output<typeof offerFields>;
export type Offer = OfferFields & RecordMeta;

export const offerCreate = offerFields.partial().required({ organisationId: true, title: true }).strict();
export const offerPatch = offerFields.partial().strict();
export const offerDefaults: Omit<OfferFields, 'organisationId' | 'title'> = {
  description: '',
  themeIds: [],
  lifeDomainIds: [],
  pgDimensionIds: [],
  targetGroupIds: [],
  neighbourhoodIds: [],
  location: '',
  timesOfDay: [],
  schedule: '',
  cost: '',
  isFree: true,
  access: 'vrije_inloop',
  capacity: null,
  hasWaitingList: false,
  contactPersonId: null,
  status: 'actief',
  verifiedOn: null,
};
