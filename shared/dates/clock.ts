/**
 * Where "now" comes from. The app, the CLI and browser mode each hold one
 * clock and hand it down; tests pass a fixed one, so the suite passes on any
 * date. This is the only module that reads the machine's clock (a lint rule
 * keeps it that way).
 *
 * @example
 * const clock = fixedClock('2026-11-23T10:00:00Z');
 * todayOn(clock); // '2026-11-23' (in a timezone where it is that day)
 */
export interface Clock {
  now(): Date;
}

/** The machine's own clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same moment: for tests, and for `--today` on the command line. */
export function fixedClock(at: string | Date): Clock {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Geen geldig tijdstip: ${String(at)}`);
  return { now: () => new Date(moment.getTime()) };
}

/** A clock that starts at `at` and runs on in real time: the renderer's, anchored on the app's clock. */
export function anchoredClock(at: string | Date, elapsedMs: () => number): Clock {
  const start = new Date(at).getTime() - elapsedMs();
  return { now: () => new Date(start + elapsedMs()) };
}

/** A moment's date on the broker's own (local) calendar, as `YYYY-MM-DD`. */
export function localDateOf(moment: Date): string {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
}

/** Today on the broker's own calendar, as `YYYY-MM-DD`. */
export function todayOn(clock: Clock): string {
  return localDateOf(clock.now());
}

/**
 * The clock for a command-line `--today JJJJ-MM-DD`: noon of that day
 * (noon, so that no timezone moves it to another date), or the machine's
 * clock when the flag is absent.
 */
export function clockForToday(today: string | undefined): Clock {
  return today === undefined ? systemClock : fixedClock(`${today}T12:00:00`);
}
