// The suite's clock, apart from the database helpers: the bench uses it too, and must not load Vitest.
import { fixedClock, type Clock } from '../../shared/dates/clock';

/**
 * The day the tests live on: every service context and page in the suite
 * takes its "now" from here (or from a clock a test fixes itself), never from
 * the machine, so the suite passes on any date.
 */
export const testToday = '2026-11-23';
export const testClock: Clock = fixedClock(`${testToday}T10:00:00Z`);

/** A clock that moves one second on at every reading: for tests about what changed later. */
export function tickingClock(start = `${testToday}T10:00:00Z`): Clock {
  let moment = new Date(start).getTime();
  return { now: () => new Date((moment += 1_000)) };
}
