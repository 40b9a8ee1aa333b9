import { z } from 'zod';
import { organisationStatus } from './vocabulary';
import { emailAddress, isoDate, longText, phoneNumber, postcode, recordId, requiredName, shortText, tag, visitRhythm, websiteUrl } from './primitives';
import type { RecordMeta } from './record';

export const organisationFields = z.object({
  name: requiredName,
  aliases: z.array(requiredName).max(20),
  kindId: recordId,
  description: longText,
  address: shortText,
  postcode: postcode.nullable(),
  city: shortText,
  neighbourhoodIds: z.array(recordId).max(100),
  phone: phoneNumber.nullable(),
  email: emailAddress.nullable(),
  website: websiteUrl.nullable(),
  facilities: z.array(tag).max(50),
  tags: z.array(tag).max(50),
  status: organisationStatus.schema,
  verifiedOn: isoDate.nullable(),
  /** How often she means to visit, in months; null: by its people's warmth and casus use (see `visitRhythmOf`). */
  visitEveryMonths: visitRhythm.nullable(),
});
export type OrganisationFields = z.output<typeof organisationFields>;
export type Organisation = OrganisationFields & RecordMeta;

export const organisationCreate = organisationFields.partial().required({ name: true, kindId: true }).strict();
export const organisationPatch = organisationFields.partial().strict();
export const organisationDefaults: Omit<OrganisationFields, 'name' | 'kindId'> = {
  aliases: [],
  description: '',
  address: '',
  postcode: null,
  city: 'Rotterdam',
  neighbourhoodIds: [],
  phone: null,
  email: null,
  website: null,
  facilities: [],
  tags: [],
  status: 'actief',
  verifiedOn: null,
  visitEveryMonths: null,
};
