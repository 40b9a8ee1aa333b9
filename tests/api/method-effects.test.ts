import { join } from 'node:path';
import type { Person } from '../../shared/domain/person';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createLocalClient } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { openDatabase } from '../../electron/database/open-database';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { createServiceContext } from '../../electron/services/service-context';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';
import { apiContract, type ApiClient } from '../../shared/contract/api';
import type { MethodSpec } from '../../shared/contract/define-method';
import { fileBytes, ok, tempDir, testClock, testToday } from '../support/temp-database';

const contract = apiContract as unknown as Record<string, Record<string, MethodSpec<z.ZodType, unknown>>>;
const methods = (readOnly: boolean) => Object.entries(contract).flatMap(([namespace, specs]) => Object.entries(specs).filter(([, spec]) => spec.readOnly === readOnly).map(([method]) => `${namespace}.${method}`));

/** The data and the change log as text; the access log is left out, since reading casus data is meant to write it. */
async function everythingButTheAccessLog(network: Awaited<ReturnType<typeof openDatabase>>): Promise<string> {
  const file = await exportNetwork(network.db);
  file.tables.access_log = [];
  return serialiseNetwork(file);
}

async function demoFile(): Promise<string> {
  const file = join(tempDir(), 'netwerk.sqlite');
  const network = await openDatabase(file);
  await buildDemoNetwork(network.db, { seed: 2026, today: testToday });
  await network.close();
  return file;
}

describe('what the contract says a method does', () => {
  it('a method marked read-only changes nothing: not the data, not the change log', async () => {
    const file = await demoFile();
    const network = await openDatabase(file);
    const api = createLocalClient(createHandlers(createServiceContext(network.db, 'test', testClock, { databaseFile: file })));
    const [someone, someoneElse] = ok(await api.person.list({})) as [Person, Person];
    const casus = ok(await api.casus.list({}))[0]!;
    const bundle = ok(await api.handover.exportBundle({ neighbourhoodId: null, includeCasussen: false }));
    const sheet = Buffer.from('Organisatie;Telefoon\nBuurthuis De Nieuwe Kern;010-4661234\n').toString('base64');
    // One valid call per read-only method: a new query must be added here, and so is held to its mark.
    const calls: Record<string, (client: ApiClient) => Promise<{ ok: boolean }>> = {
      ...Object.fromEntries(
        ['neighbourhood', 'taxonomyTerm', 'organisation', 'person', 'affiliation', 'offer', 'tie', 'logEntry', 'meeting', 'task', 'request', 'requestReply', 'mapView', 'presentation', 'casus', 'casusMatch', 'casusFollowUp'].flatMap((namespace) => [
          [`${namespace}.list`, (client: ApiClient) => (client as unknown as Record<string, { list: (input: object) => Promise<{ ok: boolean }> }>)[namespace]!.list({ includeArchived: true })],
          [`${namespace}.get`, (client: ApiClient) => (client as unknown as Record<string, { get: (input: object) => Promise<{ ok: boolean }> }>)[namespace]!.get({ id: 'bestaat-niet' }).then(() => ({ ok: true }))],
        ]),
      ),
      'person.exportData': (client) => client.person.exportData({ id: someone.id }),
      'casus.suggestMatches': (client) => client.casus.suggestMatches({ id: casus.id, today: testToday }),
      'casus.accessLog': (client) => client.casus.accessLog({}),
      'casus.dueFollowUps': (client) => client.casus.dueFollowUps({ today: testToday }),
      'casus.report': (client) => client.casus.report({ from: '2026-01-01', to: '2026-12-31' }),
      'changes.since': (client) => client.changes.since({ afterId: null }),
      'changes.list': (client) => client.changes.list({}),
      'network.stats': (client) => client.network.stats({}),
      'network.load': (client) => client.network.load({}),
      'network.exportFile': (client) => client.network.exportFile({}),
      'network.analyse': (client) => client.network.analyse({ today: testToday }),
      'network.analyseProgress': (client) => client.network.analyseProgress({}),
      'meeting.proposeTies': (client) => client.meeting.proposeTies({ id: 'bestaat-niet' }).then(() => ({ ok: true })),
      'visits.due': (client) => client.visits.due({ today: '2026-11-23', neighbourhoodId: null }),
      'affiliation.departurePlan': (client) => client.affiliation.departurePlan({ id: 'bestaat-niet' }).then(() => ({ ok: true })),
      'network.analyseCancel': (client) => client.network.analyseCancel({}),
      'network.positions': (client) => client.network.positions({}),
      'network.mergeMoves': (client) => client.network.mergeMoves({ kind: 'person', keepId: someone.id, dropId: someoneElse.id }),
      'importFile.preview': (client) => client.importFile.preview({ fileName: 'kaart.csv', contentBase64: sheet }),
      'importFile.progress': (client) => client.importFile.progress({}),
      'handover.exportBundle': (client) => client.handover.exportBundle({ neighbourhoodId: null, includeCasussen: true }),
      'handover.preview': (client) => client.handover.preview({ text: bundle.text }),
      'handover.vcards': (client) => client.handover.vcards({}),
      'backups.list': (client) => client.backups.list({}),
      'backups.rescue': (client) => client.backups.rescue({}),
      'clock.now': (client) => client.clock.now({}),
      'settings.get': (client) => client.settings.get({}),
    };
    expect(Object.keys(calls).sort()).toEqual(methods(true).sort());
    for (const [method, call] of Object.entries(calls)) {
      const before = await everythingButTheAccessLog(network);
      expect((await call(api)).ok, method).toBe(true);
      expect(await everythingButTheAccessLog(network), method).toBe(before);
    }
    await network.close();
  }, 120_000);

  it('on a network opened read-only, a method that writes is refused before it starts, in Dutch, and reading still works', async () => {
    const file = await demoFile();
    const bytes = fileBytes(file);
    const network = await openDatabase(file, { readOnly: true });
    const api = createLocalClient(createHandlers(createServiceContext(network.db, 'test', testClock, { databaseFile: file, readOnly: network.readOnly })));
    const kind = ok(await api.taxonomyTerm.list({})).find((term) => term.taxonomy === 'organisation_kind')!;
    const writes = [
      api.organisation.create({ name: 'Buurthuis De Nieuwe Kern', kindId: kind.id }),
      api.logbook.record({ newOrganisations: [], newPersons: [], entries: [{ occurredOn: testToday, kind: 'telefoon', note: 'Gebeld', personIds: [], organisationIds: [], followUpOn: null, ties: [], warmerPersonIds: [], offers: [] }] }),
      api.changes.undo({}),
      api.settings.update({ casusRetentionMonths: 12 }),
      api.backups.create({}),
      api.network.savePositions({ positions: [], replace: false }),
    ];
    for (const result of await Promise.all(writes)) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual({ code: 'CONFLICT', message: 'Het netwerk is alleen-lezen geopend (het bestand is beschadigd of schrijfbeveiligd): bekijken en exporteren kan, wijzigen niet. Er is niets gewijzigd.' });
    }
    expect(ok(await api.network.load({})).organisations.length).toBeGreaterThan(100);
    await network.close();
    expect(fileBytes(file).equals(bytes)).toBe(true);
  });
});
