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

/**
 * Formats an E.164 number the Dutch way: `06-12345678` for mobiles,
 * `010-1234567` for landlines, international numbers left international.
 *
 * @example formatPhoneDutch('+31612345678') // '06-12345678'
 */
export function formatPhoneDutch(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  if (parsed.countryCallingCode !== '31') return parsed.formatInternational();
  const national = `0${parsed.nationalNumber}`;
  if (national.startsWith('06')) return `06-${national.slice(2)}`;
  const areaLength = /^0(10|13|15|20|23|24|26|30|33|35|36|38|40|43|45|46|50|53|55|58|70|71|72|73|74|75|76|77|78|79)/.test(national) ? 3 : 4;
  return `${national.slice(0, areaLength)}-${national.slice(areaLength)}`;
}
