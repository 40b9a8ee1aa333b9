import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { ok, openTestApp } from '../support/temp-database';
import { snapshot } from '../support/snapshot';
import { runChange } from '../../electron/changes/run-change';

/** Snapshot without the change log, which undo itself extends. */
const dataSnapshot = (app: Awaited<ReturnType<typeof openTestApp>>) => snapshot(app.network.db, { dataOnly: true });

describe('undo', () => {
  it('takes back a change set that updated the same row twice, to the row as it was before both', async () => {
    const app = await openTestApp();
    const organisation = ok(await app.api.organisation.create({ name: 'Buurttuin De Pluk', kindId: 'kind-bewonersinitiatief', description: 'eerst' }));
    const before = await dataSnapshot(app);
    await runChange(app.network.db, '2026-11-23T12:00:00.000Z', { actor: 'test', action: 'update', summary: 'Twee keer bijgewerkt' }, async (recorder) => {
      await recorder.update('organisation', organisation.id, { description: 'daarna' });
      await recorder.update('organisation', organisation.id, { description: 'daarna weer' });
    });
    expect(ok(await app.api.organisation.get({ id: organisation.id })).description).toBe('daarna weer');
    ok(await app.api.changes.undo({}));
    expect(await dataSnapshot(app)).toEqual(before);
  });

  it('refuses, changing nothing, when a row was changed after the change it would undo (by another program)', async () => {
    const app = await openTestApp();
    const organisation = ok(await app.api.organisation.create({ name: 'Buurttuin De Pluk', kindId: 'kind-bewonersinitiatief' }));
    ok(await app.api.person.create({ name: 'Latifa Ziani' }));
    await app.network.db.updateTable('person').set({ notes: 'met de hand gewijzigd' }).execute();
    const before = await snapshot(app.network.db);
    const refused = await app.api.changes.undo({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Kan "Contactpersoon 'Latifa Ziani' aangemaakt" niet ongedaan maken: de gegevens zijn daarna nog gewijzigd.` } });
    expect(await snapshot(app.network.db)).toBe(before);
    expect(ok(await app.api.organisation.get({ id: organisation.id })).name).toBe('Buurttuin De Pluk');
  });

  it('reverses a create, an update and an archive, newest first', async () => {
    const app = await openTestApp();
    const empty = await dataSnapshot(app);
    const organisation = ok(await app.api.organisation.create({ name: 'Buurttuin De Pluk', kindId: 'kind-bewonersinitiatief', tags: ['tuin'] }));
    const created = await dataSnapshot(app);
    ok(await app.api.organisation.update({ id: organisation.id, patch: { name: 'Buurttuin De Pluk (Oude Noorden)', tags: ['tuin', 'natuur'] } }));
    const updated = await dataSnapshot(app);
    ok(await app.api.organisation.archive({ id: organisation.id }));

    const first = ok(await app.api.changes.undo({}));
    expect(first.undone.summary).toBe("Organisatie 'Buurttuin De Pluk (Oude Noorden)' gearchiveerd");
    expect(await dataSnapshot(app)).toEqual(updated);

    ok(await app.api.changes.undo({}));
    expect(await dataSnapshot(app)).toEqual(created);
    expect(ok(await app.api.organisation.get({ id: organisation.id })).tags).toEqual(['tuin']);

    ok(await app.api.changes.undo({}));
    expect(await dataSnapshot(app)).toEqual(empty);
    expect(await app.api.organisation.get({ id: organisation.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expect(await app.api.changes.undo({})).toEqual({ ok: false, error: { code: 'NOTHING_TO_UNDO', message: 'Er is niets om ongedaan te maken.' } });
  });

  it('logs every change and every undo, for the audit trail', async () => {
    const app = await openTestApp();
    const person = ok(await app.api.person.create({ name: 'Said Benali' }));
    ok(await app.api.person.update({ id: person.id, patch: { brokerWarmth: 'warm' } }));
    ok(await app.api.changes.undo({}));
    const log = ok(await app.api.changes.list({}));
    expect(log.map((entry) => [entry.action, entry.summary, entry.undoneBy !== null, entry.undoes !== null])).toEqual([
      ['undo', "Ongedaan gemaakt: Contactpersoon 'Said Benali' gewijzigd", false, true],
      ['update', "Contactpersoon 'Said Benali' gewijzigd", true, false],
      ['create', "Contactpersoon 'Said Benali' aangemaakt", false, false],
    ]);
    expect(log.every((entry) => entry.actor === 'test')).toBe(true);
    expect(log[1]!.entityId).toBe(person.id);
  });

  it('undoes a change to a link list', async () => {
    const app = await openTestApp();
    const neighbourhood = ok(await app.api.neighbourhood.create({ name: 'Blijdorp' }));
    const organisation = ok(await app.api.organisation.create({ name: 'Bibliotheek Blijdorp', kindId: 'kind-bibliotheek' }));
    ok(await app.api.organisation.update({ id: organisation.id, patch: { neighbourhoodIds: [neighbourhood.id] } }));
    ok(await app.api.changes.undo({}));
    expect(ok(await app.api.organisation.get({ id: organisation.id })).neighbourhoodIds).toEqual([]);
  });

  it('undoes the whole demo network in one step', async () => {
    const app = await openTestApp();
    const empty = await dataSnapshot(app);
    await buildDemoNetwork(app.network.db, { seed: 7, today: '2026-11-23' });
    expect(ok(await app.api.network.stats({})).organisations.total).toBeGreaterThanOrEqual(180);
    const undone = ok(await app.api.changes.undo({}));
    expect(undone.undone.summary).toBe('Ongedaan gemaakt: Demonetwerk Rotterdam Noord aangemaakt'.replace('Ongedaan gemaakt: ', ''));
    expect(await dataSnapshot(app)).toEqual(empty);
  });
});
