// Formatting a stored E.164 number needs no validation metadata: the small
// set keeps the renderer bundle light.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

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
