import type { OfferSession } from '../domain/offer';
import { accessibility, language, offerAccess, timeOfDay, weekday, type sessionFrequency } from '../domain/vocabulary';
import { foldText } from '../normalise/name';

/**
 * Reading an offer's cells the way sociale kaarten write them: "di en do
 * 10.00-11.30, om de week", "Nederlands, Arabisch", "rolstoel; ringleiding",
 * "ja". Each reader says what it understood and what it did not, so the
 * import reports the rest instead of dropping it.
 */

type Code<List extends { codes: readonly string[] }> = List['codes'][number];

/** Folded names for each code: its code, its label, and the words spreadsheets use. */
function namesFor<List extends { codes: readonly string[]; labels: Record<string, string> }>(list: List, extra: Partial<Record<Code<List>, readonly string[]>>): Map<string, Code<List>> {
  const names = new Map<string, Code<List>>();
  for (const code of list.codes as readonly Code<List>[]) {
    for (const name of [code, list.labels[code] ?? '', ...(extra[code] ?? [])]) names.set(foldText(name), code);
  }
  return names;
}

const languageNames = namesFor(language, {
  nl: ['nederlands', 'dutch', 'nl'],
  en: ['english', 'engels'],
  ar: ['arabic'],
  tr: ['turkish'],
  ber: ['berbers', 'tamazight', 'tarifit', 'amazigh'],
  pl: ['polish', 'polski'],
  uk: ['oekraiens', 'ukrainian'],
  fa: ['farsi', 'dari', 'perzisch', 'persian'],
  so: ['somali'],
  ti: ['tigrinya', 'tigrinia'],
  es: ['spanish', 'espanol'],
  pap: ['papiamento'],
  pt: ['portuguese'],
  fr: ['french'],
  zh: ['chinese', 'mandarijn', 'kantonees'],
});
/** Words that say an offer suits people learning Dutch. */
const learnerWords = new Set(['nt2', 'eenvoudig nederlands', 'makkelijk nederlands', 'taalleerders', 'voor taalleerders', 'geschikt voor nt2', 'beginners nederlands']);

const accessibilityNames = namesFor(accessibility, {
  rolstoel: ['rolstoel', 'rolstoelvriendelijk', 'wheelchair', 'drempelvrij', 'toegankelijk voor rolstoelen'],
  gelijkvloers: ['gelijkvloers', 'lift', 'begane grond', 'met lift'],
  ringleiding: ['ringleiding', 'solo ringleiding', 'hoorapparaat'],
  aangepast_toilet: ['aangepast toilet', 'invalidentoilet', 'mindervalidentoilet', 'toilet voor mindervaliden'],
});

const accessNames = namesFor(offerAccess, {
  vrije_inloop: ['vrije inloop', 'inloop', 'vrij', 'geen aanmelding', 'vrij toegankelijk'],
  aanmelden: ['aanmelden', 'aanmelding', 'opgeven', 'inschrijven'],
  verwijzing: ['verwijzing', 'via verwijzing', 'verwijsbrief'],
  indicatie: ['indicatie', 'met indicatie', 'wmo indicatie'],
});

const timeOfDayNames = namesFor(timeOfDay, { ochtend: ['ochtenden', 's ochtends', 'morgen'], middag: ['middagen', 's middags'], avond: ['avonden', 's avonds'], weekend: ['weekenden', 'zaterdag', 'zondag'] });

