import { z } from 'zod';
import { normalisePhone } from '../normalise/phone';
import { normalisePostcode } from '../normalise/postcode';

/** Record ids: opaque, URL-safe strings (UUIDs for new records). */
export const recordId = z
  .string({ error: 'Verwacht een id.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Ongeldig id: alleen letters, cijfers, - en _ (max. 64).' });

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A calendar date as `YYYY-MM-DD`. */
export const isoDate = z
  .string({ error: 'Verwacht een datum.' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), {
    error: 'Ongeldige datum: gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-14.',
  });

/** A moment as an ISO 8601 UTC timestamp. */
export const isoTimestamp = z.iso.datetime({ error: 'Ongeldig tijdstip (ISO 8601 verwacht).' });

/** The longest a name or a line may be, and a note or description: the forms count down to these. */
/** How often the broker means to see someone, in months (every 3 months); null: the default by warmth. */
export const visitRhythm = z.number({ error: 'Geef het aantal maanden als getal.' }).int({ error: 'Geef een heel aantal maanden.' }).min(1, { error: 'Minstens elke maand.' }).max(36, { error: 'Hoogstens elke 36 maanden.' });

/** A list of record ids, each once (the people invited, the partners asked), at most `max`. */
export function uniqueIds(what: string, max = 500) {
  return z
    .array(recordId)
    .max(max, { error: `Hoogstens ${max} ${what}.` })
    .refine((list) => new Set(list).size === list.length, { error: `Er staat iets twee keer in de ${what}.` });
}

/** A time of day as the broker writes it: 19:30. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Schrijf een tijd als 19:30.' });

export const shortTextLimit = 200;
export const longTextLimit = 10_000;
export const shortText = z.string().trim().max(shortTextLimit, { error: 'Te lang: maximaal 200 tekens.' });
export const requiredName = shortText.min(1, { error: 'Vul een naam in.' });
export const longText = z.string().max(longTextLimit, { error: 'Te lang: maximaal 10.000 tekens.' });
export const tag = z.string().trim().min(1, { error: 'Een label mag niet leeg zijn.' }).max(60, { error: 'Label te lang: maximaal 60 tekens.' });

/** Any phone number a broker might type; stored as E.164. */
export const phoneNumber = z.string().transform((text, context) => {
  const phone = normalisePhone(text);
  if (!phone) {
    context.addIssue({ code: 'custom', message: `Ongeldig telefoonnummer: "${text}".` });
    return z.NEVER;
  }
  return phone.e164;
});

/** A Dutch postcode, stored as `1234 AB`. */
export const postcode = z.string().transform((text, context) => {
  const normalised = normalisePostcode(text);
  if (!normalised) {
    context.addIssue({ code: 'custom', message: `Ongeldige postcode: "${text}" (verwacht 1234 AB).` });
    return z.NEVER;
  }
  return normalised;
});

export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Ongeldig e-mailadres.' }));

export const websiteUrl = z
  .string()
  .trim()
  // "www.buurthuis.nl" as people write it: https:// is added, as a browser would.
  .transform((text) => (text !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? `https://${text}` : text))
  .pipe(z.url({ protocol: /^https?$/, hostname: /\./, error: 'Ongeldige website: bijvoorbeeld www.buurthuis.nl of https://www.buurthuis.nl.' }));

/** Fields every stored record carries. */
export const recordMeta = {
  id: recordId,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  archivedAt: isoTimestamp.nullable(),
};
