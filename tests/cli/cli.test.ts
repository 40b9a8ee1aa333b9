import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import type { NetworkAnalysis } from '../../shared/analysis/analyse-network';
import { openDatabase } from '../../electron/database/open-database';
import { closeSqlite3, openSqlite3 } from '../../electron/database/open-sqlite3';
import type { NetworkStats } from '../../shared/domain/network-stats';
import { expectDemoSize } from '../support/demo-size';
import { tempDir } from '../support/temp-database';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the CLI as a user runs it (npm run cli)', () => {
  it('builds the demo, counts it and checks it', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    const run = (...args: string[]) => promisify(execFile)('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: projectRoot });
    const demo = await run('demo', '--db', db, '--today', '2026-11-23');
    expect(demo.stdout).toMatch(/^Demonetwerk aangemaakt in .*: 184 organisaties, 404 contactpersonen, 300 aanbod, 1.500 verbindingen, 204 logboekregels, 40 casussen\.$/m);
    const stats = JSON.parse((await run('stats', '--db', db, '--json')).stdout) as NetworkStats;
    expectDemoSize(stats);
    const check = await run('check', '--db', db);
    expect(check.stdout).toMatch(/in orde/);
  }, 60_000);
});

describe('CLI commands', () => {
  it('exports, imports into a new file and exports the same bytes again', async () => {
    const dir = tempDir();
    const [db, copy, first, second] = ['a.sqlite', 'b.sqlite', 'a.json', 'b.json'].map((name) => join(dir, name)) as [string, string, string, string];
    expect((await cli('demo', '--db', db, '--seed', '9', '--today', '2026-06-01')).code).toBe(0);
    expect((await cli('export', '--db', db, '--format', 'json', '--out', first)).code).toBe(0);
    const imported = await cli('import-json', '--db', copy, first);
    expect(imported).toMatchObject({ code: 0, stderr: `Nieuw, leeg netwerk aangemaakt: ${copy}` });
    expect((await cli('export', '--db', copy, '--format', 'json', '--out', second)).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  }, 30_000);

  it('makes an online backup that opens as the same network', async () => {
    const dir = tempDir();
    const db = join(dir, 'net.sqlite');
    const backup = join(dir, 'net-backup.sqlite');
    await cli('demo', '--db', db, '--today', '2026-06-01');
    expect(await cli('backup', '--db', db, '--out', backup)).toMatchObject({ code: 0 });
    const original = JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as NetworkStats;
    const restored = JSON.parse((await cli('stats', '--db', backup, '--json')).stdout) as NetworkStats;
    expect(restored).toEqual(original);
    expect((await cli('check', '--db', backup)).code).toBe(0);
    const again = await cli('backup', '--db', db, '--out', backup);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/bestaat al/);
  }, 30_000);

  it('check exits 1 on a broken reference and on a damaged file', async () => {
    const dir = tempDir();
    const db = join(dir, 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-06-01');
    const raw = await openSqlite3(db);
    await new Promise<void>((resolve, reject) =>
      raw.exec("pragma foreign_keys = off; update affiliation set person_id = 'ghost' where rowid = 1;", (error) => (error ? reject(error) : resolve())),
    );
    await closeSqlite3(raw);
    const broken = await cli('check', '--db', db, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, integrity: ['ok'], foreignKeyProblems: [{ table: 'affiliation', parent: 'person' }] });

    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    const damaged = await cli('check', '--db', garbage);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(/PROBLEMEN GEVONDEN/);
    expect(readFileSync(garbage).equals(Buffer.alloc(8192, 7))).toBe(true);
  }, 30_000);

  it.each([
    [['stats'], /De optie --db ontbreekt/],
    [['stats', '--db'], /argument missing/],
    [['stats', '--db', '/nonexistent/net.sqlite'], /Bestand niet gevonden/],
    [['export', '--db', 'x.sqlite', '--format', 'xml', '--out', 'y'], /Onbekend formaat "xml"; kies json, csv, xlsx of vcard\./],
    [['demo', '--db', 'x.sqlite', '--seed', 'abc'], /--seed moet een geheel getal zijn/],
    [['demo', '--db', 'x.sqlite', '--today', 'gisteren'], /--today moet een datum zijn/],
    [['stats', '--db', 'x.sqlite', '--verbose'], /Unknown option '--verbose'/],
    [['frobnicate'], /Onbekende opdracht "frobnicate"/],
    [[], /Gebruik: npm run cli/],
  ])('refuses %j with exit code 2 and a clear message', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a bad import file with exit code 1, creating no database', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "spinweb-network", "schemaVersion": 2, "tables": {"organisation": "nee"}}');
    const db = join(dir, 'target.sqlite');
    const result = await cli('import-json', '--db', db, bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Het netwerkbestand klopt niet: tables/);
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a network file with a row the app could not read (exit 1), leaving no file behind', async () => {
    const dir = tempDir();
    const source = join(dir, 'bron.sqlite');
    const exported = join(dir, 'netwerk.json');
    expect((await cli('demo', '--db', source, '--seed', '5', '--today', '2026-06-01')).code).toBe(0);
    expect((await cli('export', '--db', source, '--format', 'json', '--out', exported)).code).toBe(0);
    const network = JSON.parse(readFileSync(exported, 'utf8')) as { tables: { person: { phones: string }[] } };
    network.tables.person[3]!.phones = '{"not":"an array"}';
    writeFileSync(exported, JSON.stringify(network));
    const target = join(dir, 'doel.sqlite');
    const result = await cli('import-json', '--db', target, exported);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Het netwerkbestand klopt niet; er is niets ingelezen\. Contactpersoon .*: phones: /);
    expect(['', '-wal', '-shm'].some((suffix) => existsSync(`${target}${suffix}`))).toBe(false);
  }, 30_000);

  it('exports the sociale kaart as a spreadsheet of offers that the import reads back', async () => {
    const dir = tempDir();
    const source = join(dir, 'bron.sqlite');
    const sheet = join(dir, 'aanbod.csv');
    expect((await cli('demo', '--db', source, '--seed', '5', '--today', '2026-06-01')).code).toBe(0);
    const written = await cli('export', '--db', source, '--format', 'csv', '--table', 'aanbod', '--out', sheet, '--json');
    const { rows } = JSON.parse(written.stdout) as { rows: number };
    expect(readFileSync(sheet, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Organisatie;Aanbod;Beschrijving aanbod;Thema;Doelgroep;Levensgebied;Positieve Gezondheid;Wijk;Locatie;Dag en tijd;Uitzonderingen;Dagdeel;Kosten;Toegang;Plaatsen;Wachtlijst;Talen;Toegankelijkheid');
    const target = join(dir, 'doel.sqlite');
    const imported = JSON.parse((await cli('import', '--db', target, sheet, '--json')).stdout) as { created: { offers: number } };
    expect(imported.created.offers).toBe(rows);
    expect((await cli('export', '--db', source, '--format', 'csv', '--table', 'kaart', '--out', sheet)).stderr).toMatch(/Onbekende tabel "kaart"; kies contacten of aanbod\./);
  }, 30_000);

  it('refuses to open a file from a newer Spinweb', async () => {
    const dir = tempDir();
    const db = join(dir, 'future.sqlite');
    const raw = await openSqlite3(db, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE);
    await new Promise<void>((resolve, reject) => raw.exec('pragma user_version = 999; create table t (x);', (error) => (error ? reject(error) : resolve())));
    await closeSqlite3(raw);
    const result = await cli('stats', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nieuwere versie van Spinweb/);
  });
});