/** A list cell split on commas, semicolons, slashes, line breaks and "en". */
function parts(text: string): string[] {
  return text
    .split(/[;,/\n]|\s+en\s+|\s+of\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Codes from a list cell; the parts no code matches, as written. */
function codesFrom<CodeValue extends string>(text: string, names: Map<string, CodeValue>): { codes: CodeValue[]; unknown: string[] } {
  const codes: CodeValue[] = [];
  const unknown: string[] = [];
  for (const part of parts(text)) {
    const found = names.get(foldText(part));
    if (found === undefined) unknown.push(part);
    else if (!codes.includes(found)) codes.push(found);
  }
  return { codes, unknown };
}

/** "Nederlands, Arabisch, NT2": the languages, whether it suits learners, and what was not a language. */
export function readLanguages(text: string): { languages: Code<typeof language>[]; forLanguageLearners: boolean; unknown: string[] } {
  const { codes, unknown } = codesFrom(text, languageNames);
  const learners = unknown.filter((part) => learnerWords.has(foldText(part)));
  return { languages: language.codes.filter((code) => codes.includes(code)), forLanguageLearners: learners.length > 0, unknown: unknown.filter((part) => !learners.includes(part)) };
}

export function readAccessibility(text: string): { accessibility: Code<typeof accessibility>[]; unknown: string[] } {
  const { codes, unknown } = codesFrom(text, accessibilityNames);
  return { accessibility: accessibility.codes.filter((code) => codes.includes(code)), unknown };
}

export function readTimesOfDay(text: string): { timesOfDay: Code<typeof timeOfDay>[]; unknown: string[] } {
  const { codes, unknown } = codesFrom(text, timeOfDayNames);
  return { timesOfDay: timeOfDay.codes.filter((code) => codes.includes(code)), unknown };
}

/** "aanmelden", "vrije inloop", "via verwijzing": the access; null when it is none of them. */
export function readAccess(text: string): Code<typeof offerAccess> | null {
  return accessNames.get(foldText(text)) ?? null;
}

/** "ja", "x", "wachtlijst", "1": yes; "nee", "0", empty: no; anything else: null (not understood). */
export function readYesNo(text: string): boolean | null {
  const folded = foldText(text);
  if (['', 'nee', 'n', 'no', '0', 'false', 'geen', 'onwaar'].includes(folded)) return false;
  if (['ja', 'j', 'yes', 'x', '1', 'true', 'waar', 'wachtlijst', 'ja wachtlijst'].includes(folded)) return true;
  return null;
}

/** "12", "12 plaatsen", "max. 15": the number; null when there is none. */
export function readCapacity(text: string): number | null {
  const match = /^\D*?(\d{1,6})\D*$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

const dayNames = namesFor(weekday, { ma: ['maandag', 'maandagen', 'maandags'], di: ['dinsdag', 'dinsdagen', 'dinsdags'], wo: ['woensdag', 'woensdagen', 'woensdags'], do: ['donderdag', 'donderdagen', 'donderdags'], vr: ['vrijdag', 'vrijdagen', 'vrijdags'], za: ['zaterdag', 'zaterdagen', 'zaterdags'], zo: ['zondag', 'zondagen', 'zondags'] });
const dayPart = /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|middag|avond)$/;
const frequencyWords: readonly [RegExp, Code<typeof sessionFrequency>][] = [
  [/\b(om de week|tweewekelijks|om de twee weken|1x per 2 weken|even weken|oneven weken)\b/, 'tweewekelijks'],
  [/\b(maandelijks|elke maand|1x per maand|eens per maand|eerste \w+ van de maand|laatste \w+ van de maand)\b/, 'maandelijks'],
  [/\b(eenmalig|eenmaal)\b/, 'eenmalig'],
];
/** Words that carry no meaning beyond the session: connectors, "uur", how often. "eerste" or "even" do, so a cell with them is kept as text. */
const fillerWords = new Set(['en', 'van', 'vanaf', 'tot', 'tm', 't', 'm', 'uur', 'elke', 'iedere', 'week', 'wekelijks', 'op', 'om', 's', 'ochtend', 'middag', 'avond', 'ochtends', 'middags', 'avonds', 'de', 'twee', 'weken', 'tweewekelijks', 'maand', 'maandelijks', 'eenmalig', 'eenmaal', 'per', '1x', 'eens', 'keer']);

/**
 * One part of a schedule cell as a session: "di en do 10.00-11.30",
 * "woensdagmiddag", "za 14:00 - 16:00 (om de week)". The days named, the
 * first time span and how often make the session. `rest` is the part as
 * written when it says more than that (an exception, a second time), so it
 * is kept as free text; empty when the session says it all.
 */
const dayWord = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)';
const dayRange = new RegExp(`\\b${dayWord}\\s*(?:t/m|t\\.m\\.|tm|tot en met|tot|-|–)\\s*${dayWord}\\b`, 'g');

/** "ma t/m vr", "maandag tot vrijdag", "di-do": every day of the range written out, so none is lost. */
function expandDayRanges(text: string): string {
  return text.replace(dayRange, (_whole, first: string, last: string) => {
    const from = weekday.codes.indexOf(dayNames.get(first) ?? 'ma');
    const to = weekday.codes.indexOf(dayNames.get(last) ?? 'zo');
    return from <= to ? weekday.codes.slice(from, to + 1).join(' ') : `${first} ${last}`;
  });
}

function readOneSchedule(text: string): { sessions: OfferSession[]; rest: string; timesOfDay: Code<typeof timeOfDay>[] } {
  const original = text.trim();
  if (original === '') return { sessions: [], rest: '', timesOfDay: [] };
  const lower = expandDayRanges(original.toLowerCase());
  const times = [...lower.matchAll(/\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/g)].map(([, hours = '', minutes = '']) => `${hours.padStart(2, '0')}:${minutes}`);
  const frequency = frequencyWords.find(([pattern]) => pattern.test(lower))?.[1] ?? 'wekelijks';
  const days: Code<typeof weekday>[] = [];
  const leftover: string[] = [];
  const partsOfDay: Code<typeof timeOfDay>[] = [];
  for (const word of foldText(lower.replace(/\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/g, ' ')).split(' ').filter(Boolean)) {
    const named = dayNames.get(word);
    const part = dayPart.exec(word);
    if (named) days.push(named);
    else if (part) {
      const [, dayName = '', partOfDay = ''] = part;
      const day = dayNames.get(dayName);
      if (day) days.push(day);
      const known = timeOfDay.codes.find((code) => code === partOfDay);
      if (known && !partsOfDay.includes(known)) partsOfDay.push(known);
    } else if (!fillerWords.has(word)) leftover.push(word);
  }
  if (days.length === 0) return { sessions: [], rest: original, timesOfDay: [] };
  const [startsAt = null, endsAt = null] = times;
  const ordered = weekday.codes.filter((code) => days.includes(code));
  // A "woensdagmiddag" without hours says the part of the day, not the hours: none are made up.
  const session: OfferSession = { weekdays: ordered, startsAt: startsAt ?? null, endsAt: endsAt && startsAt && endsAt > startsAt ? endsAt : null, frequency };
  const saysItAll = leftover.length === 0 && times.length <= 2 && (times.length < 2 || session.endsAt !== null);
  return { sessions: [session], rest: saysItAll ? '' : original, timesOfDay: timeOfDay.codes.filter((code) => partsOfDay.includes(code) || (code === 'weekend' && ordered.some((day) => day === 'za' || day === 'zo'))) };
}

/**
 * A schedule cell as sessions, one per part between semicolons or on its
 * own line ("dinsdag 10:00-11:30; donderdag 14:00-16:00", as the export
 * writes them); what the sessions do not say stays as text.
 */
export function readSchedule(text: string): { sessions: OfferSession[]; rest: string; timesOfDay: Code<typeof timeOfDay>[] } {
  const read = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readOneSchedule);
  const found = new Set(read.flatMap((part) => part.timesOfDay));
  return { sessions: read.flatMap((part) => part.sessions), rest: read.map((part) => part.rest).filter(Boolean).join('; '), timesOfDay: timeOfDay.codes.filter((code) => found.has(code)) };
}
