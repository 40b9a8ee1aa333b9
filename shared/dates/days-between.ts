/** Whole calendar days from `from` to `to` (`YYYY-MM-DD`; negative when `to` is earlier), counted at noon UTC so no time zone shifts a day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
