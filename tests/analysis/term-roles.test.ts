import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { ok, openTestApp, testToday } from '../support/temp-database';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('list values the logic relies on, by role and not by seeded id', () => {
  it('imports organisations under the kind with the role "onbekende soort", whatever the broker called it or moved the role to', async () => {
    const app = await openTestApp();
    ok(await app.api.taxonomyTerm.update({ id: 'kind-overig', patch: { label: 'nog te sorteren' } }));
    await importSpreadsheet(app.context, utf8('Organisatie\nStichting De Ster\n'), { source: 'kaart.csv', dryRun: false });
    const kinds = async () => ok(await app.api.organisation.list({})).map((organisation) => [organisation.name, organisation.kindId]);
    expect(await kinds()).toEqual([['Stichting De Ster', 'kind-overig']]);

    // The role moves to a kind of her own; the shipped one is archived.
    const own = ok(await app.api.taxonomyTerm.create({ taxonomy: 'organisation_kind', label: 'nog uitzoeken', roles: ['onbekende_soort'] }));
    ok(await app.api.taxonomyTerm.update({ id: 'kind-overig', patch: { roles: [] } }));
    ok(await app.api.taxonomyTerm.archive({ id: 'kind-overig' }));
    await importSpreadsheet(app.context, utf8('Organisatie\nTaalcafé Noord\n'), { source: 'kaart2.csv', dryRun: false });
    expect(await kinds()).toEqual([
      ['Stichting De Ster', 'kind-overig'],
      ['Taalcafé Noord', own.id],
    ]);
  });

  it('finds daytime-only offers for a target group she made herself and gave the role "kan overdag meestal niet"', async () => {
    const app = await openTestApp();
    const pupils = ok(await app.api.taxonomyTerm.create({ taxonomy: 'target_group', label: 'scholieren', roles: ['niet_overdag'] }));
    const library = ok(await app.api.organisation.create({ name: 'Bibliotheek Oude Noorden', kindId: 'kind-bibliotheek' }));
    const offer = ok(await app.api.offer.create({ organisationId: library.id, title: 'Huiswerkklas', targetGroupIds: [pupils.id, 'target-ouderen'], timesOfDay: ['ochtend'] }));
    expect(ok(await app.api.network.analyse({ today: testToday })).daytimeOnly).toEqual([{ offerId: offer.id, targetGroupId: pupils.id }]);
  });
});
