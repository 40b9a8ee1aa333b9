import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import type { NetworkFile } from '../../electron/transfer/network-file';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { createLocalClient } from '../../electron/api/dispatch';
import { cli } from '../support/cli';
import { openDatabase } from '../../electron/database/open-database';
import { openSafely } from '../../electron/database/open-safely';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { createServiceContext } from '../../electron/services/service-context';
import { exportNetwork } from '../../electron/transfer/export-network';
import { fixedClock } from '../../shared/dates/clock';
import type { NetworkStats } from '../../shared/domain/network-stats';
import { ok, tempDir, testClock } from '../support/temp-database';

describe('rescue from a damaged file', () => {
  it('saves what can be read, names what was lost, and the rescue reads back into a new network', async () => {
    const dir = tempDir();
    const file = join(dir, 'netwerk.sqlite');
    const network = await openDatabase(file);
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const whole = await exportNetwork(network.db);
    await network.close();

    // Healthy: the rescue is the whole network, nothing lost.
    const healthy = await cli('rescue', '--db', file, '--out', join(dir, 'gezond.json'));
    expect(healthy.output).toMatch(/Er ging niets verloren\./);
    expect((JSON.parse(readFileSync(join(dir, 'gezond.json'), 'utf8')) as NetworkFile).tables.organisation).toHaveLength(whole.tables.organisation!.length);

    // Pages in the middle of the file overwritten, as a failing disk would.
    const handle = openSync(file, 'r+');
    const size = statSync(file).size;
    for (const at of [0.3, 0.5, 0.7]) writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor((size * at) / 4096) * 4096);
    closeSync(handle);
    const rescued = await cli('rescue', '--db', file, '--out', join(dir, 'gered.json'));
    expect(rescued.code).toBe(0);
    expect(rescued.output).toMatch(/^Gered uit .*: [\d.]+ rijen, geschreven naar .*gered\.json\./);
    expect(rescued.output).toMatch(/Verloren:\n  [a-z(]/);
    // It reads back in, whole or not at all, as any network file.
    const copy = join(dir, 'kopie.sqlite');
    const imported = await cli('import-json', '--db', copy, join(dir, 'gered.json'));
    expect(imported.code).toBe(0);
    const stats = JSON.parse((await cli('stats', '--db', copy, '--json')).output) as NetworkStats;
    expect(stats.organisations.total + stats.persons.total).toBeGreaterThan(0);
  }, 60_000);

  it('in the app, opened read-only: casus data can be read and the rescue downloaded', async () => {
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    await network.close();
    const opened = await openSafely(file, { clock: fixedClock('2026-11-23T09:00:00Z'), mayWrite: () => false, onDamage: async () => 'read-only' });
    expect(opened.readOnly).toBe(true);
    const api = createLocalClient(createHandlers(createServiceContext(opened.network.db, 'app', testClock, { databaseFile: file })));
    expect(ok(await api.casus.list({}))).toHaveLength(40);
    const rescue = ok(await api.backups.rescue({}));
    expect(rescue.fileName).toBe('netwerk-gered-2026-11-23.json');
    expect(rescue.losses).toEqual([]);
    expect((JSON.parse(rescue.text) as NetworkFile).tables.casus).toHaveLength(40);
    await opened.network.close();
  }, 30_000);
});
