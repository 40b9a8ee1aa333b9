// An uitvraag on real SQLite: a question put out to partners, two replies
// logged (each a contact in the log), who has not answered yet, and a reply
// made into an offer, a tie and a casus match, each one undoable step.
import { describe, expect, it } from 'vitest';
import { notAnsweredYet, repliesPerAddressee } from '../../shared/domain/request';
import { lastContactByPerson } from '../../shared/analysis/last-contact';
import { loadNetworkData } from '../../shared/network/network-data';
import { ok, openTestApp, type TestApp } from '../support/temp-database';

async function seed(app: TestApp) {
  const wijk = ok(await app.api.neighbourhood.create({ name: 'Bergpolder' }));
  const organisation = async (name: string) => ok(await app.api.organisation.create({ name, kindId: 'kind-welzijn', neighbourhoodIds: [wijk.id] }));
  const buurthuis = await organisation('Buurthuis Bergpolder');
  const humaniteit = await organisation('Humanitas Noord');
  const kerk = await organisation('Kerk aan de Bergweg');
  const at = async (name: string, organisationId: string) => ok(await app.api.person.createAtOrganisation({ person: { name }, organisationId, role: 'coördinator' })).person;
  const anouk = await at('Anouk Visser', buurthuis.id);
  const jeroen = await at('Jeroen Smit', humaniteit.id);
  const marieke = await at('Marieke Jansen', kerk.id);
  const request = ok(await app.api.request.create({ question: 'Wie heeft ruimte voor een maatje in Bergpolder?', askedOn: '2026-11-16', neighbourhoodId: wijk.id, themeId: 'theme-ontmoeting', personIds: [anouk.id, jeroen.id, marieke.id] }));
  return { wijk, buurthuis, humaniteit, kerk, anouk, jeroen, marieke, request };
}

describe('an uitvraag', () => {
  it('takes two replies, each a contact in the log; shows who has not answered; a reply becomes an offer in one undoable step', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    const first = ok(await app.api.request.logReply({ requestId: s.request.id, personId: s.jeroen.id, organisationId: null, answeredOn: '2026-11-17', answer: 'Wij hebben nog twee maatjes vrij voor ouderen.', channel: 'app' }));
    ok(await app.api.request.logReply({ requestId: s.request.id, personId: null, organisationId: s.kerk.id, answeredOn: '2026-11-18', answer: 'Bezoekgroep op dinsdag heeft plek.', channel: 'mail' }));
    const data = await loadNetworkData(app.api);
    expect(data.requestReplies.map((reply) => [reply.answeredOn, reply.personId, reply.organisationId])).toEqual([
      ['2026-11-17', s.jeroen.id, null],
      ['2026-11-18', null, s.kerk.id],
    ]);
    // Each reply is a contact: Jeroen's "laatst gesproken" is the day he answered; the log says what about.
    expect(lastContactByPerson(data.logEntries).get(s.jeroen.id)).toBe('2026-11-17');
    expect(data.logEntries.find((entry) => entry.id === first.logEntryId)).toMatchObject({ kind: 'app', note: 'Antwoord op een uitvraag van 16 november 2026: Wij hebben nog twee maatjes vrij voor ouderen.' });
    // Marieke answered through her organisation: only Anouk has not answered yet.
    expect(notAnsweredYet(data.requests[0]!, data.requestReplies, data.affiliations)).toEqual({ personIds: [s.anouk.id], organisationIds: [] });
    // Per partner, the replies that answer them: Marieke's is her organisation's.
    const perAddressee = repliesPerAddressee(data.requests[0]!, data.requestReplies, data.affiliations);
    expect([s.anouk.id, s.jeroen.id, s.marieke.id].map((id) => perAddressee.persons.get(id)?.map((reply) => reply.answeredOn))).toEqual([[], ['2026-11-17'], ['2026-11-18']]);

    const offersBefore = data.offers.length;
    const made = ok(await app.api.request.replyInto({ replyId: first.id, into: 'offer', title: 'Maatjes voor ouderen' }));
    const offer = ok(await app.api.offer.get({ id: made.offerId! }));
    expect(offer).toMatchObject({ organisationId: s.humaniteit.id, title: 'Maatjes voor ouderen', description: 'Wij hebben nog twee maatjes vrij voor ouderen.', contactPersonId: s.jeroen.id, themeIds: ['theme-ontmoeting'], neighbourhoodIds: [s.wijk.id], verifiedOn: '2026-11-17' });
    expect(await app.api.request.replyInto({ replyId: first.id, into: 'offer', title: 'Nog eens' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Van dit antwoord is al een aanbod gemaakt.' } });
    ok(await app.api.changes.undo({}));
    expect((await loadNetworkData(app.api)).offers.length).toBe(offersBefore);
    expect(ok(await app.api.requestReply.get({ id: first.id })).offerId).toBeNull();
  });

  it('makes a reply into a tie or a casus match; refuses a reply without anyone and an empty answer, changing nothing', async () => {
    const app = await openTestApp();
    const s = await seed(app);
    const reply = ok(await app.api.request.logReply({ requestId: s.request.id, personId: s.jeroen.id, organisationId: null, answeredOn: '2026-11-17', answer: 'Maatje beschikbaar.', channel: 'telefoon' }));
    const tied = ok(await app.api.request.replyInto({ replyId: reply.id, into: 'tie', with: { kind: 'organisation', id: s.buurthuis.id } }));
    expect(ok(await app.api.tie.get({ id: tied.tieId! }))).toMatchObject({ from: { kind: 'person', id: s.jeroen.id }, to: { kind: 'organisation', id: s.buurthuis.id }, kind: 'kent', warmth: 'lauw', since: '2026-11-17', sourceLogEntryId: reply.logEntryId });
    const casus = ok(await app.api.casus.create({ code: 'C-2026-040', openedOn: '2026-11-10', referrerTypeId: 'referrer-huisarts' }));
    const matched = ok(await app.api.request.replyInto({ replyId: reply.id, into: 'casusMatch', casusId: casus.id }));
    expect(ok(await app.api.casusMatch.get({ id: matched.casusMatchId! }))).toMatchObject({ casusId: casus.id, personId: s.jeroen.id, result: null });

    const before = await loadNetworkData(app.api);
    const refused = async (input: Parameters<TestApp['api']['request']['logReply']>[0]) => {
      const result = await app.api.request.logReply(input);
      return result.ok ? null : result.error.message;
    };
    expect(await refused({ requestId: s.request.id, personId: null, organisationId: null, answeredOn: '2026-11-18', answer: 'Ja', channel: 'app' })).toBe('Wie antwoordde? Kies een contactpersoon of een organisatie.');
    expect(await refused({ requestId: s.request.id, personId: s.anouk.id, organisationId: null, answeredOn: '2026-11-18', answer: '  ', channel: 'app' })).toMatch(/Schrijf op wat ze aanbieden/);
    expect(await refused({ requestId: s.request.id, personId: s.anouk.id, organisationId: null, answeredOn: '2026-11-18', answer: 'Ja', channel: 'brief' as 'app' })).toMatch(/Kies hoe het antwoord kwam/);
    expect(await loadNetworkData(app.api)).toEqual(before);
  });
});
