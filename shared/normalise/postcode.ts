const DUTCH_POSTCODE = /^([1-9][0-9]{3})\s*([A-Za-z]{2})$/;

/**
 * Normalises a Dutch postcode to `1234 AB`; null when it is not one.
 *
 * @example normalisePostcode('3035ab') // '3035 AB'
 */
export function normalisePostcode(text: string): string | null {
  const match = DUTCH_POSTCODE.exec(text.trim());
  if (!match) return null;
  const [, digits, letters] = match;
  return `${digits} ${(letters ?? '').toUpperCase()}`;
}
