// The demo looks like the field: its casussen are referred and have their
// main reasons as the Welzijn op Recept evaluation reports them (about a
// third from the POH-GGZ, about half loneliness, few from a buurtsportcoach),
// read from `stats --json` as the broker would; and every demo organisation
// lies in a postcode area of the wijk it is placed in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoNetwork } from '../../electron/demo/demo-network';
import { offerCreate, offerDefaults, timesOfDayFor } from '../../shared/domain/offer';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp-database';

describe('a demo that looks like the field', () => {
  it('refers and reasons as the field does, within its ranges, for more than one seed', async () => {
    for (const seed of [2026, 7]) {
      const db = join(tempDir(), 'demo.sqlite');
      expect((await cli('demo', '--db', db, '--seed', String(seed), '--today', '2026-11-23')).code).toBe(0);
      const { casusDistribution } = JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as {
        casusDistribution: {
          referrals: number;
          byReferrerType: Record<string, number>;
          byMainReason: Record<string, number>;
          reach: { referred: number; reached: number; started: number; after3Months: number; after6Months: number };
          dropOut: Record<string, number>;
          pgChange3Months: Record<string, { n: number; before: number | null; after: number | null }>;
        };
      };
      const share = (counts: Record<string, number>, name: string) => (counts[name] ?? 0) / casusDistribution.referrals;
      expect(casusDistribution.referrals).toBe(40);
      expect(share(casusDistribution.byReferrerType, 'POH-GGZ'), `seed ${seed}`).toBeGreaterThanOrEqual(0.22);
      expect(share(casusDistribution.byReferrerType, 'POH-GGZ'), `seed ${seed}`).toBeLessThanOrEqual(0.45);
      expect(share(casusDistribution.byReferrerType, 'buurtsportcoach'), `seed ${seed}`).toBeLessThanOrEqual(0.1);
      expect(share(casusDistribution.byMainReason, 'eenzaamheid'), `seed ${seed}`).toBeGreaterThanOrEqual(0.38);
      expect(share(casusDistribution.byMainReason, 'eenzaamheid'), `seed ${seed}`).toBeLessThanOrEqual(0.65);
      // Then psychische klachten, weinig sociaal netwerk and chronische ziekte, each less often than loneliness.
      const reasons = Object.entries(casusDistribution.byMainReason).sort(([, left], [, right]) => right - left).map(([name]) => name);
      expect(reasons[0], `seed ${seed}`).toBe('eenzaamheid');
      expect(reasons.slice(1, 4).filter((name) => ['psychische klachten', 'weinig sociaal netwerk', 'chronische ziekte'].includes(name)).length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      // Outcomes: some referrals lost at every stage before the start, and some who stopped after it; a funnel that narrows.
      const { reach, dropOut, pgChange3Months } = casusDistribution;
      expect(Object.entries(dropOut).filter(([, count]) => count > 0).map(([stage]) => stage).sort(), `seed ${seed}`).toEqual(expect.arrayContaining(['afgezien', 'niet bereikt', 'niet passend', 'gestopt']));
      const lostBeforeStart = (dropOut['niet bereikt'] ?? 0) + (dropOut.afgezien ?? 0) + (dropOut['niet passend'] ?? 0);
      expect(lostBeforeStart / reach.referred, `seed ${seed}`).toBeGreaterThanOrEqual(0.05);
      expect(lostBeforeStart / reach.referred, `seed ${seed}`).toBeLessThanOrEqual(0.3);
      expect([reach.referred, reach.reached, reach.started, reach.after3Months, reach.after6Months], `seed ${seed}`).toEqual([...[reach.referred, reach.reached, reach.started, reach.after3Months, reach.after6Months]].sort((left, right) => right - left));
      expect(reach.started / reach.referred, `seed ${seed}`).toBeGreaterThanOrEqual(0.3);
      // Scored at intake and at 3 months: enough residents to show, and taking part raises meedoen on average.
      const meedoen = pgChange3Months.Meedoen!;
      expect(meedoen.n, `seed ${seed}`).toBeGreaterThanOrEqual(5);
      expect(meedoen.after! - meedoen.before!, `seed ${seed}`).toBeGreaterThan(0);
      expect(meedoen.after! - meedoen.before!, `seed ${seed}`).toBeLessThanOrEqual(3);
    }
  }, 60_000);

  it('places every organisation in a postcode area of the first wijk it works in', () => {
    const network = generateDemoNetwork({ seed: 2026, today: '2026-11-23' });
    const areas = new Map(network.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.postcodeAreas ?? []]));
    const outside = network.organisations.filter((organisation) => {
      const [home] = organisation.neighbourhoodIds ?? [];
      const postcode = organisation.postcode ?? null;
      return home !== undefined && postcode !== null && !(areas.get(home) ?? []).includes(postcode.slice(0, 4));
    });
    expect(outside.map((organisation) => `${organisation.name} ${organisation.postcode}`)).toEqual([]);
  });

  it('gives its offers days and hours that say the same dagdelen they are stored with, languages and access', () => {
    const network = generateDemoNetwork({ seed: 2026, today: '2026-11-23' });
    const offers = network.offers.map(({ id: _id, ...offer }) => ({ ...offerDefaults, ...offerCreate.parse(offer) }));
    // Each offer runs when its dagdelen say: the sessions' hours give exactly those, a Saturday the weekend.
    expect(offers.filter((offer) => offer.sessions.length === 0)).toEqual([]);
    expect(offers.filter((offer) => timesOfDayFor(offer.sessions, offer.timesOfDay).join() !== offer.timesOfDay.join()).map((offer) => offer.title)).toEqual([]);
    const share = (count: number) => count / offers.length;
    // Most say their language; the learners' activities (Taalcafé and the like) are marked, and some have a second language.
    expect(share(offers.filter((offer) => offer.languages.length > 0).length)).toBeGreaterThanOrEqual(0.7);
    expect(offers.filter((offer) => offer.title === 'Taalcafé').every((offer) => offer.forLanguageLearners)).toBe(true);
    expect(offers.some((offer) => offer.languages.some((code) => code !== 'nl'))).toBe(true);
    expect(share(offers.filter((offer) => offer.accessibility.includes('rolstoel')).length)).toBeGreaterThanOrEqual(0.3);
  });
});
