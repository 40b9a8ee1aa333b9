/** How many copies of each age to keep: the usual grandfather-father-son scheme. */
export const backupRetention = { daily: 7, weekly: 4, monthly: 12 } as const;

/** Monday of the ISO week a date falls in, as `YYYY-MM-DD`. */
function weekOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * Which backups to keep, given when each was made (ISO timestamps): the
 * newest of each of the last 7 days that have one, of the last 4 weeks and
 * of the last 12 months. Everything else may go. Pure, so it is tested on dates.
 */
export function backupsToKeep(madeAt: readonly string[]): Set<string> {
  const newestFirst = [...madeAt].sort().reverse();
  const keep = new Set<string>();
  const pick = (bucketOf: (at: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const at of newestFirst) {
      const bucket = bucketOf(at);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      if (seen.size > count) break;
      keep.add(at);
    }
  };
  pick((at) => at.slice(0, 10), backupRetention.daily);
  pick((at) => weekOf(at.slice(0, 10)), backupRetention.weekly);
  pick((at) => at.slice(0, 7), backupRetention.monthly);
  return keep;
}
