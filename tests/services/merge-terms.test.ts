// Merging two list values or two wijken on real SQLite: every use moves to
// the one kept (offers, organisations, casussen, meetings, uitvragen, child
// values), nothing is counted twice, the other is archived, and one undo
// gives back exactly what was there.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/normalise/name';
import { loadNetworkData } from '../../shared/network/network-data';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp } from '../support/temp-database';

describe('merging list values and wijken', () => {
  it('starts from default lists without a value twice in case or accents (zingeving as life domain and as PG dimension are two lists)', async () => {
    const app = await openTestApp();
    const terms = ok(await app.api.taxonomyTerm.list({}));
    const keys = terms.map((term) => `${term.taxonomy}:${foldText(term.label)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(terms.filter((term) => foldText(term.label) === 'zingeving').map((term) => term.taxonomy).sort()).toEqual(['life_domain', 'pg_dimension']);
  });

  it('moves every use of a theme to the one kept, without doubles, and undoes exactly', async () => {
    const app = await openTestApp();
    // The variant as an import made it, beside the shipped "ontmoeting".
    const variant = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'Ontmoeting' }));
    const child = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'koffieochtenden', parentId: variant.id }));
    const buurthuis = ok(await app.api.organisation.create({ name: 'Buurthuis', kindId: 'kind-welzijn' }));
    const both = ok(await app.api.offer.create({ organisationId: buurthuis.id, title: 'Inloop', themeIds: ['theme-ontmoeting', variant.id, 'theme-bewegen'] }));
    const only = ok(await app.api.offer.create({ organisationId: buurthuis.id, title: 'Koffie', themeIds: [variant.id] }));
    const casus = ok(await app.api.casus.create({ code: 'C-2026-001', openedOn: '2026-11-01', referrerTypeId: 'referrer-huisarts', needIds: [variant.id, 'domain-wonen'] }));
    const meeting = ok(await app.api.meeting.create({ kind: 'themabijeenkomst', heldOn: '2026-12-10', themeId: variant.id }));
    const request = ok(await app.api.request.create({ question: 'Wie heeft een ontmoetingsplek?', askedOn: '2026-11-20', themeId: variant.id, organisationIds: [buurthuis.id] }));
    const before = await snapshot(app.network.db, { dataOnly: true });

    const preview = ok(await app.api.network.mergeMoves({ kind: 'taxonomyTerm', keepId: 'theme-ontmoeting', dropId: variant.id }));
    const outcome = ok(await app.api.network.merge({ kind: 'taxonomyTerm', keepId: 'theme-ontmoeting', dropId: variant.id }));
    expect(outcome.moved).toEqual(preview);
    expect(outcome.moved).toEqual({ offers: 2, casussen: 1, meetings: 1, requests: 1, taxonomyTerms: 1 });
    const data = await loadNetworkData(app.api);
    const offer = (id: string) => data.offers.find((candidate) => candidate.id === id)!;
    // The offer that had both has it once, in its place; the theme it had besides stays.
    expect([...offer(both.id).themeIds].sort()).toEqual(['theme-bewegen', 'theme-ontmoeting']);
    expect(offer(only.id).themeIds).toEqual(['theme-ontmoeting']);
    expect(ok(await app.api.casus.get({ id: casus.id })).needIds.sort()).toEqual(['domain-wonen', 'theme-ontmoeting']);
    expect(data.meetings.find((candidate) => candidate.id === meeting.id)!.themeId).toBe('theme-ontmoeting');
    expect(data.requests.find((candidate) => candidate.id === request.id)!.themeId).toBe('theme-ontmoeting');
    expect(data.terms.find((term) => term.id === child.id)!.parentId).toBe('theme-ontmoeting');
    expect(data.terms.find((term) => term.id === variant.id)!.archivedAt).not.toBeNull();

    ok(await app.api.changes.undo({}));
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
  });

  it('refuses values of two lists, and merges a wijk with its postcode areas, changing nothing when refused', async () => {
    const app = await openTestApp();
    const before = await snapshot(app.network.db, { dataOnly: true });
    const refused = await app.api.network.merge({ kind: 'taxonomyTerm', keepId: 'pg-zingeving', dropId: 'domain-zingeving' });
    expect(refused).toMatchObject({ ok: false, error: { message: "'zingeving' en 'Zingeving' staan in verschillende lijsten; alleen waarden uit dezelfde lijst kunnen samen." } });
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);

    // Merging into an archived value is refused; under a kept value with a parent, the children stand beside it (two levels, as the lists show).
    const parent = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'gezondheid' }));
    const keep = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'sport en spel', parentId: parent.id }));
    const sport = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'sport' }));
    const voetbal = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'voetbal', parentId: sport.id }));
    ok(await app.api.network.merge({ kind: 'taxonomyTerm', keepId: keep.id, dropId: sport.id }));
    expect(ok(await app.api.taxonomyTerm.get({ id: voetbal.id })).parentId).toBe(parent.id);
    ok(await app.api.taxonomyTerm.archive({ id: keep.id }));
    expect(await app.api.network.merge({ kind: 'taxonomyTerm', keepId: keep.id, dropId: voetbal.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const noord = ok(await app.api.neighbourhood.create({ name: 'Oude Noorden', postcodeAreas: ['3035'] }));
    const typo = ok(await app.api.neighbourhood.create({ name: 'Oude Noord', postcodeAreas: ['3036'] }));
    const organisation = ok(await app.api.organisation.create({ name: 'Bibliotheek', kindId: 'kind-bibliotheek', neighbourhoodIds: [typo.id] }));
    ok(await app.api.network.merge({ kind: 'neighbourhood', keepId: noord.id, dropId: typo.id }));
    expect(ok(await app.api.organisation.get({ id: organisation.id })).neighbourhoodIds).toEqual([noord.id]);
    expect(ok(await app.api.neighbourhood.get({ id: noord.id })).postcodeAreas).toEqual(['3035', '3036']);
  });
});
