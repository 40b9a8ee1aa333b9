import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../electron/database/backup-files';
import { dailyBackup, makeBackup } from '../../electron/database/backups';
import { latestGoodBackup } from '../../electron/database/restore-backup';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { openSafely } from '../../electron/database/open-safely';
import { cli } from '../support/cli';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { fixedClock } from '../../shared/dates/clock';
import { AppError } from '../../shared/contract/result';
import { appFor, ok, tempDir } from '../support/temp-database';

async function organisationCount(file: string): Promise<number> {
  const network = await openDatabase(file);
  try {
    return ok(await appFor(network).api.network.stats({})).organisations.total;
  } finally {
    await network.close();
  }
}

async function addOrganisations(network: SpinwebDatabase, count: number, label: string): Promise<void> {
  const { api } = appFor(network);
  for (let index = 0; index < count; index++) ok(await api.organisation.create({ name: `${label} ${index}`, kindId: 'kind-welzijn', description: 'z'.repeat(200) }));
}

/** Overwrites pages in the middle of a closed file, as a failing disk would. */
function damage(file: string): void {
  const handle = openSync(file, 'r+');
  writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(statSync(file).size / 2 / 4096) * 4096);
  closeSync(handle);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const at = (iso: string) => new Date(iso);

/** The network as it would be on a full disk: the online backup writes nothing and fails as SQLite does. */
function onFullDisk(network: SpinwebDatabase): SpinwebDatabase {
  return {
    ...network,
    backupTo: async (destination) => {
      writeFileSync(destination, '');
      throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
    },
  };
}

describe('a backup is good only if it is whole', () => {
  it('on a full disk: refused in Dutch, nothing left behind, no earlier backup lost; a 0-byte file never counts or blocks', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await addOrganisations(network, 30, 'Organisatie');
    const good = (await dailyBackup(network, at('2026-11-22T08:00:00Z'))).made!;
    const goodBytes = sha256(good.file);

    const failed = await dailyBackup(onFullDisk(network), at('2026-11-23T08:00:00Z')).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(AppError);
    expect(failed).toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^De schijf is vol: de reservekopie kon niet worden gemaakt\. De eerdere reservekopieën zijn bewaard/) as unknown });
    expect(readdirSync(backupFolder(file)).sort()).toEqual([basename(good.file), `${basename(good.file)}.json`]);
    expect(sha256(good.file)).toBe(goodBytes);

    // A 0-byte file as an earlier version left it on a full disk: newest by name, but no backup.
    writeFileSync(join(backupFolder(file), 'spinweb-2026-11-23T09-00-00-000Z-dagelijks.sqlite'), '');
    expect(listBackups(file).map((backup) => backup.file)).toEqual([good.file]);
    expect((await latestGoodBackup(file))?.file).toBe(good.file);
    // It does not stand in for today's backup, and the rotation clears it away.
    const today = (await dailyBackup(network, at('2026-11-23T10:00:00Z'))).made;
    expect(today?.counts.organisations).toBe(30);
    expect(readdirSync(backupFolder(file)).filter((name) => name.endsWith('.sqlite'))).toHaveLength(2);
    await network.close();

  });

  it('a network whose backup cannot be made still opens, and says so', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    // Where the backup folder should be, a file stands: every backup fails.
    mkdirSync(join(file, '..', 'reservekopieen'));
    writeFileSync(backupFolder(file), 'geen map');
    const opened = await openSafely(file, { clock: fixedClock('2026-11-23T08:00:00Z'), onDamage: async () => 'read-only' });
    expect(opened.backupWarning).toMatch(/^De reservekopie van vandaag kon niet worden gemaakt \(.+\); de eerdere reservekopieën zijn bewaard\.$/);
    ok(await appFor(opened.network).api.organisation.create({ name: 'Toch opgeslagen', kindId: 'kind-welzijn' }));
    await opened.network.close();
  });

  it('restore takes the newest whole backup, shows what it brings back, and `check` agrees', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    await dailyBackup(network, at('2026-11-22T08:00:00Z'));
    await network.close();
    writeFileSync(join(backupFolder(file), 'spinweb-2026-11-23T08-00-00-000Z-dagelijks.sqlite'), '');
    damage(file);
    const restored = await cli('restore', '--db', file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Teruggezet: 184 organisaties, 404 contactpersonen, 300 aanbod, 40 casussen, van 22 november 2026 om \d\d:00\./);
    expect(await organisationCount(file)).toBe(184);
    expect((await cli('check', '--db', file)).stdout).toMatch(/in orde/);
  }, 30_000);

  it('a backup whose bytes changed since it was made is passed over', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await addOrganisations(network, 40, 'Eerst');
    const older = await makeBackup(network, 'handmatig', at('2026-11-22T08:00:00Z'));
    await addOrganisations(network, 5, 'Later');
    const newer = await makeBackup(network, 'handmatig', at('2026-11-23T08:00:00Z'));
    await network.close();
    const handle = openSync(newer.file, 'r+');
    writeSync(handle, Buffer.from('beschadigd'), 0, 10, 5000);
    closeSync(handle);
    expect((await latestGoodBackup(file))?.file).toBe(older.file);
  });

  it('of two backups in the same second (or millisecond), the later one is restored', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await addOrganisations(network, 1, 'Eerste');
    await makeBackup(network, 'handmatig', at('2026-11-23T10:00:00.100Z'));
    await addOrganisations(network, 1, 'Tweede');
    await makeBackup(network, 'handmatig', at('2026-11-23T10:00:00.900Z'));
    await addOrganisations(network, 1, 'Derde');
    const third = await makeBackup(network, 'handmatig', at('2026-11-23T10:00:00.900Z'));
    await network.close();
    expect(listBackups(file).map((backup) => backup.counts.organisations)).toEqual([3, 2, 1]);
    expect((await latestGoodBackup(file))?.file).toBe(third.file);
    expect((await cli('restore', '--db', file)).code).toBe(0);
    expect(await organisationCount(file)).toBe(3);
  });
});

