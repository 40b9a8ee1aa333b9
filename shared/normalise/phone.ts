// The full metadata: the small set accepts "12345" as Dutch and cannot tell mobiles apart.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A phone number in E.164 form, with what the broker needs to know about it. */
export interface NormalisedPhone {
  /** E.164, e.g. `+31612345678`: the one form used for storing and matching. */
  e164: string;
  /** Dutch mobile numbers (06) can be called, texted and reached on WhatsApp. */
  isMobile: boolean;
}

/**
 * Parses a phone number as a Dutch broker writes it, into E.164.
 * `06-12 34 56 78`, `+31 6 12345678` and `0031612345678` are one number.
 * Returns null when the text is not a valid phone number.
 *
 * @example normalisePhone('06-12 34 56 78') // { e164: '+31612345678', isMobile: true }
 */
export function normalisePhone(text: string): NormalisedPhone | null {
  const compact = text.trim().replace(/^00/, '+');
  if (compact === '') return null;
  const parsed = parsePhoneNumberFromString(compact, 'NL');
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, isMobile: parsed.getType() === 'MOBILE' };
}
