import { timesOfDayFor, type OfferSession } from '../../shared/domain/offer';
import type { language } from '../../shared/domain/vocabulary';
import type { DemoOffer } from './demo-offers';
import type { SeededRandom } from './random';

type Language = (typeof language.codes)[number];

const dayCodes: Record<string, OfferSession['weekdays'][number]> = { maandag: 'ma', dinsdag: 'di', woensdag: 'wo', donderdag: 'do', vrijdag: 'vr', zaterdag: 'za' };
const hoursOf: Record<string, readonly [string, string]> = { ochtend: ['10:00', '11:30'], middag: ['14:00', '16:00'], avond: ['19:30', '21:30'] };
// Activities for people learning Dutch, by template: they welcome learners and often have a volunteer who speaks a second language.
const forLearners = new Set(['taalcafe', 'fietsles', 'zwemmen', 'digicafe', 'voorleesuur']);
const secondLanguages: readonly Language[] = ['ar', 'tr', 'en', 'pl', 'ber', 'uk', 'pap'];

/**
 * The sociale kaart's details on the demo's offers: days and hours as
 * sessions (one per dagdeel, on the day its text named; a weekend without
 * set hours is a Saturday without them), so "Wat is er wanneer" and the tijdstip barrier have
 * something to work on; languages, with the learners' activities marked;
 * and what the place offers for access. The dagdelen stay what they were
 * (a session's hours give exactly its dagdeel), and its own random stream
 * keeps the rest of the demo unchanged.
 */
export function addDemoOfferDetails(offers: readonly DemoOffer[], random: SeededRandom): void {
  for (const { input, template } of offers) {
    const times = input.timesOfDay ?? [];
    const day = dayCodes[(input.schedule ?? '').split(' ')[0] ?? ''] ?? 'di';
    const frequency = random.weighted([['wekelijks', 17], ['tweewekelijks', 2], ['maandelijks', 1]] as const);
    const timed = times.flatMap((time): OfferSession[] => {
      const hours = hoursOf[time];
      return hours ? [{ weekdays: [day], startsAt: hours[0], endsAt: hours[1], frequency }] : [];
    });
    // A Saturday morning is the weekend too; only a weekend without set hours needs a session of its own.
    const weekendApart = times.includes('weekend') && !(day === 'za' && timed.length > 0);
    input.sessions = [...timed, ...(weekendApart ? [{ weekdays: ['za' as const], startsAt: null, endsAt: null, frequency }] : [])];
    input.timesOfDay = timesOfDayFor(input.sessions, times);
    input.schedule = random.chance(0.15) ? 'niet in de schoolvakanties' : '';
    const learners = forLearners.has(template.key);
    // Some offers do not say their language: the broker has not asked yet.
    input.languages = !learners && random.chance(0.15) ? [] : ['nl', ...(learners || random.chance(0.12) ? [random.pick(secondLanguages)] : [])];
    input.forLanguageLearners = learners;
    input.accessibility = random.weighted([
      [['rolstoel', 'gelijkvloers', 'aangepast_toilet'], 4],
      [['rolstoel', 'gelijkvloers', 'ringleiding', 'aangepast_toilet'], 1],
      [['gelijkvloers'], 2],
      [[], 3],
    ] as const).slice();
  }
}