describe('CLI search', () => {
  it('prints the ranked results with why and the phone number, and reads a need plus a place', async () => {
    const db = join(tempDir(), 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const result = await cli('search', 'maatje oude noorden', '--db', db, '--json', '--limit', '3', '--today', '2026-11-23');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { kind: string; id: string; label: string; why: string; phone?: string | null }[];
    expect(rows).toHaveLength(3);
    expect(rows[0]!.why).toMatch(/^"maatje" in .* · actief in Oude Noorden/);
    const people = JSON.parse((await cli('search', 'huisarst', '--db', db, '--json', '--today', '2026-11-23')).stdout) as { kind: string; phone?: string; why: string }[];
    expect(people[0]!.kind).toBe('person');
    expect(people[0]!.phone).toMatch(/^\+316\d{8}$/);
    expect(people[0]!.why).toMatch(/^"huisarst" in de functie/);
    const inNeighbourhood = JSON.parse((await cli('search', 'maatje', '--db', db, '--json', '--wijk', 'blijdorp', '--today', '2026-11-23')).stdout) as { why: string }[];
    expect(inNeighbourhood[0]!.why).toContain('actief in Blijdorp');
  }, 30_000);

  it('refuses a missing database, an unknown wijk and an empty query clearly', async () => {
    const missing = await cli('search', 'maatje', '--db', '/nonexistent/net.sqlite');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/Bestand niet gevonden: \/nonexistent\/net.sqlite/);
    const db = join(tempDir(), 'empty.sqlite');
    await (await openDatabase(db)).close();
    const neighbourhood = await cli('search', 'maatje', '--db', db, '--wijk', 'Atlantis');
    expect(neighbourhood.code).toBe(2);
    expect(neighbourhood.stderr).toMatch(/Onbekende wijk "Atlantis"/);
    expect((await cli('search', '  ', '--db', db)).stderr).toMatch(/Geef een zoekterm/);
    expect((await cli('search', '--db', db)).code).toBe(2);
  });
});

