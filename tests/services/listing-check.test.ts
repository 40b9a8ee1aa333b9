// Freshness as a workflow, on real SQLite: which listings are due for a
// check, the message asking an organisation to confirm its listing, and
// its answer recorded in one undoable step.
import { describe, expect, it } from 'vitest';
import { checkAge, checkRequestText, listingsToCheck } from '../../shared/offers/check-request';
import { loadNetworkData } from '../../shared/network/network-data';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp, testToday } from '../support/temp-database';

describe('checking the sociale kaart', () => {
  it('lists the organisations due for a check, writes the request, and records "klopt" for it and its offers in one undoable step', async () => {
    const app = await openTestApp();
    const bieb = ok(await app.api.organisation.create({ name: 'Bibliotheek Noord', kindId: 'kind-bibliotheek', verifiedOn: '2026-10-01' }));
    const buurthuis = ok(await app.api.organisation.create({ name: 'Buurthuis De Banier', kindId: 'kind-welzijn', verifiedOn: '2026-10-01' }));
    const oud = ok(await app.api.organisation.create({ name: 'Wijkkrant Noord', kindId: 'kind-cultuur', verifiedOn: null }));
    ok(await app.api.offer.create({ organisationId: bieb.id, title: 'Voorlezen', verifiedOn: '2026-09-01' }));
    const stale = ok(await app.api.offer.create({ organisationId: buurthuis.id, title: 'Inloop', verifiedOn: '2025-06-01', sessions: [{ weekdays: ['di'], startsAt: '10:00', endsAt: '12:00', frequency: 'wekelijks' }], cost: 'gratis' }));
    const { person } = ok(await app.api.person.createAtOrganisation({ person: { name: 'Femke de Wit', phones: [{ number: '06-12121212', label: 'mobiel' }], notes: 'Houdt niet van bellen.' }, organisationId: buurthuis.id, role: 'opbouwwerker' }));
    ok(await app.api.offer.update({ id: stale.id, patch: { contactPersonId: person.id } }));

    const data = await loadNetworkData(app.api);
    // Never checked first, then the one with an offer past a year; the library is fresh.
    expect(listingsToCheck(data, testToday).map(({ organisation, staleOffers }) => [organisation.name, staleOffers.map((offer) => offer.title)])).toEqual([
      ['Wijkkrant Noord', []],
      ['Buurthuis De Banier', ['Inloop']],
    ]);
    expect([checkAge(null, testToday), checkAge('2026-10-01', testToday), checkAge('2026-03-01', testToday), checkAge('2025-06-01', testToday)].map((age) => age.tone)).toEqual(['stale', 'recent', 'aging', 'stale']);
    const request = checkRequestText(data, buurthuis.id);
    expect(request.subject).toBe('Klopt dit nog? Buurthuis De Banier op de sociale kaart');
    expect(request.body).toContain('- Inloop (dinsdag 10:00-12:00; gratis; contact: Femke de Wit)');
    expect(request.body).toContain('- Femke de Wit, opbouwwerker, 06-12121212');
    // Nothing of the broker's own.
    expect(request.body).not.toContain('Houdt niet van bellen');

    const before = await snapshot(app.network.db, { dataOnly: true });
    const checked = ok(await app.api.organisation.recordCheck({ organisationId: buurthuis.id, checkedOn: testToday, outcome: 'klopt' }));
    expect(checked.offers).toBe(1);
    expect(ok(await app.api.organisation.get({ id: buurthuis.id })).verifiedOn).toBe(testToday);
    expect(ok(await app.api.offer.get({ id: stale.id })).verifiedOn).toBe(testToday);
    expect(ok(await app.api.logEntry.get({ id: checked.logEntryId }))).toMatchObject({ kind: 'mail', organisationIds: [buurthuis.id], note: 'Sociale kaart gecontroleerd: klopt.' });
    expect(listingsToCheck(await loadNetworkData(app.api), testToday).map(({ organisation }) => organisation.name)).toEqual(['Wijkkrant Noord']);
    ok(await app.api.changes.undo({}));
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
    expect(await app.api.organisation.recordCheck({ organisationId: oud.id, checkedOn: testToday, outcome: 'misschien' as 'klopt' })).toMatchObject({ ok: false, error: { fields: { outcome: 'Kies "klopt" of "aangepast".' } } });
  });
});
