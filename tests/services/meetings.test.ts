// A meeting the broker organises, on real SQLite: invited, ticked present,
// the ties it may have made proposed, two accepted with the meeting as their
// source, afspraken made; the whole recording undone as one change.
import { describe, expect, it } from 'vitest';
import { followUps } from '../../shared/analysis/follow-ups';
import { lastContactByPerson } from '../../shared/analysis/last-contact';
import { loadNetworkData } from '../../shared/network/network-data';
import { ok, openTestApp, testToday, type TestApp } from '../support/temp-database';

/** Four organisations of one wijk: two pairs already know each other (directly, or through their people). */
async function seed(app: TestApp) {
  const wijk = ok(await app.api.neighbourhood.create({ name: 'Bergpolder' }));
  const organisation = async (name: string, themeIds: string[]) => {
    const created = ok(await app.api.organisation.create({ name, kindId: 'kind-welzijn', neighbourhoodIds: [wijk.id] }));
    if (themeIds.length > 0) ok(await app.api.offer.create({ organisationId: created.id, title: `Aanbod van ${name}`, themeIds, neighbourhoodIds: [wijk.id] }));
    return created;
  };
  const buurthuis = await organisation('Buurthuis Bergpolder', ['theme-ontmoeting']);
  const bieb = await organisation('Bibliotheek Bergpolder', ['theme-ontdekken-en-leren']);
  const kerk = await organisation('Kerk aan de Bergweg', ['theme-ontmoeting']);
  const sport = await organisation('Sportclub Noord', []);
  const at = async (name: string, organisationId: string) => ok(await app.api.person.createAtOrganisation({ person: { name }, organisationId, role: 'coördinator' })).person;
  const anouk = await at('Anouk Visser', buurthuis.id);
  const jeroen = await at('Jeroen Smit', bieb.id);
  const marieke = await at('Marieke Jansen', kerk.id);
  // Buurthuis and Sportclub know each other as organisations; Bibliotheek and Kerk through their people.
  ok(await app.api.tie.create({ from: { kind: 'organisation', id: buurthuis.id }, to: { kind: 'organisation', id: sport.id }, kind: 'werkt_samen' }));
  ok(await app.api.tie.create({ from: { kind: 'person', id: jeroen.id }, to: { kind: 'person', id: marieke.id }, kind: 'kent' }));
  return { wijk, buurthuis, bieb, kerk, sport, anouk, jeroen, marieke };
}

const counts = async (app: TestApp) => {
  const data = await loadNetworkData(app.api);
  return { ties: data.ties.length, logEntries: data.logEntries.length, tasks: data.tasks.length, meetings: data.meetings.map((meeting) => meeting.logEntryId) };
};

