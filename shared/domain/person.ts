import { z } from 'zod';
import { contactChannel, legalBasis, phoneLabel, warmth } from './vocabulary';
import { emailAddress, longText, phoneNumber, requiredName, tag, visitRhythm } from './primitives';
import type { RecordMeta } from './record';

export const personPhone = z.object({
  number: phoneNumber,
  label: phoneLabel.schema,
});
export type PersonPhone = z.output<typeof personPhone>;

export const personFields = z.object({
  name: requiredName,
  phones: z.array(personPhone).max(10),
  email: emailAddress.nullable(),
  preferredChannel: contactChannel.schema.nullable(),
  /** The broker's own relationship with this person. */
  brokerWarmth: warmth.schema.nullable(),
  expertiseTags: z.array(tag).max(50),
  notes: longText,
  legalBasis: legalBasis.schema,
  /** How often she means to see them, in months; null: by warmth (see `visitRhythmOf`). */
  visitEveryMonths: visitRhythm.nullable(),
});
export type PersonFields = z.output<typeof personFields>;
export type Person = PersonFields & RecordMeta;

/** The number a person is called on: the mobile, else the first. */
export function preferredPhone(person: Pick<PersonFields, 'phones'>): PersonFields['phones'][number] | undefined {
  return person.phones.find((phone) => phone.label === 'mobiel') ?? person.phones[0];
}

export const personCreate = personFields.partial().required({ name: true }).strict();
export const personPatch = personFields.partial().strict();
export const personDefaults: Omit<PersonFields, 'name'> = {
  phones: [],
  email: null,
  preferredChannel: null,
  brokerWarmth: null,
  expertiseTags: [],
  notes: '',
  legalBasis: 'gerechtvaardigd_belang',
  visitEveryMonths: null,
};
