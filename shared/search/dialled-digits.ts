/** A number as she would type it, digits only: "+31612345678" -> "0612345678". Records are indexed this way. */
export function dialledDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.startsWith('31') && number.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** A query that is a phone number, however written ("06-30 98 23 36", "+31 6 ..."): searched as its digits. */
export function asDialledNumber(query: string): string | null {
  return /^[\d\s()+\-.]+$/.test(query.trim()) && query.replace(/\D/g, '').length >= 6 ? dialledDigits(query) : null;
}
