import { existsSync, openSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates/clock';
import { backupsToKeep } from '../../shared/dates/backup-rotation';
import { backupFolder, listBackups } from '../../electron/database/backup-files';
import { dailyBackup } from '../../electron/database/backups';
import { openDatabase } from '../../electron/database/open-database';
import { openSafely, type DamageReport } from '../../electron/database/open-safely';
import { appFor, ok, tempDir } from '../support/temp-database';

describe('backup rotation', () => {
  it('keeps the newest copy of each of the last 7 days, 4 weeks and 12 months', () => {
    // One backup a day for 400 days, ending on Monday 2026-11-23.
    const days = Array.from({ length: 400 }, (_, index) => new Date(Date.UTC(2026, 10, 23 - index, 9)).toISOString());
    const keep = [...backupsToKeep(days)].map((at) => at.slice(0, 10)).sort();
    expect(keep).toEqual([
      // monthly: twelve months counting this one, each by its newest copy
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31',
      // weekly: four weeks counting this one, so the Sundays closing the three before it (the last also a daily)
      '2026-11-08', '2026-11-15',
      // daily, which also covers this week and this month
      '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23',
    ]);
  });
});

describe('backups and restore', () => {
  it('makes one backup a day and rotates the folder', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    for (let day = 0; day < 20; day++) await dailyBackup(network, new Date(Date.UTC(2026, 10, 1 + day, 8)));
    expect((await dailyBackup(network, new Date(Date.UTC(2026, 10, 20, 18)))).made).toBeNull();
    await network.close();
    const kept = listBackups(file).map((backup) => backup.at.slice(0, 10));
    expect(kept).toEqual(['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16', '2026-11-15', '2026-11-14', '2026-11-08', '2026-11-01']);
    // Each kept backup with its manifest, and nothing else: no -wal or -shm beside the copies.
    expect(readdirSync(backupFolder(file)).sort()).toEqual(listBackups(file).flatMap((backup) => [basename(backup.file), `${basename(backup.file)}.json`]).sort());
  });

  it('detects a damaged file at start, and restores the latest good backup with the writes up to it', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const noDamageExpected = async (): Promise<'restore'> => {
      throw new Error('no damage expected');
    };
    const first = await openSafely(file, { clock: fixedClock('2026-11-22T08:00:00Z'), onDamage: noDamageExpected });
    const api = appFor(first.network).api;
    for (let index = 0; index < 200; index++) ok(await api.organisation.create({ name: `Organisatie voor de back-up ${index}`, kindId: 'kind-welzijn', description: 'x'.repeat(300) }));
    await first.network.close();
    // Next day's start makes the backup; a write after it is not in that backup.
    const second = await openSafely(file, { clock: fixedClock('2026-11-23T08:00:00Z'), onDamage: noDamageExpected });
    ok(await appFor(second.network).api.organisation.create({ name: 'Na de back-up', kindId: 'kind-welzijn' }));
    await second.network.close();

    // Damage: overwrite pages in the middle of the file.
    const size = statSync(file).size;
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(handle);

    let report: DamageReport | null = null;
    const restored = await openSafely(file, {
      clock: fixedClock('2026-11-23T09:00:00Z'),
      onDamage: async (damage) => {
        report = damage;
        return 'restore';
      },
    });
    expect(report!.detail).not.toBe('ok');
    expect(report!.latestGood?.at).toBe('2026-11-23T08:00:00.000Z');
    expect(restored.restoredFrom?.at).toBe('2026-11-23T08:00:00.000Z');
    const names = ok(await appFor(restored.network).api.organisation.list({})).map((organisation) => organisation.name);
    expect(names).toHaveLength(200);
    expect(names).not.toContain('Na de back-up');
    await restored.network.close();
    // The damaged file is kept beside it, not thrown away.
    expect(readdirSync(join(file, '..')).some((name) => name.startsWith('netwerk.sqlite.vervangen-'))).toBe(true);
  });

  it('opens a damaged file read-only when the broker chooses so, refusing writes', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    for (let index = 0; index < 200; index++) ok(await appFor(network).api.organisation.create({ name: `Organisatie ${index}`, kindId: 'kind-welzijn', description: 'y'.repeat(300) }));
    await network.close();
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.alloc(4096, 0x33), 0, 4096, Math.floor(statSync(file).size / 2 / 4096) * 4096);
    closeSync(handle);
    const opened = await openSafely(file, { clock: fixedClock('2026-11-23T09:00:00Z'), onDamage: async () => 'read-only' });
    expect(opened.readOnly).toBe(true);
    const result = await appFor(opened.network).api.organisation.create({ name: 'Nieuw', kindId: 'kind-welzijn' });
    expect(result.ok ? '' : result.error.message).toMatch(/^Het netwerk is alleen-lezen geopend/);
    expect(ok(await appFor(opened.network).api.network.stats({})).organisations.total).toBeGreaterThan(0);
    await opened.network.close();
    expect(existsSync(file)).toBe(true);
  });
});

