// Someone leaves an organisation, on real SQLite: exactly the relations that
// ran through them there move to the successor, counted before and after,
// the chosen ties are carried over, and one undo puts everything back.
import { describe, expect, it } from 'vitest';
import { loadNetworkData } from '../../shared/network/network-data';
import { ok, openTestApp, type TestApp } from '../support/temp-database';

async function seed(app: TestApp) {
  const buurthuis = ok(await app.api.organisation.create({ name: 'Buurthuis De Banier', kindId: 'kind-welzijn' }));
  const bieb = ok(await app.api.organisation.create({ name: 'Bibliotheek Noord', kindId: 'kind-bibliotheek' }));
  const at = async (name: string, organisationId: string) => ok(await app.api.person.createAtOrganisation({ person: { name, brokerWarmth: 'warm' }, organisationId, role: 'opbouwwerker' }));
  const { person: femke, affiliation: leaving } = await at('Femke de Wit', buurthuis.id);
  // Femke also volunteers at the library: what runs through her there stays hers.
  ok(await app.api.affiliation.create({ personId: femke.id, organisationId: bieb.id, role: 'vrijwilliger' }));
  const { person: ayse } = await at('Ayşe Yılmaz', bieb.id);
  const kees = ok(await app.api.person.create({ name: 'Kees Bakker' }));
  const offer = async (organisationId: string, title: string) => ok(await app.api.offer.create({ organisationId, title, contactPersonId: femke.id }));
  const maatjes = await offer(buurthuis.id, 'Maatjesproject');
  const inloop = await offer(buurthuis.id, 'Inloopochtend');
  const voorlezen = await offer(bieb.id, 'Voorlezen');
  const open = ok(await app.api.task.create({ kind: 'afspraak', note: 'Rooster rondsturen', dueOn: '2026-12-01', ownerPersonId: femke.id, personIds: [femke.id] }));
  const done = ok(await app.api.task.create({ kind: 'afspraak', note: 'Zaal boeken', dueOn: '2026-11-01', doneOn: '2026-10-30', ownerPersonId: femke.id }));
  const introduction = ok(await app.api.task.create({ kind: 'introductie', organisationIds: [buurthuis.id, bieb.id], personIds: [femke.id, ayse.id], dueOn: '2026-12-10' }));
  const casus = ok(await app.api.casus.create({ code: 'C-2026-031', openedOn: '2026-11-01', referrerTypeId: 'referrer-huisarts' }));
  const waiting = ok(await app.api.casusMatch.create({ casusId: casus.id, offerId: maatjes.id, personId: femke.id }));
  const started = ok(await app.api.casusMatch.create({ casusId: casus.id, offerId: inloop.id, personId: femke.id, result: 'gestart' }));
  const warm = ok(await app.api.tie.create({ from: { kind: 'person', id: femke.id }, to: { kind: 'person', id: ayse.id }, kind: 'werkt_samen', warmth: 'warm' }));
  const lauw = ok(await app.api.tie.create({ from: { kind: 'organisation', id: bieb.id }, to: { kind: 'person', id: femke.id }, kind: 'kent', warmth: 'lauw' }));
  return { buurthuis, bieb, femke, kees, ayse, leaving, maatjes, inloop, voorlezen, open, done, introduction, waiting, started, warm, lauw };
}

const byPair = (left: { person: string; organisation: string }, right: { person: string; organisation: string }) => `${left.person}|${left.organisation}`.localeCompare(`${right.person}|${right.organisation}`);

/** Who each relation runs through now. */
async function relations(app: TestApp) {
  const data = await loadNetworkData(app.api);
  const matches = ok(await app.api.casusMatch.list({}));
  return {
    offers: Object.fromEntries(data.offers.map((offer) => [offer.title, offer.contactPersonId])),
    tasks: Object.fromEntries(data.tasks.map((task) => [task.note || task.kind, { owner: task.ownerPersonId, people: task.personIds }])),
    matches: Object.fromEntries(matches.map((match) => [match.id, match.personId])),
    affiliations: data.affiliations.map((affiliation) => ({ person: affiliation.personId, organisation: affiliation.organisationId, until: affiliation.until, successor: affiliation.successorPersonId })).sort(byPair),
    ties: data.ties.filter((tie) => tie.archivedAt === null).length,
  };
}

