import { isoDate } from '../domain/primitives';
import { shiftDate } from './shift-date';
import { addMonths } from './add-months';

const months: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6, jul: 7, juli: 7,
  aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const relativeDays: Readonly<Record<string, number>> = { eergisteren: -2, gisteren: -1, vandaag: 0, morgen: 1, overmorgen: 2 };
const countWords: Readonly<Record<string, number>> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6 };

// Monday first, as getUTCDay() counts from Sunday: index 0 is zondag.
const weekdays: readonly (readonly string[])[] = [
  ['zondag', 'zo'],
  ['maandag', 'ma'],
  ['dinsdag', 'di'],
  ['woensdag', 'wo'],
  ['donderdag', 'do'],
  ['vrijdag', 'vr'],
  ['zaterdag', 'za'],
];

/** `2026-12-03`, a real day: a date as stored and as the API takes it (the API's own check). */
export function isIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The date if it exists on the calendar (no 31 February). */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && year <= 2200 && isIsoDate(date) ? date : null;
}

/** Without a year: the day and month in the year that puts it nearest to today ("3 jan" in late November is next January). */
function nearest(month: number, day: number, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const distance = (date: string) => Math.abs(Date.parse(date) - Date.parse(today));
  const candidates = [year - 1, year, year + 1].map((candidate) => calendarDate(candidate, month, day)).filter((date): date is string => date !== null);
  return candidates.sort((left, right) => distance(left) - distance(right))[0] ?? null;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * A date as a Dutch broker types it, as `YYYY-MM-DD`, or null when it is not
 * one: "3-12", "3-12-2026", "03/12/26", "3 dec", "3 december 2026",
 * "vandaag", "morgen", "overmorgen", "gisteren", a weekday ("vrijdag": the
 * next one), "volgende week", "vrijdag volgende week", "volgende maand",
 * "over 2 weken", "over een maand", "+3" (days), and `2026-12-03` itself. Whatever
 * the machine's locale: day before month, always.
 */
export function parseDutchDate(typed: string, today: string): string | null {
  const text = typed
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([-/.]) ?(?=\d)/g, '$1');
  if (text === '') return null;
  const relative = relativeDays[text];
  if (relative !== undefined) return shiftDate(today, relative);
  const weekday = weekdays.findIndex((names) => names.includes(text.replace(/\.$/, '')));
  if (weekday !== -1) {
    const current = new Date(`${today}T12:00:00Z`).getUTCDay();
    return shiftDate(today, ((weekday - current + 7) % 7) || 7);
  }
  // "vrijdag volgende week" or "volgende week vrijdag": that day in the next calendar week (Monday to Sunday).
  const nextWeekDay = /^(?:([a-z]+) volgende week|volgende week ([a-z]+))$/.exec(text);
  const dayNextWeek = nextWeekDay ? weekdays.findIndex((names) => names.includes((nextWeekDay[1] ?? nextWeekDay[2] ?? '').replace(/\.$/, ''))) : -1;
  if (dayNextWeek !== -1) {
    const mondayBased = (day: number) => (day + 6) % 7;
    const current = mondayBased(new Date(`${today}T12:00:00Z`).getUTCDay());
    return shiftDate(today, 7 - current + mondayBased(dayNextWeek));
  }
  if (text === 'volgende week') return shiftDate(today, 7);
  if (text === 'volgende maand') return addMonths(today, 1);
  const ahead = /^(?:over (\d{1,3}|een|twee|drie|vier|vijf|zes) (dag|dagen|week|weken|maand|maanden)|\+(\d{1,3}))$/.exec(text);
  if (ahead) {
    const count = Number(countWords[ahead[1] ?? ''] ?? ahead[1] ?? ahead[3]);
    if (ahead[2]?.startsWith('maand')) return addMonths(today, count);
    return shiftDate(today, ahead[2]?.startsWith('we') ? count * 7 : count);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$/.exec(text);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    return numeric[3] ? calendarDate(fullYear(numeric[3]), month, day) : nearest(month, day, today);
  }
  const named = /^(?:[a-z]+ )?(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?$/.exec(text);
  const month = named ? months[named[2] ?? ''] : undefined;
  if (named && month !== undefined) {
    const day = Number(named[1]);
    return named[3] ? calendarDate(Number(named[3]), month, day) : nearest(month, day, today);
  }
  return null;
}
