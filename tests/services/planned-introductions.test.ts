import { describe, expect, it } from 'vitest';
import { followUps } from '../../shared/analysis/follow-ups';
import { lastContactByPerson } from '../../shared/analysis/last-contact';
import { overlappingOffers } from '../../shared/analysis/overlapping-offers';
import { contactPersonAt, openIntroductionBetween } from '../../shared/analysis/planned-introductions';
import { loadNetworkData } from '../../shared/network/network-data';
import { ok, openTestApp, testToday } from '../support/temp-database';

/** The pairs the overlap analysis shows as not knowing each other, each as "a|b" (ids sorted). */
const strangers = (data: Parameters<typeof overlappingOffers>[0]) => overlappingOffers(data).flatMap((group) => group.unconnectedPairs.map((pair) => [...pair].sort().join('|')));
const pairOf = (a: string, b: string) => [a, b].sort().join('|');

/** Two organisations doing the same in one neighbourhood without knowing each other, and a third. */
async function seed(app: Awaited<ReturnType<typeof openTestApp>>) {
  const oudeNoorden = ok(await app.api.neighbourhood.create({ name: 'Oude Noorden' }));
  const buurtwerk = ok(await app.api.organisation.create({ name: 'Buurtwerk Noord', kindId: 'kind-welzijn', neighbourhoodIds: [oudeNoorden.id] }));
  const humaniteit = ok(await app.api.organisation.create({ name: 'Humaniteit Noord', kindId: 'kind-welzijn', neighbourhoodIds: [oudeNoorden.id] }));
  const bieb = ok(await app.api.organisation.create({ name: 'Bibliotheek Oude Noorden', kindId: 'kind-bibliotheek', neighbourhoodIds: [oudeNoorden.id] }));
  const at = async (name: string, organisationId: string, brokerWarmth: 'koud' | 'lauw' | 'warm' | null) => ok(await app.api.person.createAtOrganisation({ person: { name, brokerWarmth }, organisationId, role: 'coördinator' })).person;
  const femke = await at('Femke de Wit', buurtwerk.id, 'lauw');
  const kees = await at('Kees Bakker', buurtwerk.id, 'warm');
  const ayse = await at('Ayşe Yılmaz', humaniteit.id, null);
  for (const organisation of [buurtwerk, humaniteit]) {
    ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Maatjesproject', themeIds: ['theme-ontmoeting'], targetGroupIds: ['target-ouderen'], neighbourhoodIds: [oudeNoorden.id] }));
  }
  return { buurtwerk, humaniteit, bieb, femke, kees, ayse };
}

