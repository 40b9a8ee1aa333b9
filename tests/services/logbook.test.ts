import { describe, expect, it } from 'vitest';
import { ok, openTestApp } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

async function seed(app: Awaited<ReturnType<typeof openTestApp>>) {
  const oudeNoorden = ok(await app.api.neighbourhood.create({ name: 'Oude Noorden' }));
  const buurtwerk = ok(await app.api.organisation.create({ name: 'Stichting Buurtwerk Noord', kindId: 'kind-welzijn', neighbourhoodIds: [oudeNoorden.id] }));
  const bieb = ok(await app.api.organisation.create({ name: 'Bibliotheek Oude Noorden', kindId: 'kind-bibliotheek' }));
  const femke = ok(await app.api.person.createAtOrganisation({ person: { name: 'Femke de Wit', brokerWarmth: 'koud' }, organisationId: buurtwerk.id, role: 'opbouwwerker' })).person;
  const taalcafe = ok(await app.api.offer.create({ organisationId: bieb.id, title: 'Taalcafé', verifiedOn: '2024-01-01' }));
  return { buurtwerk, bieb, femke, taalcafe, oudeNoorden };
}

describe('the logbook', () => {
  it('records a round as one change: new people, entries, an introduction, warmer contact, offers learned', async () => {
    const app = await openTestApp();
    const { buurtwerk, bieb, femke, taalcafe, oudeNoorden } = await seed(app);
    const newPerson = { id: 'p-nieuw-1', name: 'Said Benali', mobile: '06-11223344', email: null, organisationId: bieb.id, role: 'programmamaker' };
    const outcome = ok(
      await app.api.logbook.record({
        newOrganisations: [],
        newPersons: [newPerson],
        entries: [
          {
            occurredOn: '2026-11-20', kind: 'fietsronde', personIds: [femke.id], organisationIds: [buurtwerk.id], note: 'Zoeken vrijwilligers.', followUpOn: '2026-12-01',
            ties: [], warmerPersonIds: [femke.id], offers: [{ offerId: null, organisationId: buurtwerk.id, title: 'Maatjesproject', description: '', themeIds: ['theme-ontmoeting'], access: 'aanmelden' }],
          },
          {
            occurredOn: '2026-11-20', kind: 'fietsronde', personIds: ['p-nieuw-1'], organisationIds: [bieb.id], note: 'Kennisgemaakt.', followUpOn: null,
            ties: [{ from: { kind: 'person', id: 'p-nieuw-1' }, to: { kind: 'person', id: femke.id }, kind: 'geintroduceerd', warmth: 'lauw' }],
            warmerPersonIds: [], offers: [{ offerId: taalcafe.id, organisationId: bieb.id, title: 'Taalcafé', description: 'Elke woensdag.', themeIds: [], access: 'vrije_inloop' }],
          },
        ],
      }),
    );
    expect(outcome.entryIds).toHaveLength(2);
    const entries = ok(await app.api.logEntry.list({}));
    expect(entries.map((entry) => entry.note).sort()).toEqual(['Kennisgemaakt.', 'Zoeken vrijwilligers.']);
    const tie = ok(await app.api.tie.get({ id: outcome.tieIds[0]! }));
    expect(tie).toMatchObject({ kind: 'geintroduceerd', since: '2026-11-20', sourceLogEntryId: outcome.entryIds[1] });
    expect(entries.find((entry) => entry.id === outcome.entryIds[1])!.tieIds).toEqual([tie.id]);
    expect(ok(await app.api.person.get({ id: femke.id })).brokerWarmth).toBe('lauw');
    expect(ok(await app.api.person.get({ id: 'p-nieuw-1' })).phones).toEqual([{ number: '+31611223344', label: 'mobiel' }]);
    const offers = ok(await app.api.offer.list({}));
    expect(offers.find((offer) => offer.id === taalcafe.id)).toMatchObject({ verifiedOn: '2026-11-20', description: '' });
    // Learned on the round, it serves the organisation's neighbourhood: so it counts in the gap and overlap analysis.
    expect(offers.find((offer) => offer.title === 'Maatjesproject')).toMatchObject({ organisationId: buurtwerk.id, verifiedOn: '2026-11-20', neighbourhoodIds: [oudeNoorden.id] });

    const log = ok(await app.api.changes.list({ limit: 1 }));
    expect(log[0]!.summary).toBe('Ronde van 20 november 2026: 2 contacten');
  });

  it('undoes a whole round in one step', async () => {
    const app = await openTestApp();
    const { buurtwerk, femke } = await seed(app);
    const before = await snapshot(app.network.db);
    ok(await app.api.logbook.record({ newOrganisations: [{ id: 'o-nieuw', name: 'Buurttuin De Pluk', kindId: 'kind-bewonersinitiatief' }], newPersons: [], entries: [{ occurredOn: '2026-11-21', kind: 'telefoon', personIds: [femke.id], organisationIds: [buurtwerk.id, 'o-nieuw'], note: '', followUpOn: null, ties: [{ from: { kind: 'organisation', id: 'o-nieuw' }, to: { kind: 'organisation', id: buurtwerk.id }, kind: 'werkt_samen', warmth: 'warm' }], warmerPersonIds: [femke.id], offers: [] }] }));
    ok(await app.api.changes.undo({}));
    const after = JSON.parse(await snapshot(app.network.db)) as { tables: Record<string, unknown[]> };
    const expected = JSON.parse(before) as { tables: Record<string, unknown[]> };
    for (const table of Object.keys(expected.tables).filter((name) => name !== 'change_set' && name !== 'change')) expect(after.tables[table], table).toEqual(expected.tables[table]);
  });

  it('strengthens a known tie instead of adding a second one, and never cools it', async () => {
    const app = await openTestApp();
    const { bieb, femke } = await seed(app);
    const said = ok(await app.api.person.create({ name: 'Said Benali' }));
    const known = ok(await app.api.tie.create({ from: { kind: 'person', id: femke.id }, to: { kind: 'person', id: said.id }, kind: 'kent', warmth: 'lauw' }));
    const entry = (warmth: 'koud' | 'warm') => ({ occurredOn: '2026-11-22', kind: 'app' as const, personIds: [said.id], organisationIds: [bieb.id], note: '', followUpOn: null, ties: [{ from: { kind: 'person' as const, id: said.id }, to: { kind: 'person' as const, id: femke.id }, kind: 'kent' as const, warmth }], warmerPersonIds: [], offers: [] });
    ok(await app.api.logbook.record({ newOrganisations: [], newPersons: [], entries: [entry('warm')] }));
    ok(await app.api.logbook.record({ newOrganisations: [], newPersons: [], entries: [entry('koud')] }));
    const ties = ok(await app.api.tie.list({}));
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ id: known.id, warmth: 'warm' });
  });

  it('rejects a bad round completely, naming the problem', async () => {
    const app = await openTestApp();
    const { femke } = await seed(app);
    const before = await snapshot(app.network.db);
    const bad = await app.api.logbook.record({ newOrganisations: [], newPersons: [{ id: 'p-x', name: 'Nieuw', mobile: '12345', email: null, organisationId: null, role: '' }], entries: [{ occurredOn: '2026-11-22', kind: 'telefoon', personIds: [femke.id], organisationIds: [], note: '', followUpOn: null, ties: [], warmerPersonIds: [], offers: [] }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'newPersons.0.mobile: Ongeldig telefoonnummer: "12345".' } });
    const unknownPerson = await app.api.logbook.record({ newOrganisations: [], newPersons: [], entries: [{ occurredOn: '2026-11-22', kind: 'telefoon', personIds: ['ghost'], organisationIds: [], note: '', followUpOn: null, ties: [], warmerPersonIds: [], offers: [] }] });
    expect(unknownPerson).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'personIds: onbekende contactpersoon "ghost".' } });
    expect(await app.api.logbook.record({ newOrganisations: [], newPersons: [], entries: [] })).toMatchObject({ ok: false, error: { message: 'entries: Leg minstens één contact vast.' } });
    expect(await snapshot(app.network.db)).toBe(before);
  });
});
