import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

describe('changes.since: what the screens refresh after a change, an undo, or a change elsewhere', () => {
  it('names the kinds of records written after a change set, the link tables counted as their owner', async () => {
    const network = await openTempDatabase();
    const { api } = appFor(network);
    const start = ok(await api.changes.since({ afterId: null }));
    expect(start.kinds).toEqual([]);

    const organisation = ok(await api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn', neighbourhoodIds: [] }));
    const afterOrganisation = ok(await api.changes.since({ afterId: start.lastId }));
    expect(afterOrganisation).toEqual({ lastId: start.lastId + 1, kinds: ['organisation'] });

    const offer = ok(await api.offer.create({ organisationId: organisation.id, title: 'Taalcafé', themeIds: ['theme-cultuur'] }));
    const casus = ok(await api.casus.create({ code: 'C-2026-001', openedOn: '2026-11-02', referrerTypeId: 'referrer-huisarts', needIds: [] }));
    expect(ok(await api.changes.since({ afterId: afterOrganisation.lastId })).kinds).toEqual(['casus', 'offer']);

    // An undo is a change set too: the casus screens refresh, the network does not need to.
    const beforeUndo = ok(await api.changes.since({ afterId: null })).lastId;
    ok(await api.changes.undo({}));
    expect(ok(await api.changes.since({ afterId: beforeUndo }))).toEqual({ lastId: beforeUndo + 1, kinds: ['casus'] });
    expect(ok(await api.casus.list({ includeArchived: true })).map((record) => record.id)).not.toContain(casus.id);
    expect(offer.title).toBe('Taalcafé');

    // Nothing new: nothing to refresh.
    expect(ok(await api.changes.since({ afterId: beforeUndo + 1 }))).toEqual({ lastId: beforeUndo + 1, kinds: [] });
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

  it('refuses an id that is not a change set number, in Dutch', async () => {
    const { api } = appFor(await openTempDatabase());
    const refused = await api.changes.since({ afterId: -1 } as never);
    expect(refused.ok ? '' : refused.error.code).toBe('INVALID_INPUT');
  });
});
