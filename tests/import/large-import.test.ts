import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { sheetOf } from '../support/sheets';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

describe('a city-sized import', () => {
  it('reads 50,000 rows into a network that already holds the demo, every record, and one undo takes them back', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const before = ok(await app.api.network.stats({}));
    const result = ok(await app.api.importFile.apply({ fileName: 'stad.csv', contentBase64: Buffer.from(sheetOf(50_000), 'utf8').toString('base64') }));
    // Three people per organisation, each with an offer; the wijk is the demo's own Oude Noorden.
    expect(result.created).toMatchObject({ organisations: 16_667, persons: 50_000, affiliations: 50_000, offers: 50_000 });
    const after = ok(await app.api.network.stats({}));
    expect(after.persons.active - before.persons.active).toBe(50_000);
    expect(after.organisations.active - before.organisations.active).toBe(16_667);
    // One undo takes it all back, in batches (one row at a time it took more than two minutes).
    ok(await app.api.changes.undo({}));
    const undone = ok(await app.api.network.stats({}));
    expect({ ...undone, changeSets: before.changeSets }).toEqual(before);
  }, 120_000);
});
