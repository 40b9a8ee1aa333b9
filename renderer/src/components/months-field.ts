/** A rhythm typed in a form ("3", " 6 "): null when empty; anything else goes to the API as a number, whose check names the problem next to the field. */
export function monthsOrNull(typed: string): number | null {
  return typed.trim() === '' ? null : Number(typed.trim().replace(',', '.'));
}