describe('someone who leaves an organisation', () => {
  it('moves exactly the relations that ran through them there to the successor, carries the chosen tie, and one undo restores all', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    const plan = ok(await app.api.affiliation.departurePlan({ id: s.leaving.id }));
    expect(plan.moves).toEqual({ offers: 2, afspraken: 1, introductions: 1, casusMatches: 1 });
    expect(plan.ties.map((tie) => [tie.otherName, tie.warmth])).toEqual([
      ['Ayşe Yılmaz', 'warm'],
      ['Bibliotheek Noord', 'lauw'],
    ]);

    const before = await relations(app);
    const outcome = ok(await app.api.affiliation.depart({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: s.kees.id, carryTieIds: [s.warm.id] }));
    expect(outcome.moves).toEqual(plan.moves);
    const after = await relations(app);
    // The two offers at the Buurthuis move; the library's stays with Femke, who still volunteers there.
    expect(after.offers).toEqual({ Maatjesproject: s.kees.id, Inloopochtend: s.kees.id, Voorlezen: s.femke.id });
    expect(after.tasks['Rooster rondsturen']).toEqual({ owner: s.kees.id, people: [s.kees.id] });
    expect(after.tasks['Zaal boeken']).toEqual(before.tasks['Zaal boeken']);
    expect(after.tasks.introductie).toEqual({ owner: null, people: [s.kees.id, s.ayse.id] });
    // The handover waiting for its result moves; the one that started stays with whom it started.
    expect(after.matches).toEqual({ [s.waiting.id]: s.kees.id, [s.started.id]: s.femke.id });
    // Femke's role ended with Kees as successor, and Kees has her role there now.
    expect(after.affiliations).toEqual(
      [
        ...before.affiliations.map((affiliation) => (affiliation.person === s.femke.id && affiliation.organisation === s.buurthuis.id ? { ...affiliation, until: '2026-11-30', successor: s.kees.id } : affiliation)),
        { person: s.kees.id, organisation: s.buurthuis.id, until: null, successor: null },
      ].sort(byPair),
    );
    // One tie carried over, lauw, with the same party; Femke keeps her own ties.
    expect(after.ties).toBe(before.ties + 1);
    const [carried] = ok(await app.api.tie.list({})).filter((tie) => outcome.tieIds.includes(tie.id));
    expect(carried).toMatchObject({ from: { kind: 'person', id: s.kees.id }, to: { kind: 'person', id: s.ayse.id }, kind: 'werkt_samen', warmth: 'lauw', since: '2026-11-30', note: 'Overgenomen van Femke de Wit.' });
    expect(ok(await app.api.changes.list({ limit: 1 }))[0]!.summary).toBe('Femke de Wit vertrokken bij Buurthuis De Banier; opvolger Kees Bakker');

    ok(await app.api.changes.undo({}));
    expect(await relations(app)).toEqual(before);
  });

  it('without a successor only ends the role; a second departure, a start after the end, a foreign tie and oneself as successor are refused, changing nothing', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    const before = await relations(app);
    const refused = async (input: Parameters<TestApp['api']['affiliation']['depart']>[0]) => {
      const result = await app.api.affiliation.depart(input);
      return result.ok ? null : result.error.message;
    };
    expect(await refused({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: s.femke.id, carryTieIds: [] })).toMatch(/eigen opvolger/);
    expect(await refused({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: null, carryTieIds: [s.warm.id] })).toBe('Verbindingen gaan over op een opvolger; kies eerst wie dat is.');
    const foreign = ok(await app.api.tie.create({ from: { kind: 'person', id: s.kees.id }, to: { kind: 'person', id: s.ayse.id }, kind: 'kent' }));
    expect(await refused({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: s.kees.id, carryTieIds: [foreign.id] })).toBe(`Verbinding "${foreign.id}" is niet van Femke de Wit.`);
    ok(await app.api.tie.archive({ id: foreign.id }));
    expect(await relations(app)).toEqual(before);

    ok(await app.api.affiliation.depart({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: null, carryTieIds: [] }));
    const after = await relations(app);
    expect(after.offers).toEqual(before.offers);
    expect(after.matches).toEqual(before.matches);
    expect(after.affiliations.find((affiliation) => affiliation.person === s.femke.id && affiliation.organisation === s.buurthuis.id)).toMatchObject({ until: '2026-11-30', successor: null });
    expect(await refused({ affiliationId: s.leaving.id, leftOn: '2026-12-01', successorPersonId: null, carryTieIds: [] })).toBe('Femke de Wit is al vertrokken bij Buurthuis De Banier (per 30 november 2026).');
  });

  it('records where the person went as their new role, in the same undoable step; the organisation they left is refused as the new one', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    const wijkteam = ok(await app.api.organisation.create({ name: 'Wijkteam Noord', kindId: 'kind-welzijn' }));
    const before = await relations(app);
    const same = await app.api.affiliation.depart({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: null, carryTieIds: [], newRole: { organisationId: s.buurthuis.id, role: 'coördinator' } });
    // The message stands next to the field at fault.
    expect(same).toMatchObject({ ok: false, error: { message: 'Dat is Buurthuis De Banier zelf; kies waar Femke de Wit naartoe ging.', fields: { 'newRole.organisationId': 'Dat is Buurthuis De Banier zelf; kies waar Femke de Wit naartoe ging.' } } });
    expect(await relations(app)).toEqual(before);

    const outcome = ok(await app.api.affiliation.depart({ affiliationId: s.leaving.id, leftOn: '2026-11-30', successorPersonId: s.kees.id, carryTieIds: [], newRole: { organisationId: wijkteam.id, role: 'wijkcoach' } }));
    expect(ok(await app.api.affiliation.get({ id: outcome.newAffiliationId! }))).toMatchObject({ personId: s.femke.id, organisationId: wijkteam.id, role: 'wijkcoach', since: '2026-11-30', until: null });
    expect(ok(await app.api.changes.list({ limit: 1 }))[0]!.summary).toBe('Femke de Wit vertrokken bij Buurthuis De Banier; opvolger Kees Bakker; nu bij Wijkteam Noord');
    ok(await app.api.changes.undo({}));
    expect(await relations(app)).toEqual(before);
  });
});
