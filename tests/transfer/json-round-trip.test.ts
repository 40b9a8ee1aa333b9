import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';
import { importNetwork, parseNetworkFile } from '../../electron/transfer/import-network';
import { appFor, ok, openTempDatabase, openTestApp, tempDir } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

describe('JSON export and import of a whole network', () => {
  it('round-trips losslessly: export, import into an empty file, export again gives the same bytes', async () => {
    const app = await openTestApp();
    await buildDemoNetwork(app.network.db, { seed: 11, today: '2026-11-23' });
    // History beyond the demo: an edit and an undo.
    const [first] = ok(await app.api.organisation.list({}));
    ok(await app.api.organisation.update({ id: first!.id, patch: { description: 'Bijgewerkt na de fietsronde' } }));
    ok(await app.api.person.create({ name: 'Latifa Ziani', phones: [{ number: '0612345678', label: 'mobiel' }] }));
    ok(await app.api.changes.undo({}));

    const exported = serialiseNetwork(await exportNetwork(app.network.db));
    const target = await openTempDatabase();
    await importNetwork(target.db, parseNetworkFile(exported));
    const reExported = serialiseNetwork(await exportNetwork(target.db));
    expect(reExported).toBe(exported);
    // The demo's meeting in steps travels in the file: its views and the presentation in their order.
    const presentations = ok(await appFor(target).api.presentation.list({}));
    expect(presentations.map((presentation) => [presentation.title, presentation.mapViewIds.length])).toEqual([['Wijknetwerk Oude Noorden', 4]]);
    expect(ok(await appFor(target).api.mapView.list({})).map((view) => view.title)).toContain('Wie doet hetzelfde zonder elkaar te kennen?');

    // The imported copy is a working network: its history can be undone further.
    const undone = ok(await appFor(target).api.changes.undo({}));
    expect(undone.undone.summary).toBe(`Organisatie '${first!.name}' gewijzigd`);
  });

  it('refuses to import into a database that already holds a network, changing nothing', async () => {
    const app = await openTestApp();
    ok(await app.api.organisation.create({ name: 'Bestaande organisatie', kindId: 'kind-welzijn' }));
    const source = await openTempDatabase();
    const file = parseNetworkFile(serialiseNetwork(await exportNetwork(source.db)));
    const before = await snapshot(app.network.db);
    await expect(importNetwork(app.network.db, file)).rejects.toThrow(/niet leeg/);
    expect(await snapshot(app.network.db)).toBe(before);
  });

  const malformed: [string, (text: string) => string, RegExp][] = [
    ['not JSON at all', () => 'dit is geen json', /geen geldige JSON/],
    ['another format', (text) => text.replace('"spinweb-network"', '"iets-anders"'), /geen Spinweb-netwerkbestand/],
    ['a newer schema', (text) => text.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'), /schemaversie 99/],
    ['an unknown table', (text) => text.replace('"tables": {', '"tables": {\n "hackers": [],'), /hackers/],
  ];

  it.each(malformed)('rejects %s with a clear message', async (_label, corrupt, message) => {
    const source = await openTempDatabase();
    const text = corrupt(serialiseNetwork(await exportNetwork(source.db)));
    expect(() => parseNetworkFile(text)).toThrow(message);
  });

  it('rejects rows that break the schema and leaves the target exactly as it was', async () => {
    const app = await openTestApp();
    await buildDemoNetwork(app.network.db, { seed: 3, today: '2026-11-23' });
    const file = await exportNetwork(app.network.db);
    const target = await openTempDatabase();
    const before = await snapshot(target.db);

    const danglingReference = structuredClone(file);
    danglingReference.tables.affiliation![0]!.person_id = 'someone-who-does-not-exist';
    await expect(importNetwork(target.db, danglingReference)).rejects.toThrow(/verwijst naar ontbrekende gegevens/);
    expect(await snapshot(target.db)).toBe(before);

    const unknownColumn = structuredClone(file);
    unknownColumn.tables.person![0]!.bsn = '123456782';
    await expect(importNetwork(target.db, unknownColumn)).rejects.toThrow(/onbekende kolom bsn/);
    expect(await snapshot(target.db)).toBe(before);

    const wrongType = structuredClone(file);
    wrongType.tables.offer![0]!.is_free = 'ja';
    await expect(importNetwork(target.db, wrongType)).rejects.toThrow(/Tabel offer kan niet worden ingelezen/);
    expect(await snapshot(target.db)).toBe(before);

    // Valid for SQLite, wrong for the app: phones that are not a list broke search, export and analyse after import.
    const notAList = structuredClone(file);
    const person = notAList.tables.person![0]!;
    person.phones = '{"not":"an array"}';
    await expect(importNetwork(target.db, notAList)).rejects.toThrow(new RegExp(`^Het netwerkbestand klopt niet; er is niets ingelezen\\. Contactpersoon ${person.id}: phones: `));
    expect(await snapshot(target.db)).toBe(before);
    const badWarmth = structuredClone(file);
    badWarmth.tables.tie![0]!.warmth = 'gloeiend';
    await expect(importNetwork(target.db, badWarmth)).rejects.toThrow(/Verbinding .*: warmth: /);
    expect(await snapshot(target.db)).toBe(before);
  });

  it('writes and reads files through the CLI-facing helpers unchanged', async () => {
    const source = await openTempDatabase();
    const path = join(tempDir(), 'network.json');
    writeFileSync(path, serialiseNetwork(await exportNetwork(source.db)));
    expect(parseNetworkFile(readFileSync(path, 'utf8')).tables.taxonomy_term.length).toBeGreaterThan(60);
  });
});