describe('a planned introduction', () => {
  it('is a task with the person to reach at each side and a due date, not a contact: "laatst gesproken" stays as it was', async () => {
    const app = await openTestApp();
    const { buurtwerk, humaniteit, kees, ayse } = await seed(app);
    const before = await loadNetworkData(app.api);
    expect(strangers(before)).toContain(pairOf(buurtwerk.id, humaniteit.id));
    // The warmest person at Buurtwerk is Kees; at Humaniteit the only one is Ayşe.
    const personIds = [buurtwerk.id, humaniteit.id].flatMap((id) => contactPersonAt(before, id, testToday)?.id ?? []);
    expect(personIds).toEqual([kees.id, ayse.id]);

    const task = ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, humaniteit.id], personIds, note: 'Voorstellen: zelfde maatjesproject.', dueOn: '2026-11-30' }));
    const after = await loadNetworkData(app.api);
    expect(after.logEntries).toEqual(before.logEntries);
    expect([...lastContactByPerson(after.logEntries)]).toEqual([...lastContactByPerson(before.logEntries)]);
    expect(openIntroductionBetween(after.tasks, humaniteit.id, buurtwerk.id)?.id).toBe(task.id);
    expect(ok(await app.api.changes.list({ limit: 1 }))[0]!.summary).toMatch(/taak/i);
  });

  it('stands in the follow-up list by due date, however far ahead', async () => {
    const app = await openTestApp();
    const { buurtwerk, humaniteit, bieb } = await seed(app);
    ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, bieb.id], dueOn: '2027-03-01' }));
    ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, humaniteit.id], dueOn: '2026-11-20' }));
    const dropped = ok(await app.api.task.create({ kind: 'introductie', organisationIds: [humaniteit.id, bieb.id], dueOn: '2026-11-25' }));
    ok(await app.api.task.archive({ id: dropped.id }));
    const due = followUps(await loadNetworkData(app.api), testToday).introductions;
    expect(due.map((task) => [task.dueOn, task.organisationIds])).toEqual([
      ['2026-11-20', [buurtwerk.id, humaniteit.id]],
      ['2027-03-01', [buurtwerk.id, bieb.id]],
    ]);
  });

  it('is done when the introduction is logged: the contact, the tie, and the task pointing at that contact, in one undoable change', async () => {
    const app = await openTestApp();
    const { buurtwerk, humaniteit, bieb, femke, kees, ayse } = await seed(app);
    const task = ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, humaniteit.id], personIds: [kees.id, ayse.id], dueOn: '2026-11-30' }));
    expect(strangers(await loadNetworkData(app.api))).toContain(pairOf(buurtwerk.id, humaniteit.id));
    const other = ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, bieb.id], dueOn: '2026-11-30' }));

    // Knowing each other already ("kent") is not the introduction she planned.
    const known = ok(await app.api.logbook.record({ newOrganisations: [], newPersons: [], entries: [{ occurredOn: '2026-11-21', kind: 'telefoon', personIds: [femke.id, ayse.id], organisationIds: [], note: '', followUpOn: null, ties: [{ from: { kind: 'person', id: femke.id }, to: { kind: 'person', id: ayse.id }, kind: 'kent', warmth: 'lauw' }], warmerPersonIds: [], offers: [] }] }));
    expect(known.introductionsDone).toEqual([]);
    ok(await app.api.changes.undo({}));

    // Another person of Buurtwerk than the one planned still makes the introduction between the two organisations.
    const outcome = ok(
      await app.api.logbook.record({
        newOrganisations: [],
        newPersons: [],
        entries: [{ occurredOn: '2026-11-22', kind: 'mail', personIds: [femke.id, ayse.id], organisationIds: [buurtwerk.id, humaniteit.id], note: 'Voorgesteld per mail.', followUpOn: null, ties: [{ from: { kind: 'person', id: ayse.id }, to: { kind: 'person', id: femke.id }, kind: 'geintroduceerd', warmth: 'lauw' }], warmerPersonIds: [], offers: [] }],
      }),
    );
    expect(outcome.introductionsDone).toEqual([task.id]);
    expect(ok(await app.api.task.get({ id: task.id }))).toMatchObject({ doneOn: '2026-11-22', doneInLogEntryId: outcome.entryIds[0] });
    expect(ok(await app.api.task.get({ id: other.id })).doneOn).toBeNull();
    const data = await loadNetworkData(app.api);
    expect(strangers(data)).not.toContain(pairOf(buurtwerk.id, humaniteit.id));
    expect(openIntroductionBetween(data.tasks, buurtwerk.id, humaniteit.id)).toBeUndefined();
    expect(followUps(data, testToday).introductions.map((open) => open.id)).toEqual([other.id]);

    // One undo takes the contact back and opens the plan again.
    ok(await app.api.changes.undo({}));
    expect(ok(await app.api.task.get({ id: task.id }))).toMatchObject({ doneOn: null, doneInLogEntryId: null });
    expect(ok(await app.api.logEntry.list({}))).toEqual([]);
  });

  it('refuses a task without a due date or with an unknown organisation, in Dutch, and keeps nothing', async () => {
    const app = await openTestApp();
    const { buurtwerk } = await seed(app);
    const noDate = await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id] } as never);
    expect(noDate.ok).toBe(false);
    const unknown = await app.api.task.create({ kind: 'introductie', organisationIds: [buurtwerk.id, 'bestaat-niet'], dueOn: '2026-12-01' });
    expect(unknown.ok || unknown.error.message).toMatch(/onbekende organisatie/);
    expect(ok(await app.api.task.list({ includeArchived: true }))).toEqual([]);
  });
});
