import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { appFor, ok, openTempDatabase, testToday } from '../support/temp-database';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { patchNetworkData, type NetworkData } from '../../shared/network/network-data';

describe('changes.since: what the screens refresh after a change, an undo, or a change elsewhere', () => {
  it('names the kinds of records written after a change set, the link tables counted as their owner', async () => {
    const network = await openTempDatabase();
    const { api } = appFor(network);
    const start = ok(await api.changes.since({ afterId: null }));
    expect(start.kinds).toEqual([]);

    const organisation = ok(await api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn', neighbourhoodIds: [] }));
    const afterOrganisation = ok(await api.changes.since({ afterId: start.lastId }));
    expect(afterOrganisation).toEqual({ lastId: start.lastId + 1, kinds: ['organisation'], network: { changed: { organisations: [organisation] }, removed: { organisations: [] } } });

    const offer = ok(await api.offer.create({ organisationId: organisation.id, title: 'Taalcafé', themeIds: ['theme-cultuur'] }));
    const casus = ok(await api.casus.create({ code: 'C-2026-001', openedOn: '2026-11-02', referrerTypeId: 'referrer-huisarts', needIds: [] }));
    expect(ok(await api.changes.since({ afterId: afterOrganisation.lastId })).kinds).toEqual(['casus', 'offer']);

    // An undo is a change set too: the casus screens refresh, the network does not need to.
    const beforeUndo = ok(await api.changes.since({ afterId: null })).lastId;
    ok(await api.changes.undo({}));
    expect(ok(await api.changes.since({ afterId: beforeUndo }))).toEqual({ lastId: beforeUndo + 1, kinds: ['casus'], network: { changed: {}, removed: {} } });
    expect(ok(await api.casus.list({ includeArchived: true })).map((record) => record.id)).not.toContain(casus.id);
    expect(offer.title).toBe('Taalcafé');

    // Nothing new: nothing to refresh.
    expect(ok(await api.changes.since({ afterId: beforeUndo + 1 }))).toEqual({ lastId: beforeUndo + 1, kinds: [], network: { changed: {}, removed: {} } });
  });

  it('sees what another program wrote in the same file (the command line beside the app)', async () => {
    const network = await openTempDatabase();
    const { api } = appFor(network);
    const { lastId } = ok(await api.changes.since({ afterId: null }));
    const other = await openDatabase(network.file);
    try {
      ok(await appFor(other).api.person.create({ name: 'Karima de Boer', phones: [] }));
    } finally {
      await other.close();
    }
    expect(ok(await api.changes.since({ afterId: lastId })).kinds).toEqual(['person']);
  });

  it('brings the changed network records along, so the loaded network patched with them is the network loaded again', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: testToday });
    const { api } = appFor(network);
    let loaded = ok(await api.network.load({}));
    let { lastId } = ok(await api.changes.since({ afterId: null }));
    const sorted = (data: NetworkData) => Object.fromEntries(Object.entries(data).map(([key, records]) => [key, [...(records as { id: string }[])].sort((left, right) => left.id.localeCompare(right.id))]));
    const follow = async () => {
      const since = ok(await api.changes.since({ afterId: lastId }));
      lastId = since.lastId;
      expect(since.network).not.toBeNull();
      loaded = patchNetworkData(loaded, since.network!);
      expect(sorted(loaded)).toEqual(sorted(ok(await api.network.load({}))));
    };
    const library = loaded.organisations.find((organisation) => organisation.name === 'Bibliotheek Oude Noorden')!;
    const someone = loaded.persons.find((person) => person.archivedAt === null)!;
    // A round with a new person, a new organisation, an introduction and an offer: records of six kinds in one change.
    const [organisationId, personId] = ['8b0f3a52-6c1e-4d3b-9a43-5f0e2a9d1c01', '8b0f3a52-6c1e-4d3b-9a43-5f0e2a9d1c02'];
    ok(
      await api.logbook.record({
        newOrganisations: [{ id: organisationId, name: 'Buurthuis De Ster', kindId: 'kind-welzijn' }],
        newPersons: [{ id: personId, name: 'Fenna Nieuwland', mobile: '06-55554444', email: null, organisationId, role: 'coördinator' }],
        entries: [
          {
            occurredOn: testToday,
            kind: 'fietsronde',
            personIds: [someone.id, personId],
            organisationIds: [library.id, organisationId],
            note: 'Langs geweest',
            followUpOn: null,
            ties: [{ from: { kind: 'organisation', id: library.id }, to: { kind: 'person', id: personId }, kind: 'geintroduceerd', warmth: 'lauw' }],
            warmerPersonIds: [someone.id],
            offers: [{ offerId: null, organisationId: library.id, title: 'Voorleesochtend', description: '', themeIds: [], access: 'vrije_inloop' }],
          },
        ],
      }),
    );
    await follow();
    ok(await api.organisation.update({ id: library.id, patch: { neighbourhoodIds: [] } }));
    await follow();
    ok(await api.person.archive({ id: someone.id }));
    await follow();
    // An undo of a create: the records are gone, and go from the patched network too.
    ok(await api.changes.undo({}));
    ok(await api.changes.undo({}));
    ok(await api.changes.undo({}));
    await follow();
    expect(loaded.organisations.some((organisation) => organisation.name === 'Buurthuis De Ster')).toBe(false);

    // Too much to patch (a whole network written at once): the screens load it again.
    const other = await openTempDatabase();
    const { lastId: empty } = ok(await appFor(other).api.changes.since({ afterId: null }));
    await buildDemoNetwork(other.db, { seed: 2027, today: testToday });
    const large = ok(await appFor(other).api.changes.since({ afterId: empty }));
    expect(large.network).toBeNull();
    expect(large.kinds).toContain('organisation');
  });

  it('refuses an id that is not a change set number, in Dutch', async () => {
    const { api } = appFor(await openTempDatabase());
    const refused = await api.changes.since({ afterId: -1 });
    expect(refused.ok ? '' : refused.error.code).toBe('INVALID_INPUT');
  });
});
