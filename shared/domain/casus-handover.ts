import { z } from 'zod';
import { contactChannel } from './vocabulary';
import { isoDate, recordId } from './primitives';

/** A warm handover: the broker called (or app'ed, mailed) someone about an offer for this casus. */
export const casusHandover = z
  .object({
    casusId: recordId,
    offerId: recordId.nullable(),
    personId: recordId.nullable(),
    handoverOn: isoDate,
    channel: contactChannel.schema,
  })
  .strict()
  .refine((handover) => handover.offerId !== null || handover.personId !== null, { error: 'Kies een aanbod, een persoon of allebei.', path: ['offerId'] });
