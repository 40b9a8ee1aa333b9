import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { allRows, closeSqlite3, openSqlite3 } from '../../electron/database/open-sqlite3';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { snapshot } from '../support/snapshot';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const sheet = new TextEncoder().encode(['Organisatie;Contactpersoon;Telefoon', ...Array.from({ length: 300 }, (_, index) => `Organisatie ${index};Persoon ${index};06-${String(20000000 + index)}`)].join('\n'));

describe('imports side by side', () => {
  it('two imports of one file at once (two connections, as the CLI beside browser mode): the second recognises what the first added', async () => {
    const network = await openTempDatabase();
    // A second connection to the same file, as a second process has.
    const other = await openDatabase(network.file);
    try {
      const [first, second] = await Promise.all([
        importSpreadsheet(appFor(network).context, sheet, { source: 'kaart.csv', dryRun: false }),
        importSpreadsheet(appFor(other).context, sheet, { source: 'kaart.csv', dryRun: false }),
      ]);
      const created = [first, second].map((report) => report.plan.organisations.length).sort();
      expect(created).toEqual([0, 300]);
      expect([first, second].map((report) => report.plan.existingOrganisations.length).sort()).toEqual([0, 300]);
      expect(ok(await appFor(network).api.organisation.list({}))).toHaveLength(300);
      // People are never merged by an import, only reported (as when the file is read in twice in a row).
      expect([first, second].map((report) => report.plan.duplicateCandidates.filter((pair) => pair.kind === 'person').length).sort((a, b) => a - b)).toEqual([0, 300]);
    } finally {
      await other.close();
    }
  }, 30_000);

  it('a save while another program holds the write lock gets a Dutch message, not "Er ging iets mis", and changes nothing', async () => {
    const network = await openTempDatabase();
    const { api } = appFor(network);
    const before = await snapshot(network.db);
    const writer = await openSqlite3(network.file);
    await allRows(writer, 'begin immediate');
    try {
      const saved = await api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn' });
      expect(saved.ok ? '' : saved.error.message).toBe('Spinweb is elders nog bezig met schrijven (bijvoorbeeld een grote import); er is niets gewijzigd. Probeer het over een ogenblik opnieuw.');
    } finally {
      await allRows(writer, 'rollback');
      await closeSqlite3(writer);
    }
    expect(await snapshot(network.db)).toBe(before);
    ok(await api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn' }));
  }, 30_000);
});
