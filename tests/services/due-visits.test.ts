// "Tijd voor een bezoek" on real SQLite: a hand-made wijk whose order is
// known from the rule (how far past due, in rhythms, times the weight of
// warmth and casus use), and the round in cycling order.
import { describe, expect, it } from 'vitest';
import { cyclingOrder } from '../../shared/analysis/due-visits';
import { ok, openTestApp, testToday, type TestApp } from '../support/temp-database';

async function seed(app: TestApp) {
  const wijk = ok(await app.api.neighbourhood.create({ name: 'Bergpolder' }));
  const elsewhere = ok(await app.api.neighbourhood.create({ name: 'Blijdorp' }));
  const organisation = async (name: string, address: string, postcode: string | null, extra: { visitEveryMonths?: number; neighbourhoodId?: string } = {}) =>
    ok(await app.api.organisation.create({ name, address, postcode, kindId: 'kind-welzijn', neighbourhoodIds: [extra.neighbourhoodId ?? wijk.id], visitEveryMonths: extra.visitEveryMonths ?? null }));
  const personAt = async (name: string, organisationId: string, brokerWarmth: 'warm' | 'lauw' | 'koud' | null, lastContact: string | null, visitEveryMonths: number | null = null) => {
    const { person } = ok(await app.api.person.createAtOrganisation({ person: { name, brokerWarmth, visitEveryMonths, phones: [{ number: '06-12345678', label: 'mobiel' }] }, organisationId, role: 'coördinator' }));
    if (lastContact) ok(await app.api.logEntry.create({ occurredOn: lastContact, kind: 'fietsronde', personIds: [person.id] }));
    return person;
  };
  // Warm, so every 3 months; last seen 6 months ago: due 23 Aug, 92 days = 1.0 rhythm late, weight 1.5.
  const huisarts = await organisation('Huisartsenpraktijk Bergweg', 'Bergweg 120', '3036 BD');
  await personAt('Hanna de Graaf', huisarts.id, 'warm', '2026-05-23');
  // Lukewarm, so every 6 months; last seen 9 months ago: 92 days = 0.5 rhythm late, weight 1.25.
  const buurthuis = await organisation('Buurthuis Bergpolder', 'Gordelweg 8', '3038 GA');
  await personAt('Bas Jansen', buurthuis.id, 'lauw', '2026-02-23');
  // Cold, every 12 months; 22 days late = 0.06 rhythm, weight 1.
  const bieb = await organisation('Bibliotheek Bergpolder', 'Bergweg 40', '3036 BC');
  await personAt('Carla Smit', bieb.id, 'koud', '2025-11-01');
  // Warm and seen in October: not due.
  const kerk = await organisation('Kerk aan de Bergweg', 'Bergweg 2', '3036 BA');
  await personAt('Dirk Bos', kerk.id, 'warm', '2026-10-01');
  // Nobody known, never visited: one rhythm late, weight 1.
  const moskee = await organisation('Moskee Bergpolder', 'Abraham Kuyperlaan 5', '3038 AA');
  // Her own rhythm of every 2 months makes a cold contact due: last seen 1 Sep, due 1 Nov, 22 days = 0.36 rhythm.
  const sport = await organisation('Sportclub Noord', 'Stadhoudersweg 10', null);
  await personAt('Eva Kok', sport.id, 'koud', '2026-09-01', 2);
  // In another wijk: not on this list.
  const blijdorp = await organisation('Buurthuis Blijdorp', 'Statenweg 1', '3039 AA', { neighbourhoodId: elsewhere.id });
  await personAt('Frank Dijk', blijdorp.id, 'warm', '2025-01-01');
  return { wijk, huisarts, buurthuis, bieb, kerk, moskee, sport };
}

