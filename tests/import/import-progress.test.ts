import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/contract/api';
import { describeImportProgress } from '../../shared/import/describe-progress';
import { allRows, closeSqlite3, openSqlite3 } from '../../electron/database/open-sqlite3';
import { sheetOf } from '../support/sheets';
import { snapshot } from '../support/snapshot';
import { appFor, ok, openTempDatabase, type TestApp } from '../support/temp-database';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Asks for the import's progress until `wanted` holds, as the import screen does; fails after 60 s. */
async function progressUntil(app: TestApp, wanted: (progress: ImportProgress) => boolean): Promise<ImportProgress> {
  for (let tries = 0; tries < 6_000; tries++) {
    const progress = ok(await app.api.importFile.progress({}));
    if (progress && wanted(progress)) return progress;
    await sleep(10);
  }
  throw new Error('the import never reached the expected progress');
}

describe('a running import: progress, turn, cancel', () => {
  it('reports how far it is while it writes, and nothing once it is done', async () => {
    const app = appFor(await openTempDatabase());
    expect(ok(await app.api.importFile.progress({}))).toBeNull();
    const running = app.api.importFile.apply({ fileName: 'kaart.csv', contentBase64: base64(sheetOf(12_000)) });
    const seen = await progressUntil(app, (progress) => progress.phase === 'opslaan' && progress.done > 0);
    // 4,000 organisations, 12,000 persons, affiliations and offers, one neighbourhood.
    expect(seen.total).toBe(1 + 4_000 + 12_000 + 12_000 + 12_000);
    expect(seen.done).toBeLessThan(seen.total);
    expect(describeImportProgress(seen)).toMatch(/^Import van kaart\.csv: [\d.]+ van 40\.001 records opgeslagen \(\d+%\)…$/);
    expect(ok(await running).created.persons).toBe(12_000);
    expect(ok(await app.api.importFile.progress({}))).toBeNull();
  }, 120_000);

  it('stops when asked: nothing of it is written, and the change log is as before', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    ok(await app.api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn' }));
    const before = await snapshot(network.db);
    const running = app.api.importFile.apply({ fileName: 'kaart.csv', contentBase64: base64(sheetOf(12_000)) });
    // Half-way the persons: thousands of records and their log rows are already in the open transaction.
    await progressUntil(app, (progress) => progress.done > 8_000);
    expect(ok(await app.api.importFile.cancel({}))).toEqual({ cancelled: true });
    const outcome = await running;
    expect(outcome.ok ? 'ok' : outcome.error.message).toBe('De import is afgebroken; er is niets gewijzigd.');
    expect(await snapshot(network.db)).toBe(before);
    expect(ok(await app.api.changes.list({})).map((change) => change.summary)).toEqual(["Organisatie 'Buurthuis De Ster' aangemaakt"]);
    expect(ok(await app.api.importFile.cancel({}))).toEqual({ cancelled: false });
  }, 120_000);

  it('a second import in the same window waits its turn, is shown as waiting, and then adds nothing twice', async () => {
    const app = appFor(await openTempDatabase());
    const sheet = base64(sheetOf(9_000));
    const first = app.api.importFile.apply({ fileName: 'kaart.csv', contentBase64: sheet });
    const second = app.api.importFile.apply({ fileName: 'kaart-kopie.csv', contentBase64: sheet });
    const seen = await progressUntil(app, (progress) => progress.waitingImports === 1);
    expect(describeImportProgress(seen)).toMatch(/^Import van kaart\.csv: .* Daarna wacht nog 1 import\.$/);
    const [one, two] = [ok(await first), ok(await second)];
    expect([one.created.organisations, two.created.organisations]).toEqual([3_000, 0]);
    expect(two.existingOrganisations).toHaveLength(3_000);
    expect(ok(await app.api.organisation.list({}))).toHaveLength(3_000);
  }, 120_000);

  it('waits for another program that holds the write lock longer than a save waits, instead of failing', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const other = await openSqlite3(network.file);
    await allRows(other, 'begin immediate');
    let released = false;
    try {
      const running = app.api.importFile.apply({ fileName: 'kaart.csv', contentBase64: base64(sheetOf(30)) });
      // SQLite gives up after its 5 s busy timeout; the import says it waits, and tries again.
      const seen = await progressUntil(app, (progress) => progress.phase === 'wachten');
      expect(describeImportProgress(seen)).toBe('Import van kaart.csv wacht tot een ander programma klaar is met schrijven in dit netwerk…');
      await allRows(other, 'rollback');
      released = true;
      expect(ok(await running).created.persons).toBe(30);
    } finally {
      if (!released) await allRows(other, 'rollback');
      await closeSqlite3(other);
    }
  }, 60_000);

  it('a large import is logged in batches yet undone in one step, exactly', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const before = await snapshot(network.db, { dataOnly: true });
    const imported = ok(await app.api.importFile.apply({ fileName: 'kaart.csv', contentBase64: base64(sheetOf(3_000)) }));
    const [change] = ok(await app.api.changes.list({}));
    expect(change!.summary).toBe('Import uit kaart.csv: 1.000 organisaties, 3.000 contactpersonen, 3.000 aanbod');
    const logged = await network.db.selectFrom('change').select(({ fn }) => [fn.countAll<number>().as('rows'), fn.max('seq').as('last')]).where('change_set_id', '=', imported.changeSetId!).executeTakeFirstOrThrow();
    // The neighbourhood, 1,000 organisations and their neighbourhood, 3,000 persons, affiliations, offers and offer neighbourhoods: more rows
    // than the recorder holds in memory at once (2,000), so written in several batches, numbered without gaps.
    expect(logged).toEqual({ rows: 1 + 2 * 1_000 + 4 * 3_000, last: 2 * 1_000 + 4 * 3_000 });
    ok(await app.api.changes.undo({}));
    expect(await snapshot(network.db, { dataOnly: true })).toBe(before);
  }, 120_000);
});
