import { describe, expect, it } from 'vitest';
import { finishPendingErasure } from '../../electron/database/forget-deleted';
import { allRows, closeSqlite3, openSqlite3 } from '../../electron/database/open-sqlite3';
import { openNetworkForUse } from '../../electron/app/open-network-for-use';
import { fileBytes, ok, openTestApp, testClock } from '../support/temp-database';

describe('the rights of a person in the network (AVG)', () => {
  async function networkWithPetra() {
    const app = await openTestApp();
    const organisation = ok(await app.api.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
    const { person } = ok(await app.api.person.createAtOrganisation({ person: { name: 'Petra Zwanenburg', phones: [{ number: '06-24681357', label: 'mobiel' }], email: 'petra.zwanenburg@noordsport.example' }, organisationId: organisation.id, role: 'buurtsportcoach' }));
    const colleague = ok(await app.api.person.create({ name: 'Karel Appel' }));
    ok(await app.api.person.update({ id: person.id, patch: { notes: 'Fietst graag' } }));
    ok(await app.api.tie.create({ from: { kind: 'person', id: person.id }, to: { kind: 'person', id: colleague.id }, kind: 'kent', warmth: 'warm' }));
    ok(await app.api.logEntry.create({ occurredOn: '2026-11-20', kind: 'telefoon', personIds: [person.id, colleague.id], note: 'Petra Zwanenburg belt Karel over de wandelgroep (06-24681357).' }));
    const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+', contactPersonId: person.id }));
    return { app, person, colleague, offer };
  }

  it('exports everything held about a person', async () => {
    const { app, person } = await networkWithPetra();
    const data = ok(await app.api.person.exportData({ id: person.id }));
    expect(data.person).toMatchObject({ name: 'Petra Zwanenburg', email: 'petra.zwanenburg@noordsport.example', notes: 'Fietst graag' });
    expect(data.organisations).toEqual([{ name: 'Noordsport', role: 'buurtsportcoach', since: null, until: null }]);
    expect(data.ties).toEqual([{ with: 'Karel Appel', kind: 'kent', warmth: 'warm', since: null, note: '' }]);
    expect(data.logEntries.map((entry) => entry.note)).toEqual(['Petra Zwanenburg belt Karel over de wandelgroep (06-24681357).']);
    expect(data.offersAsContact).toEqual(['Wandelgroep 60+']);
    expect(data.changeHistory.map((change) => change.action)).toEqual(['create', 'update']);
  });

  it('erases a person so that name, number and e-mail are gone from the records, the history and the file', async () => {
    const { app, person, colleague, offer } = await networkWithPetra();
    const outcome = ok(await app.api.person.erase({ id: person.id }));
    expect(outcome.redactedNotes).toBe(1);
    expect((await app.api.person.get({ id: person.id })).ok).toBe(false);
    expect(ok(await app.api.tie.list({}))).toEqual([]);
    expect(ok(await app.api.affiliation.list({}))).toEqual([]);
    expect(ok(await app.api.offer.get({ id: offer.id })).contactPersonId).toBeNull();
    const [entry] = ok(await app.api.logEntry.list({}));
    expect(entry).toMatchObject({ personIds: [colleague.id], note: '[verwijderd] belt Karel over de wandelgroep ([verwijderd]).' });
    expect(ok(await app.api.person.get({ id: colleague.id })).name).toBe('Karel Appel');

    const file = app.network.file;
    await app.network.close();
    const bytes = fileBytes(file);
    for (const secret of ['Zwanenburg', '+31624681357', '06-24681357', 'petra.zwanenburg@noordsport.example', 'Fietst graag']) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    expect(bytes.includes(Buffer.from('Karel Appel'))).toBe(true);
  });

  it('leaves the bytes of the live file clean at once, and finishes the job at the next start when another reader held it back', async () => {
    const { app, person } = await networkWithPetra();
    const secrets = ['Zwanenburg', '+31624681357', 'petra.zwanenburg@noordsport.example', 'Fietst graag'];
    // Another program reading the file, in the middle of a read: the checkpoint cannot pass it.
    const reader = await openSqlite3(app.network.file);
    await allRows(reader, 'begin');
    await allRows(reader, 'select count(*) from person');
    const held = await app.api.person.erase({ id: person.id });
    expect(held.ok ? '' : held.error.message).toBe('De gegevens zijn verwijderd, maar het netwerk is ook elders geopend, waardoor oude resten nog in het bestand staan. Sluit Spinweb overal en start het opnieuw: dan worden ze gewist.');
    expect((await app.api.person.get({ id: person.id })).ok).toBe(false);
    await allRows(reader, 'commit');
    await closeSqlite3(reader);
    // The next start finishes it: the file and its WAL hold none of it, while the network is still open.
    await finishPendingErasure(app.network.db);
    const bytes = fileBytes(app.network.file);
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    expect((await app.network.db.selectFrom('setting').select('id').execute()).map((row) => row.id)).not.toContain('wissen-nog-afronden');
  }, 30_000);

  it('a start while another program still reads does not fail on the pending clean-up, which waits for the next start', async () => {
    const { app, person } = await networkWithPetra();
    const reader = await openSqlite3(app.network.file);
    await allRows(reader, 'begin');
    await allRows(reader, 'select count(*) from person');
    try {
      expect((await app.api.person.erase({ id: person.id })).ok).toBe(false);
      const opened = await openNetworkForUse(app.network.file, { clock: testClock, chooseFirstNetwork: async () => 'empty', onDamage: async () => 'read-only' });
      expect(opened.readOnly).toBe(false);
      expect((await opened.network.db.selectFrom('setting').select('id').execute()).map((row) => row.id)).toContain('wissen-nog-afronden');
      await opened.network.close();
    } finally {
      await allRows(reader, 'commit');
      await closeSqlite3(reader);
    }
  }, 60_000);
});