describe('CLI analyse and merge', () => {
  it('finds the signal the demo was built with, and merges a duplicate it found', async () => {
    const db = join(tempDir(), 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const result = await cli('analyse', '--db', db, '--json', '--today', '2026-11-23');
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as NetworkAnalysis;
    const { duplicateOrganisations: plantedOrganisations, overlapGroups } = await import('../../electron/demo/demo-organisations');
    const { offerGaps } = await import('../../electron/demo/demo-places');
    const stats = await openDatabase(db);
    const organisations = await stats.db.selectFrom('organisation').select(['id', 'name']).execute();
    await stats.close();
    const nameOf = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
    expect(analysis.duplicates.organisations.map((pair) => pair.labels.slice().sort().join(' / ')).sort()).toEqual(plantedOrganisations.map((pair) => [pair.original, pair.variant].sort().join(' / ')).sort());
    expect(analysis.duplicates.persons).toHaveLength(4);
    for (const group of overlapGroups) {
      const found = analysis.overlaps.find((overlap) => group.organisations.every((name) => overlap.organisationIds.some((id) => nameOf.get(id) === name)));
      expect(found, group.title).toBeDefined();
      const plantedIds = found!.organisationIds.filter((id) => group.organisations.includes(nameOf.get(id)!));
      const connected = found!.connectedPairs.filter(([a, b]) => plantedIds.includes(a) && plantedIds.includes(b));
      expect(connected, group.title).toEqual([]);
    }
    for (const gap of offerGaps) expect(analysis.coverage.themes.empty).toContainEqual({ neighbourhoodId: gap.neighbourhoodId, termId: gap.themeId });
    expect(analysis.unmetNeeds).toHaveLength(5);
    expect(analysis.staleWarmContacts.length).toBeGreaterThanOrEqual(10);
    expect(analysis.structure.components.length).toBeGreaterThan(1);
    expect(analysis.structure.articulationPoints.length).toBeGreaterThan(0);
    expect(analysis.structure.communities.length).toBeGreaterThan(1);
    // The planted cooperation: one GP practice refers three residents to the same partner, with no tie recorded.
    expect(analysis.casusCollaborations).toEqual([expect.objectContaining({ casusCount: 3, tied: false })]);

    const pair = analysis.duplicates.organisations[0]!;
    const merged = await cli('merge', '--db', db, '--kind', 'organisation', pair.keepId, pair.dropId);
    expect(merged).toMatchObject({ code: 0 });
    const again = JSON.parse((await cli('analyse', '--db', db, '--json', '--today', '2026-11-23')).stdout) as typeof analysis;
    expect(again.duplicates.organisations).toHaveLength(3);
    expect((await cli('merge', '--db', db, '--kind', 'casus', 'a', 'b')).stderr).toMatch(/--kind moet organisation of person zijn/);
    expect((await cli('merge', '--db', db, '--kind', 'person', 'a')).code).toBe(2);
  }, 60_000);
});

describe('CLI match', () => {
  it('ranks offers with the person to call and the reasons, for a casus code or id, and refuses an unknown casus', async () => {
    const db = join(tempDir(), 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const result = await cli('match', 'C-2026-005', '--db', db, '--json', '--limit', '5', '--today', '2026-11-23');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { offer: string; score: number; reasons: string[]; person: { name: string; phone: string | null } | null }[];
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row.score)).toEqual([...rows.map((row) => row.score)].sort((a, b) => b - a));
    expect(rows[0]!.reasons[0]).toMatch(/^past bij /);
    expect(rows[0]!.person?.phone).toMatch(/^06-\d{8}$/);
    const text = await cli('match', 'c-2026-005', '--db', db, '--limit', '1', '--today', '2026-11-23');
    expect(text.stdout).toContain(`1. ${rows[0]!.offer}`);
    const unknown = await cli('match', 'C-2099-999', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Casus "C-2099-999" bestaat niet/);
    expect((await cli('match', 'C-2026-005', '--db', db, '--limit', 'veel')).stderr).toMatch(/--limit moet een geheel getal/);
  }, 30_000);
});