describe('a meeting', () => {
  it('invited, ticked present, proposes the ties it may have made; two accepted are logged with the meeting as source, with an afspraak; one undo takes it all back', async () => {
    const app = await openTestApp();
    const { wijk, buurthuis, bieb, kerk, sport, anouk, jeroen, marieke } = await seed(app);
    const meeting = ok(
      await app.api.meeting.create({
        kind: 'wijknetwerk',
        title: 'Wijknetwerk Bergpolder november',
        heldOn: '2026-11-19',
        startsAt: '19:30',
        place: 'Buurthuis Bergpolder',
        neighbourhoodId: wijk.id,
        invitedOrganisationIds: [buurthuis.id, bieb.id, kerk.id, sport.id],
        invitedPersonIds: [anouk.id, jeroen.id, marieke.id],
      }),
    );
    // On the day: the people of three organisations came, and the Sportclub without a named person.
    ok(await app.api.meeting.update({ id: meeting.id, patch: { attendedPersonIds: [anouk.id, jeroen.id, marieke.id], attendedOrganisationIds: [sport.id] } }));

    const proposals = ok(await app.api.meeting.proposeTies({ id: meeting.id }));
    // Four present make six pairs; two are connected already. Buurthuis and Kerk share a theme, so they lead.
    expect(proposals.map((proposal) => proposal.names)).toEqual([
      ['Buurthuis Bergpolder', 'Kerk aan de Bergweg'],
      ['Bibliotheek Bergpolder', 'Buurthuis Bergpolder'],
      ['Bibliotheek Bergpolder', 'Sportclub Noord'],
      ['Kerk aan de Bergweg', 'Sportclub Noord'],
    ]);
    expect(proposals[0]!.sharedThemeIds).toEqual(['theme-ontmoeting']);

    const before = await counts(app);
    const lastContactBefore = lastContactByPerson((await loadNetworkData(app.api)).logEntries);
    const accepted = [proposals[0]!, proposals[2]!];
    const outcome = ok(
      await app.api.meeting.record({
        meetingId: meeting.id,
        ties: accepted.map((proposal) => ({ organisationIds: proposal.organisationIds })),
        afspraken: [{ note: 'Bibliotheek stuurt het programma van de taalcafés rond.', ownerPersonId: jeroen.id, dueOn: '2026-12-10' }],
      }),
    );

    const data = await loadNetworkData(app.api);
    const entry = data.logEntries.find((candidate) => candidate.id === outcome.logEntryId)!;
    expect(entry).toMatchObject({ kind: 'wijknetwerk', occurredOn: '2026-11-19', personIds: [anouk.id, jeroen.id, marieke.id] });
    expect(new Set(entry.organisationIds)).toEqual(new Set([buurthuis.id, bieb.id, kerk.id, sport.id]));
    expect(data.meetings.find((candidate) => candidate.id === meeting.id)!.logEntryId).toBe(outcome.logEntryId);
    // The accepted ties, and only those, are new: between organisations, with the meeting's entry as their source.
    const newTies = outcome.tieIds.map((id) => data.ties.find((tie) => tie.id === id)!);
    expect(newTies.map((tie) => [tie.from.id, tie.to.id, tie.sourceLogEntryId, tie.since])).toEqual(accepted.map((proposal) => [...proposal.organisationIds, outcome.logEntryId, '2026-11-19']));
    expect(entry.tieIds).toEqual(outcome.tieIds);
    // Attending is a contact: "laatst gesproken" moves to the meeting for everyone who came.
    for (const person of [anouk, jeroen, marieke]) expect(lastContactByPerson(data.logEntries).get(person.id)).toBe('2026-11-19');
    expect(lastContactBefore.get(anouk.id)).toBeUndefined();
    // The afspraak stands in Opvolgen, with its owner and the meeting.
    const [afspraak] = followUps(data, testToday).afspraken;
    expect(afspraak).toMatchObject({ kind: 'afspraak', ownerPersonId: jeroen.id, meetingId: meeting.id, dueOn: '2026-12-10', doneOn: null });
    expect(await counts(app)).toEqual({ ties: before.ties + 2, logEntries: before.logEntries + 1, tasks: before.tasks + 1, meetings: [outcome.logEntryId] });
    // Accepted ties are no longer proposed; the meeting cannot be recorded twice.
    expect(ok(await app.api.meeting.proposeTies({ id: meeting.id })).map((proposal) => proposal.names)).toEqual([proposals[1]!.names, proposals[3]!.names]);
    expect(await app.api.meeting.record({ meetingId: meeting.id, ties: [], afspraken: [] })).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Wijknetwerk Bergpolder november is al verwerkt in het logboek.' } });

    const changes = ok(await app.api.changes.list({ limit: 1 }));
    expect(changes[0]!.summary).toBe('Bijeenkomst verwerkt: Wijknetwerk Bergpolder november');
    ok(await app.api.changes.undo({}));
    expect(await counts(app)).toEqual(before);
    expect(lastContactByPerson((await loadNetworkData(app.api)).logEntries)).toEqual(lastContactBefore);
  });

  it('is not recorded before it took place, without anyone ticked, or with a tie to someone who was not there; nothing changes', async () => {
    const app = await openTestApp();
    const { buurthuis, bieb, kerk, sport } = await seed(app);
    const upcoming = ok(await app.api.meeting.create({ kind: 'themabijeenkomst', title: 'Eenzaamheid', heldOn: '2026-12-03' }));
    const empty = ok(await app.api.meeting.create({ kind: 'wijktour', heldOn: '2026-11-12' }));
    const held = ok(await app.api.meeting.create({ kind: 'casusoverleg', heldOn: '2026-11-20', attendedOrganisationIds: [buurthuis.id, bieb.id] }));
    const before = await counts(app);
    const refused = async (input: Parameters<TestApp['api']['meeting']['record']>[0]) => {
      const result = await app.api.meeting.record(input);
      return result.ok ? null : result.error.message;
    };
    expect(await refused({ meetingId: upcoming.id, ties: [], afspraken: [] })).toBe('Eenzaamheid is nog niet geweest (3 december 2026); verwerk die daarna.');
    expect(await refused({ meetingId: empty.id, ties: [], afspraken: [] })).toBe('Vink eerst aan wie er waren.');
    expect(await refused({ meetingId: held.id, ties: [{ organisationIds: [buurthuis.id, kerk.id] }], afspraken: [] })).toBe('ties.0: Kerk aan de Bergweg was niet op casusoverleg van 20 november 2026.');
    expect(await refused({ meetingId: held.id, ties: [{ organisationIds: [sport.id, sport.id] }], afspraken: [] })).toBe('ties.0: een verbinding loopt tussen twee verschillende organisaties.');
    expect(await refused({ meetingId: held.id, ties: [], afspraken: [{ note: '  ', ownerPersonId: null, dueOn: '2026-12-01' }] })).toMatch(/Schrijf op wat er is afgesproken/);
    expect(await counts(app)).toEqual(before);
  });
});