describe('two networks in one folder', () => {
  it('each keeps its own backups, and a restore never brings the other network back', async () => {
    const dir = tempDir();
    const main = join(dir, 'netwerk.sqlite');
    const successor = join(dir, 'opvolger.sqlite');
    const first = await openDatabase(main);
    await buildDemoNetwork(first.db, { seed: 2026, today: '2026-11-23' });
    await first.close();
    const second = await openDatabase(successor);
    await addOrganisations(second, 3, 'Opvolger');
    await second.close();
    // Both start on the same day: each makes its own daily backup; neither blocks the other.
    for (const file of [main, successor]) await (await openSafely(file, { clock: fixedClock('2026-11-23T08:00:00Z'), onDamage: async () => 'read-only' })).network.close();
    expect(listBackups(main).map((backup) => backup.counts.casussen)).toEqual([40]);
    expect(listBackups(successor).map((backup) => backup.counts.organisations)).toEqual([3]);
    expect(backupFolder(main)).not.toBe(backupFolder(successor));

    damage(main);
    expect((await cli('restore', '--db', main)).code).toBe(0);
    const restored = await openDatabase(main);
    expect(ok(await appFor(restored).api.network.stats({})).casussen.total).toBe(40);
    await restored.close();

    // Another network's copy, pointed at by hand, is refused; the file stays as it was.
    const before = sha256(successor);
    const refused = await cli('restore', '--db', successor, '--from', listBackups(main)[0]!.file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/hoort bij een ander netwerk\. Kies een andere; er is niets veranderd\./);
    expect(sha256(successor)).toBe(before);
  }, 30_000);
});

describe('restore while the network is open', () => {
  /** Browser mode in a process of its own, as the broker runs it. */
  async function serve(file: string): Promise<{ child: ChildProcess; url: URL; token: string }> {
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--db', file, '--json'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const line = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('\n')) resolve(output.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`serve stopped with ${code}`)));
    });
    const url = new URL((JSON.parse(line) as { url: string }).url);
    return { child, url, token: /token=([^&]+)/.exec(url.hash)![1]! };
  }

  it('is refused while browser mode has it open, and every later save lands in the network', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await addOrganisations(network, 5, 'Voor');
    await makeBackup(network, 'handmatig', at('2026-11-23T08:00:00Z'));
    await network.close();
    const server = await serve(file);
    try {
      const refused = await cli('restore', '--db', file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe('Het netwerk is nog geopend (in de app, in browsermodus of door een andere opdracht). Sluit het eerst en probeer het opnieuw; er is niets veranderd.');
      for (const name of ['Na de poging 1', 'Na de poging 2', 'Na de poging 3']) {
        const saved = await fetch(new URL('/api/organisation/create', server.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify({ name, kindId: 'kind-welzijn' }),
        });
        expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
      }
    } finally {
      process.kill(-server.child.pid!, 'SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
    }
    expect(await organisationCount(file)).toBe(8);
    // Closed now: the restore goes through.
    expect((await cli('restore', '--db', file)).code).toBe(0);
    expect(await organisationCount(file)).toBe(5);
  }, 60_000);
});