describe('CLI retention', () => {
  it('lists on a dry run, then anonymises the demo casussen closed over 24 months before the given day', async () => {
    const db = join(tempDir(), 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const none = await cli('retention', '--db', db, '--dry-run', '--today', '2026-11-23');
    expect(none.stdout).toBe('Geen afgesloten casussen voorbij de bewaartermijn van 24 maanden.');
    const dry = JSON.parse((await cli('retention', '--db', db, '--dry-run', '--json', '--today', '2028-06-01')).stdout) as { anonymised: { code: string; dueOn: string }[]; dryRun: boolean };
    expect(dry.dryRun).toBe(true);
    expect(dry.anonymised.length).toBeGreaterThan(0);
    expect(dry.anonymised.every((casus) => casus.dueOn <= '2028-06-01')).toBe(true);
    const done = await cli('retention', '--db', db, '--today', '2028-06-01');
    expect(done.stdout).toMatch(new RegExp(`^Geanonimiseerd \\(bewaartermijn 24 maanden\\): ${dry.anonymised.length} casussen`));
    expect((await cli('retention', '--db', db, '--dry-run', '--today', '2028-06-01')).stdout).toMatch(/^Geen afgesloten casussen/);
    expect((await cli('retention', '--db', db, '--today', 'morgen')).stderr).toMatch(/--today moet een datum/);
  }, 30_000);
});

describe('CLI report', () => {
  it('prints the monitoring report and writes CSV and XLSX files that hold the same numbers', async () => {
    const { default: readExcelFile } = await import('read-excel-file/node');
    const dir = tempDir();
    const db = join(dir, 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const { rows } = JSON.parse((await cli('report', '--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--json')).stdout) as { rows: { section: string; category: string; value: number | string }[] };
    const value = (section: string, category: string) => rows.find((row) => row.section === section && row.category === category)?.value;
    const json = { referrals: value('Aanmeldingen', 'totaal'), matched: { count: value('Koppeling', 'gekoppeld (aantal)') } };
    expect(json.referrals).toBeGreaterThan(0);
    // The small-count rule holds in JSON too; practices and wijken are named.
    expect(rows.filter(({ section, category, value: cell }) => section !== 'Periode' && !/%|gemiddeld|verschil|mediaan/.test(category) && typeof cell === 'number' && cell > 0 && cell < 5)).toEqual([]);
    expect(rows.some((row) => row.section === 'Wijk' && row.category === 'Oude Noorden')).toBe(true);
    expect(rows.some((row) => row.section === 'Bereik' && row.category === 'gestart')).toBe(true);
    expect((await cli('report', '--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--csv', '--out', join(dir, 'r.csv'))).code).toBe(0);
    expect((await cli('report', '--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--xlsx', '--out', join(dir, 'r.xlsx'))).code).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFOnderdeel;Categorie;Waarde')).toBe(true);
    expect(csv).toContain(`Aanmeldingen;totaal;${json.referrals}`);
    expect(csv).toContain(`Koppeling;gekoppeld (aantal);${json.matched.count}`);
    const [sheet] = await readExcelFile(readFileSync(join(dir, 'r.xlsx')));
    expect(sheet!.data).toContainEqual(['Aanmeldingen', 'totaal', json.referrals]);
    expect(sheet!.data).toContainEqual(['Koppeling', 'gekoppeld (aantal)', json.matched.count]);
    expect(sheet!.data.length).toBe(csv.trim().split('\n').length);
    const again = await cli('report', '--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--csv', '--out', join(dir, 'r.csv'));
    expect(again.stderr).toMatch(/bestaat al/);
    expect((await cli('report', '--db', db, '--from', '2026-12-31', '--to', '2026-01-01')).stderr).toMatch(/De periode begint na het einde/);
  }, 30_000);
});

describe('CLI import', () => {
  it('previews with --dry-run, imports with a backup, takes a mapping file, and refuses a bad one', async () => {
    const dir = tempDir();
    const db = join(dir, 'net.sqlite');
    await (await openDatabase(db)).close();
    const sheet = join(dir, 'kaart.csv');
    writeFileSync(sheet, 'Naam instelling;Wie;Tel\nBuurtwerk Noord;Ans de Vries;06-12345678\n;;\nBibliotheek;;010-4661234\n');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ organisation: 'Naam instelling', person: 'Wie', phone: 'Tel' }));
    const dry = JSON.parse((await cli('import', sheet, '--db', db, '--mapping', mapping, '--dry-run', '--json')).stdout) as { created: { organisations: number; persons: number }; problems: unknown[]; backup: string | null };
    expect(dry).toMatchObject({ created: { organisations: 2, persons: 1 }, backup: null });
    expect((JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as NetworkStats).organisations.total).toBe(0);
    const done = JSON.parse((await cli('import', sheet, '--db', db, '--mapping', mapping, '--json')).stdout) as { backup: string };
    expect(existsSync(done.backup)).toBe(true);
    expect((JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as NetworkStats).organisations.total).toBe(2);
    // Without the mapping the headers mean nothing known: a clear failure, exit 1.
    const unmapped = await cli('import', sheet, '--db', db);
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toMatch(/Geen kolom voor organisatie of contactpersoon gevonden/);
    writeFileSync(mapping, JSON.stringify({ organisatie: 'Naam instelling' }));
    expect((await cli('import', sheet, '--db', db, '--mapping', mapping)).stderr).toMatch(/Het mappingbestand klopt niet/);
  }, 30_000);
});

