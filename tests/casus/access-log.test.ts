import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { runCli } from '../../electron/cli/run-cli';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { apiContract, type ApiClient } from '../../shared/contract/api';
import type { MethodSpec } from '../../shared/contract/define-method';
import { createHandlers } from '../../electron/api/handlers';
import { createLocalClient } from '../../electron/api/dispatch';
import { createServiceContext } from '../../electron/services/service-context';
import { ok, tempDir, testClock, testToday } from '../support/temp-database';

async function accessRows(network: SpinwebDatabase): Promise<number> {
  return (await network.db.selectFrom('access_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
}

/** Every method the contract marks as reading casus data. */
function markedMethods(): string[] {
  const contract = apiContract as unknown as Record<string, Record<string, MethodSpec<z.ZodType, unknown>>>;
  return Object.entries(contract).flatMap(([namespace, methods]) => Object.entries(methods).filter(([, spec]) => spec.casusAccess).map(([method]) => `${namespace}.${method}`));
}

describe('the access log of casus data', () => {
  it('is written by every method that reads casus data, whatever the door', async () => {
    // The methods that read casus data, written out: a new one must be marked in the contract and get a case here.
    expect(markedMethods().sort()).toEqual(
      ['casus.get', 'casus.list', 'casus.suggestMatches', 'casus.dueFollowUps', 'casus.report', 'casusMatch.get', 'casusMatch.list', 'casusFollowUp.get', 'casusFollowUp.list', 'network.analyse', 'network.exportFile', 'backups.rescue'].sort(),
    );
    const file = join(tempDir(), 'netwerk.sqlite');
    const network = await openDatabase(file);
    await buildDemoNetwork(network.db, { seed: 2026, today: testToday });
    const api = createLocalClient(createHandlers(createServiceContext(network.db, 'test', testClock, { databaseFile: file })));
    const casus = ok(await api.casus.list({})).find((candidate) => candidate.status === 'lopend')!;
    const match = ok(await api.casusMatch.list({}))[0]!;
    const followUp = ok(await api.casusFollowUp.list({}))[0]!;
    const calls: Record<string, (client: ApiClient) => Promise<{ ok: boolean }>> = {
      'casus.get': (client) => client.casus.get({ id: casus.id }),
      'casus.list': (client) => client.casus.list({}),
      'casus.suggestMatches': (client) => client.casus.suggestMatches({ id: casus.id, today: testToday }),
      'casus.dueFollowUps': (client) => client.casus.dueFollowUps({ today: '2027-12-31' }),
      'casus.report': (client) => client.casus.report({ from: '2026-01-01', to: '2026-12-31' }),
      'casusMatch.get': (client) => client.casusMatch.get({ id: match.id }),
      'casusMatch.list': (client) => client.casusMatch.list({}),
      'casusFollowUp.get': (client) => client.casusFollowUp.get({ id: followUp.id }),
      'casusFollowUp.list': (client) => client.casusFollowUp.list({}),
      'network.analyse': (client) => client.network.analyse({ today: testToday }),
      'network.exportFile': (client) => client.network.exportFile({}),
      'backups.rescue': (client) => client.backups.rescue({}),
    };
    for (const method of markedMethods()) {
      const before = await accessRows(network);
      expect((await calls[method]!(api)).ok, method).toBe(true);
      expect(await accessRows(network), method).toBe(before + 1);
    }
    const [reading] = await network.db.selectFrom('access_log').selectAll().where('action', '=', 'read').where('entity_id', '=', match.casusId).execute();
    expect(reading?.detail).toBe('koppeling');
    const [opened] = await network.db.selectFrom('access_log').selectAll().where('action', '=', 'read').where('entity_id', '=', casus.id).execute();
    expect(opened?.detail).toBe(casus.code);
    await network.close();

    // The CLI's commands that read casus data, each through its own door.
    const out = tempDir();
    const commands = [
      ['match', casus.code, '--db', file, '--today', testToday],
      ['report', '--db', file, '--from', '2026-01-01', '--to', '2026-12-31'],
      ['analyse', '--db', file, '--today', testToday],
      ['export', '--db', file, '--format', 'json', '--out', join(out, 'netwerk.json')],
      ['handover-export', '--db', file, '--out', join(out, 'overdracht.json'), '--met-casussen'],
    ];
    for (const argv of commands) {
      const counted = await openDatabase(file);
      const before = await accessRows(counted);
      await counted.close();
      expect(await runCli(argv, { stdout: () => undefined, stderr: () => undefined }), argv[0]).toBe(0);
      const after = await openDatabase(file);
      expect(await accessRows(after), argv[0]).toBeGreaterThan(before);
      await after.close();
    }
  }, 60_000);
});