describe('time for a visit', () => {
  it('ranks the organisations of a wijk by how far past due they are, in rhythms, weighted by warmth; not yet due and other wijken are left out', async () => {
    const app = await openTestApp();
    const { wijk } = await seed(app);
    const due = ok(await app.api.visits.due({ today: testToday, neighbourhoodId: wijk.id }));
    expect(due.map((visit) => [visit.name, visit.rhythmMonths, visit.daysOverdue, Number(visit.score.toFixed(2))])).toEqual([
      ['Huisartsenpraktijk Bergweg', 3, 92, 1.51],
      ['Moskee Bergpolder', 12, 365, 1],
      ['Buurthuis Bergpolder', 6, 92, 0.63],
      ['Sportclub Noord', 2, 22, 0.36],
      ['Bibliotheek Bergpolder', 12, 22, 0.06],
    ]);
    expect(due[0]!.askFor).toMatchObject({ name: 'Hanna de Graaf', phone: '+31612345678' });
    expect(due.find((visit) => visit.name === 'Moskee Bergpolder')).toMatchObject({ lastContact: null, askFor: null });
  });

  it('weighs a spilfiguur by its rank in the network, and tags each visit with why it weighs more', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    // The library comes to stand between three organisations that know nobody else: the most in between of all.
    for (const other of [s.buurthuis, s.moskee, s.sport]) ok(await app.api.tie.create({ from: { kind: 'organisation', id: s.bieb.id }, to: { kind: 'organisation', id: other.id }, kind: 'kent' }));
    // A casus handover to the huisarts' offer in the last year.
    const offer = ok(await app.api.offer.create({ organisationId: s.huisarts.id, title: 'Spreekuur POH' }));
    const casus = ok(await app.api.casus.create({ code: 'C-2026-050', openedOn: '2026-10-01', referrerTypeId: 'referrer-huisarts' }));
    ok(await app.api.casusMatch.create({ casusId: casus.id, offerId: offer.id, handoverOn: '2026-10-02' }));
    const due = ok(await app.api.visits.due({ today: testToday, neighbourhoodId: s.wijk.id }));
    expect(due.map((visit) => [visit.name, Number(visit.weight.toFixed(2)), visit.reasons])).toEqual([
      // Warm (+0.5) and one handover (+0.1): 1.0 rhythm late x 1.6.
      ['Huisartsenpraktijk Bergweg', 1.6, ['warm', 'casus']],
      // Nobody works there, so nothing runs through it: rank 0.
      ['Moskee Bergpolder', 1, []],
      // Each stands between its one person and the rest: more than 4 of the 6 other organisations, rank 0.67 (+0.33).
      ['Buurthuis Bergpolder', 1.58, []],
      ['Sportclub Noord', 1.33, []],
      // Cold, but the spilfiguur, rank 1 (+0.5): 0.06 rhythm late x 1.5.
      ['Bibliotheek Bergpolder', 1.5, ['spilfiguur']],
    ]);
    expect(Number(due.at(-1)!.score.toFixed(2))).toBe(0.09);
  });

  it('her own rhythm for an organisation replaces the default, and a visit logged takes it off the list', async () => {
    const app = await openTestApp();
    const { wijk, buurthuis, huisarts } = await seed(app);
    // Every 12 months instead of 6: nine months after the last visit it is not due.
    ok(await app.api.organisation.update({ id: buurthuis.id, patch: { visitEveryMonths: 12 } }));
    ok(await app.api.logEntry.create({ occurredOn: testToday, kind: 'fietsronde', organisationIds: [huisarts.id] }));
    const names = ok(await app.api.visits.due({ today: testToday, neighbourhoodId: wijk.id })).map((visit) => visit.name);
    expect(names).toEqual(['Moskee Bergpolder', 'Sportclub Noord', 'Bibliotheek Bergpolder']);
    const refused = await app.api.organisation.update({ id: buurthuis.id, patch: { visitEveryMonths: 0 } });
    expect(refused.ok ? null : refused.error.fields).toEqual({ 'patch.visitEveryMonths': 'Minstens elke maand.' });
  });

  it('puts a round in cycling order: by postcode, then street and house number; no postcode after them; outside the wijk last', async () => {
    const app = await openTestApp();
    const { wijk } = await seed(app);
    // Bergpolder is 3038; the Huisartsenpraktijk and the Bibliotheek (3036) work in it but lie in the Oude Noorden.
    ok(await app.api.neighbourhood.update({ id: wijk.id, patch: { postcodeAreas: ['3038'] } }));
    const outside = cyclingOrder(ok(await app.api.visits.due({ today: testToday, neighbourhoodId: wijk.id })));
    expect(outside.map((visit) => `${visit.outsideWijk ? 'buiten ' : ''}${visit.postcode ?? '-'} ${visit.address}`)).toEqual(['3038 AA Abraham Kuyperlaan 5', '3038 GA Gordelweg 8', '- Stadhoudersweg 10', 'buiten 3036 BC Bergweg 40', 'buiten 3036 BD Bergweg 120']);
    ok(await app.api.neighbourhood.update({ id: wijk.id, patch: { postcodeAreas: [] } }));
    const round = cyclingOrder(ok(await app.api.visits.due({ today: testToday, neighbourhoodId: wijk.id })));
    expect(round.map((visit) => `${visit.postcode ?? '-'} ${visit.address}`)).toEqual(['3036 BC Bergweg 40', '3036 BD Bergweg 120', '3038 AA Abraham Kuyperlaan 5', '3038 GA Gordelweg 8', '- Stadhoudersweg 10']);
  });
});
