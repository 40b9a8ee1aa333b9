import { describe, expect, it } from 'vitest';
import { ok, openTestApp } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

/** The relations a record has, counted straight from the tables. */
async function relationsOf(app: Awaited<ReturnType<typeof openTestApp>>, kind: 'organisation' | 'person', id: string) {
  const data = ok(await app.api.network.load({}));
  const tieEnds = data.ties.filter((tie) => tie.archivedAt === null && ((tie.from.kind === kind && tie.from.id === id) || (tie.to.kind === kind && tie.to.id === id)));
  return {
    affiliations: data.affiliations.filter((affiliation) => (kind === 'organisation' ? affiliation.organisationId : affiliation.personId) === id).length,
    offers: data.offers.filter((offer) => (kind === 'organisation' ? offer.organisationId : offer.contactPersonId) === id).length,
    ties: tieEnds.length,
    logEntries: data.logEntries.filter((entry) => (kind === 'organisation' ? entry.organisationIds : entry.personIds).includes(id)).length,
  };
}

async function seed(app: Awaited<ReturnType<typeof openTestApp>>) {
  const keep = ok(await app.api.organisation.create({ name: 'Stichting Buurtwerk Noord', kindId: 'kind-welzijn', phone: '010-4661234' }));
  const drop = ok(await app.api.organisation.create({ name: 'Buurtwerk Noord', kindId: 'kind-welzijn', phone: '010-4661234', email: 'info@buurtwerk.example', tags: ['ouderen'] }));
  const other = ok(await app.api.organisation.create({ name: 'Bibliotheek Oude Noorden', kindId: 'kind-bibliotheek' }));
  const femke = ok(await app.api.person.createAtOrganisation({ person: { name: 'Femke de Wit', phones: [{ number: '0612345678', label: 'mobiel' }] }, organisationId: keep.id, role: 'opbouwwerker' })).person;
  const dup = ok(await app.api.person.createAtOrganisation({ person: { name: 'F. de Wit', phones: [{ number: '0612345678', label: 'mobiel' }], email: 'femke@buurtwerk.example' }, organisationId: drop.id, role: 'opbouwwerker' })).person;
  ok(await app.api.offer.create({ organisationId: drop.id, title: 'Koffieochtend', contactPersonId: dup.id }));
  ok(await app.api.tie.create({ from: { kind: 'organisation', id: drop.id }, to: { kind: 'organisation', id: other.id }, kind: 'werkt_samen' }));
  ok(await app.api.tie.create({ from: { kind: 'organisation', id: keep.id }, to: { kind: 'organisation', id: drop.id }, kind: 'kent' }));
  ok(await app.api.logEntry.create({ occurredOn: '2026-11-01', kind: 'fietsronde', organisationIds: [drop.id, keep.id], personIds: [dup.id] }));
  ok(await app.api.logEntry.create({ occurredOn: '2026-11-02', kind: 'telefoon', organisationIds: [drop.id], personIds: [dup.id, femke.id] }));
  const casus = ok(await app.api.casus.create({ code: 'C-2026-001', openedOn: '2026-10-01', referrerTypeId: 'referrer-huisarts', referrerPersonId: dup.id }));
  ok(await app.api.casusMatch.create({ casusId: casus.id, personId: dup.id }));
  return { keep, drop, femke, dup, casus };
}

describe('merging duplicates', () => {
  it('keeps every relation of both organisations and archives the duplicate', async () => {
    const app = await openTestApp();
    const { keep, drop } = await seed(app);
    const before = { keep: await relationsOf(app, 'organisation', keep.id), drop: await relationsOf(app, 'organisation', drop.id) };
    // The preview says beforehand what the merge then moves, and changes nothing itself.
    const preview = ok(await app.api.network.mergeMoves({ kind: 'organisation', keepId: keep.id, dropId: drop.id }));
    expect(await relationsOf(app, 'organisation', drop.id)).toEqual(before.drop);
    const outcome = ok(await app.api.network.merge({ kind: 'organisation', keepId: keep.id, dropId: drop.id }));
    expect(outcome.moved).toEqual({ affiliations: 1, offers: 1, ties: 2, logEntries: 2 });
    expect(preview).toEqual(outcome.moved);
    const after = await relationsOf(app, 'organisation', keep.id);
    expect(after.affiliations).toBe(before.keep.affiliations + before.drop.affiliations);
    expect(after.offers).toBe(before.keep.offers + before.drop.offers);
    // The tie between the two duplicates means nothing any more; the other one moved over.
    expect(after.ties).toBe(before.keep.ties + before.drop.ties - 2);
    // Log entries that mentioned both now mention the kept one once.
    expect(after.logEntries).toBe(2);
    const merged = ok(await app.api.organisation.get({ id: keep.id }));
    expect(merged).toMatchObject({ aliases: ['Buurtwerk Noord'], email: 'info@buurtwerk.example', tags: ['ouderen'] });
    expect(ok(await app.api.organisation.get({ id: drop.id })).archivedAt).not.toBeNull();
  });

  it('keeps every relation of both persons, casus links included', async () => {
    const app = await openTestApp();
    const { femke, dup, casus } = await seed(app);
    const preview = ok(await app.api.network.mergeMoves({ kind: 'person', keepId: femke.id, dropId: dup.id }));
    expect(ok(await app.api.network.merge({ kind: 'person', keepId: femke.id, dropId: dup.id })).moved).toEqual(preview);
    const after = await relationsOf(app, 'person', femke.id);
    expect(after).toEqual({ affiliations: 2, offers: 1, ties: 0, logEntries: 2 });
    expect(ok(await app.api.casus.get({ id: casus.id })).referrerPersonId).toBe(femke.id);
    expect(ok(await app.api.casusMatch.list({}))[0]!.personId).toBe(femke.id);
    expect(ok(await app.api.person.get({ id: femke.id }))).toMatchObject({ email: 'femke@buurtwerk.example', phones: [{ number: '+31612345678', label: 'mobiel' }] });
  });

  it('is undone in one step, restoring both records exactly', async () => {
    const app = await openTestApp();
    const { keep, drop } = await seed(app);
    const before = JSON.parse(await snapshot(app.network.db)) as { tables: Record<string, unknown[]> };
    ok(await app.api.network.merge({ kind: 'organisation', keepId: keep.id, dropId: drop.id }));
    const undone = ok(await app.api.changes.undo({}));
    expect(undone.undone.summary).toBe("Organisatie 'Buurtwerk Noord' samengevoegd met 'Stichting Buurtwerk Noord'");
    const after = JSON.parse(await snapshot(app.network.db)) as { tables: Record<string, unknown[]> };
    for (const table of Object.keys(before.tables).filter((name) => name !== 'change_set' && name !== 'change')) expect(after.tables[table], table).toEqual(before.tables[table]);
  });

  it('refuses to merge a record with itself or with a missing one, changing nothing', async () => {
    const app = await openTestApp();
    const { keep } = await seed(app);
    const before = await snapshot(app.network.db);
    expect(await app.api.network.merge({ kind: 'organisation', keepId: keep.id, dropId: keep.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.api.network.merge({ kind: 'organisation', keepId: keep.id, dropId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await snapshot(app.network.db)).toBe(before);
  });
});