describe('a healthy file that may not be written', () => {
  it('opens read-only and says it is write-protected, not damaged: no restore is offered', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    ok(await appFor(network).api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn' }));
    await network.close();
    // Root may write anything, so the test says "no" where the machine would for a write-protected file.
    const opened = await openSafely(file, {
      clock: fixedClock('2026-11-23T09:00:00Z'),
      mayWrite: () => false,
      onDamage: async () => {
        throw new Error('a write-protected file is not damaged');
      },
    });
    expect(opened.readOnly).toBe(true);
    expect(opened.writeProtected).toMatch(/is schrijfbeveiligd: het opent alleen-lezen\. .* Het bestand is niet beschadigd\.$/);
    expect(ok(await appFor(opened.network).api.organisation.list({})).map((organisation) => organisation.name)).toEqual(['Buurthuis De Ster']);
    const refused = await appFor(opened.network).api.organisation.create({ name: 'Nieuw', kindId: 'kind-welzijn' });
    expect(refused.ok ? '' : refused.error.message).toBe('Het netwerk is alleen-lezen geopend (het bestand is beschadigd of schrijfbeveiligd): bekijken en exporteren kan, wijzigen niet. Er is niets gewijzigd.');
    await opened.network.close();
    expect(listBackups(file)).toEqual([]);
  });
});

describe('CLI restore', () => {
  it('lists the backups and puts the latest good one back, keeping the current file beside it', async () => {
    const { runCli } = await import('../../electron/cli/run-cli');
    const out: string[] = [];
    const cli = (...argv: string[]) => runCli(argv, { stdout: (text) => out.push(text), stderr: (text) => out.push(text) });
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    ok(await appFor(network).api.organisation.create({ name: 'In de kopie', kindId: 'kind-welzijn' }));
    await dailyBackup(network, new Date('2026-11-23T08:00:00Z'));
    ok(await appFor(network).api.organisation.create({ name: 'Na de kopie', kindId: 'kind-welzijn' }));
    await network.close();
    expect(await cli('restore', '--db', file, '--list')).toBe(0);
    expect(out.pop()).toMatch(/^1 organisatie, 0 contactpersonen, 0 aanbod, 0 casussen, van 23 november 2026 om \d\d:00  \(dagelijks, /);
    expect(await cli('restore', '--db', file)).toBe(0);
    expect(out.pop()).toMatch(/Het vorige bestand \(gezond\) staat ernaast als .*netwerk\.sqlite\.vervangen-/);
    const reopened = await openDatabase(file);
    expect(ok(await appFor(reopened).api.organisation.list({})).map((organisation) => organisation.name)).toEqual(['In de kopie']);
    await reopened.close();
    expect(await cli('restore', '--db', file, '--from', '/nonexistent.sqlite')).toBe(2);
  });
});

describe('restore at the next start', () => {
  it('puts the requested backup back when the network is opened again', async () => {
    const { requestRestore } = await import('../../electron/database/restore-backup');
    const file = join(tempDir(), 'netwerk.sqlite');
    const first = await openSafely(file, { clock: fixedClock('2026-11-22T08:00:00Z'), onDamage: async () => 'read-only' });
    ok(await appFor(first.network).api.organisation.create({ name: 'Voor de kopie', kindId: 'kind-welzijn' }));
    const backup = await dailyBackup(first.network, new Date('2026-11-23T08:00:00Z'));
    ok(await appFor(first.network).api.organisation.create({ name: 'Na de kopie', kindId: 'kind-welzijn' }));
    requestRestore(file, backup.made!.file);
    await first.network.close();
    const second = await openSafely(file, { clock: fixedClock('2026-11-23T09:00:00Z'), onDamage: async () => 'read-only' });
    expect(second.restoredFrom?.file).toBe(backup.made!.file);
    expect(ok(await appFor(second.network).api.organisation.list({})).map((organisation) => organisation.name)).toEqual(['Voor de kopie']);
    await second.network.close();
    expect(() => requestRestore(file, '/elders/iets.sqlite')).toThrow('Deze reservekopie bestaat niet (meer).');
  });
});