describe('a new network from the command line', () => {
  it('starts one from a spreadsheet; a dry run or a failed import leaves no file; reading commands refuse a missing file', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'kaart.csv');
    writeFileSync(sheet, 'Organisatie;Contactpersoon;Telefoon\nBuurtwerk Noord;Ans de Vries;06-12345678\nBibliotheek Noord;;010-4661234\n');
    const db = join(dir, 'nieuw.sqlite');
    const dry = await cli('import', sheet, '--db', db, '--dry-run');
    expect(dry.code).toBe(0);
    expect(existsSync(db)).toBe(false);
    const imported = await cli('import', sheet, '--db', db);
    expect(imported).toMatchObject({ code: 0, stderr: `Nieuw, leeg netwerk aangemaakt: ${db}` });
    const stats = JSON.parse((await cli('stats', '--db', db, '--json')).stdout) as NetworkStats;
    expect([stats.organisations.total, stats.persons.total]).toEqual([2, 1]);
    expect((await cli('check', '--db', db)).code).toBe(0);
    // Migrated with the default taxonomies, and no demo.
    const opened = await openDatabase(db);
    const kinds = await opened.db.selectFrom('taxonomy_term').select('id').where('taxonomy', '=', 'organisation_kind').execute();
    await opened.close();
    expect(kinds.length).toBeGreaterThan(5);

    const unreadable = join(dir, 'leeg.csv');
    writeFileSync(unreadable, 'Iets;Anders\n1;2\n');
    const other = join(dir, 'ander.sqlite');
    expect((await cli('import', unreadable, '--db', other)).code).toBe(1);
    expect(['', '-wal', '-shm'].map((suffix) => existsSync(`${other}${suffix}`))).toEqual([false, false, false]);

    for (const command of ['stats', 'check', 'analyse', 'export']) {
      const refused = await cli(command, '--db', join(dir, 'typo.sqlite'), ...(command === 'export' ? ['--format', 'json', '--out', join(dir, 'x.json')] : []));
      expect(refused.code, command).toBe(2);
      expect(refused.stderr, command).toMatch(/Bestand niet gevonden/);
    }
    // Browser mode asks before it makes a network of a typo: here (no terminal) it says how, and creates nothing.
    const serve = await cli('serve', '--db', join(dir, 'typo.sqlite'));
    expect(serve.code).toBe(2);
    expect(serve.stderr).toMatch(/bestaat nog niet\. Start met --empty voor een nieuw, leeg netwerk of met --demo/);
    expect(existsSync(join(dir, 'typo.sqlite'))).toBe(false);
  }, 30_000);
});

