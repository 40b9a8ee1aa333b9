import { anchoredClock, systemClock, todayOn, type Clock } from '../../shared/dates/clock';

/**
 * The renderer's one clock. At start it is anchored on the app's clock (the
 * main process, or browser mode's server), so the page and the services agree
 * on "today", also when tests fix the date. Until then it is the machine's.
 */
let appClock: Clock = systemClock;

export function anchorClock(appNow: string): void {
  appClock = anchoredClock(appNow, () => performance.now());
}

/** Today on the broker's calendar, `YYYY-MM-DD`. */
export function localToday(): string {
  return todayOn(appClock);
}

export function now(): Date {
  return appClock.now();
}
