import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { createLocalClient } from '../../electron/api/dispatch';
import { cli } from '../support/cli';
import { latestGoodBackup } from '../../electron/database/restore-backup';
import { listBackups } from '../../electron/database/backup-files';
import { makeBackup, writeVerifiedCopy } from '../../electron/database/backups';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { createServiceContext } from '../../electron/services/service-context';
import { fixedClock } from '../../shared/dates/clock';
import { ok, tempDir, testClock } from '../support/temp-database';

/** The API as the app and browser mode have it: with the network's file, so erasures reach its backups. */
function apiFor(network: SpinwebDatabase, clock = testClock) {
  return createLocalClient(createHandlers(createServiceContext(network.db, 'test', clock, { databaseFile: network.file })));
}

const holdsAny = (file: string, secrets: readonly string[]) => secrets.filter((secret) => readFileSync(file).includes(Buffer.from(secret)));

describe('erasure reaches every copy', () => {
  it('erase, then restore a backup, a copy made by hand, or read in an old handover: the person stays gone, bytes and all', async () => {
    const dir = tempDir();
    const file = join(dir, 'netwerk.sqlite');
    const network = await openDatabase(file);
    const api = apiFor(network);
    const organisation = ok(await api.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
    const { person } = ok(await api.person.createAtOrganisation({ person: { name: 'Petra Zwanenburg', phones: [{ number: '06-24681357', label: 'mobiel' }], email: 'petra.zwanenburg@noordsport.example', notes: 'Fietst graag' }, organisationId: organisation.id, role: 'buurtsportcoach' }));
    ok(await api.person.create({ name: 'Karel Appel' }));
    ok(await api.logEntry.create({ occurredOn: '2026-11-20', kind: 'telefoon', personIds: [person.id], note: 'Petra Zwanenburg belt over de wandelgroep.' }));
    await makeBackup(network, 'dagelijks', new Date('2026-11-21T08:00:00Z'));
    await makeBackup(network, 'dagelijks', new Date('2026-11-22T08:00:00Z'));
    const byHand = join(dir, 'eigen-kopie.sqlite');
    await writeVerifiedCopy(network, byHand);
    const oldBundle = ok(await api.handover.exportBundle({ neighbourhoodId: null, includeCasussen: false })).text;
    const secrets = ['Zwanenburg', '+31624681357', 'petra.zwanenburg@noordsport.example', 'Fietst graag'];
    expect(listBackups(file).every((backup) => holdsAny(backup.file, secrets).length > 0)).toBe(true);

    ok(await api.person.erase({ id: person.id }));
    // Every backup is rewritten without her, and still whole: checked, with a manifest that matches.
    const backups = listBackups(file);
    expect(backups).toHaveLength(2);
    for (const backup of backups) {
      expect(holdsAny(backup.file, secrets), backup.file).toEqual([]);
      expect(backup.counts.persons).toBe(1);
    }
    expect((await latestGoodBackup(file))?.file).toBe(backups[0]!.file);
    // Reading in a handover made before the erasure does not bring her back.
    ok(await api.handover.apply({ text: oldBundle }));
    expect(ok(await api.person.list({})).map((candidate) => candidate.name)).toEqual(['Karel Appel']);
    await network.close();

    expect((await cli('restore', '--db', file)).code).toBe(0);
    expect(holdsAny(file, secrets)).toEqual([]);
    // A copy made by hand before the erasure: the ledger erases her again as it is put back.
    const fromCopy = await cli('restore', '--db', file, '--from', byHand);
    expect(fromCopy.code).toBe(0);
    expect(fromCopy.output).toMatch(/Opnieuw gewist wat na deze kopie was gewist: 1 record\./);
    const restored = await openDatabase(file);
    expect(ok(await apiFor(restored).person.list({})).map((candidate) => candidate.name)).toEqual(['Karel Appel']);
    await restored.close();
    expect(holdsAny(file, secrets)).toEqual([]);
  }, 60_000);

  it('retention, then restore: the anonymised text is gone from the backups and does not come back', async () => {
    const dir = tempDir();
    const file = join(dir, 'netwerk.sqlite');
    const network = await openDatabase(file);
    const api = apiFor(network, fixedClock('2024-01-10T10:00:00Z'));
    const casus = ok(await api.casus.create({ code: 'C-2024-001', openedOn: '2024-01-05', referrerTypeId: 'referrer-huisarts', question: 'Zwaluwstaart zoekt een wandelgroep', status: 'geen_passend_aanbod', unmetNeedReason: 'Geen wandelgroep bij de Merelhof', closedOn: '2024-01-10' }));
    await makeBackup(network, 'dagelijks', new Date('2026-11-22T08:00:00Z'));
    const secrets = ['Zwaluwstaart', 'Merelhof'];
    expect(holdsAny(listBackups(file)[0]!.file, secrets)).toEqual(secrets);

    const later = apiFor(network, fixedClock('2026-11-23T10:00:00Z'));
    expect(ok(await later.casus.applyRetention({ today: '2026-11-23', dryRun: false })).anonymised.map((found) => found.code)).toEqual(['C-2024-001']);
    expect(holdsAny(listBackups(file)[0]!.file, secrets)).toEqual([]);
    await network.close();

    expect((await cli('restore', '--db', file)).code).toBe(0);
    const restored = await openDatabase(file);
    expect(ok(await apiFor(restored).casus.get({ id: casus.id }))).toMatchObject({ code: 'C-2024-001', question: '', unmetNeedReason: '' });
    await restored.close();
    expect(holdsAny(file, secrets)).toEqual([]);
    // The anonymised network still travels whole: exported and read into a new file.
    expect((await cli('export', '--db', file, '--format', 'json', '--out', join(dir, 'netwerk.json'))).code).toBe(0);
    expect((await cli('import-json', '--db', join(dir, 'kopie.sqlite'), join(dir, 'netwerk.json'))).code).toBe(0);
  }, 60_000);
});
