// The demo looks like the field: its casussen are referred and have their
// main reasons as the Welzijn op Recept evaluation reports them (about a
// third from the POH-GGZ, about half loneliness, few from a buurtsportcoach),
// read from `stats --json` as the broker would; and every demo organisation
// lies in a postcode area of the wijk it is placed in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoNetwork } from '../../electron/demo/demo-network';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp-database';

describe('a demo that looks like the field', () => {
  it('refers and reasons as the field does, within its ranges, for more than one seed', async () => {
    for (const seed of [2026, 7]) {
      const db = join(tempDir(), 'demo.sqlite');
      expect((await cli('demo', '--db', db, '--seed', String(seed), '--today', '2026-11-23')).code).toBe(0);
      const { casusDistribution } = JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as { casusDistribution: { referrals: number; byReferrerType: Record<string, number>; byMainReason: Record<string, number> } };
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
});
