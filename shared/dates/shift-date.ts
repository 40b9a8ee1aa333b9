/**
 * A calendar date `days` later (negative: earlier), as `YYYY-MM-DD`.
 * Computed at noon UTC so no time zone shifts it to another day.
 *
 * @example shiftDate('2026-11-23', 7) // '2026-11-30'
 */
export function shiftDate(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