describe('CLI handover', () => {
  it('exports one wijk for a successor and reads it into another database, preview first', async () => {
    const dir = tempDir();
    const db = join(dir, 'net.sqlite');
    await cli('demo', '--db', db, '--today', '2026-11-23');
    const out = join(dir, 'overdracht.json');
    const exported = JSON.parse((await cli('handover-export', '--db', db, '--out', out, '--wijk', 'blijdorp', '--met-casussen', '--json')).stdout) as { wijk: string; organisations: number; casussen: number };
    expect(exported.wijk).toBe('Blijdorp');
    expect(exported.casussen).toBeGreaterThan(0);
    const successor = join(dir, 'opvolger.sqlite');
    await (await openDatabase(successor)).close();
    const dry = JSON.parse((await cli('handover-import', out, '--db', successor, '--dry-run', '--json')).stdout) as { added: { organisations: number }; changeSetId: number | null };
    expect(dry).toMatchObject({ added: { organisations: exported.organisations }, changeSetId: null });
    expect((JSON.parse((await cli('stats', '--db', successor, '--json')).stdout) as NetworkStats).organisations.total).toBe(0);
    expect((await cli('handover-import', out, '--db', successor)).code).toBe(0);
    expect((JSON.parse((await cli('stats', '--db', successor, '--json')).stdout) as NetworkStats).organisations.total).toBe(exported.organisations);
    writeFileSync(join(dir, 'kapot.json'), '{"format":"iets"}');
    expect((await cli('handover-import', join(dir, 'kapot.json'), '--db', successor)).stderr).toMatch(/Het overdrachtsbestand klopt niet/);
  }, 30_000);
});
