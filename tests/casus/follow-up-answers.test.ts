import { describe, expect, it } from 'vitest';
import { followUpQuestion, followUpState } from '../../shared/casus/plan-follow-ups';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp } from '../support/temp-database';

async function handedOver(app: Awaited<ReturnType<typeof openTestApp>>) {
  const organisation = ok(await app.api.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
  const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+' }));
  const casus = ok(await app.api.casus.create({ code: 'C-2026-014', openedOn: '2026-11-02', referrerTypeId: 'referrer-poh-ggz', status: 'zoeken' }));
  const { match } = ok(await app.api.casus.recordHandover({ casusId: casus.id, offerId: offer.id, personId: null, handoverOn: '2026-11-23', channel: 'bellen' }));
  const followUps = ok(await app.api.casusFollowUp.list({})).sort((left, right) => left.dueOn.localeCompare(right.dueOn));
  return { casus, match, followUps };
}

describe('a follow-up after a handover', () => {
  it('asks whether the resident started at two weeks, and whether they still take part at three and six months', async () => {
    const app = await openTestApp();
    const { followUps } = await handedOver(app);
    expect(followUps.map((followUp) => [followUp.note, followUpQuestion(followUp.dueOn, '2026-11-23').answers])).toEqual([
      ['Na 2 weken: is de bewoner gestart?', ['gestart', 'niet_gestart']],
      ['Na 3 maanden: doet de bewoner nog mee?', ['doet_mee', 'gestopt']],
      ['Na 6 maanden: doet de bewoner nog mee?', ['doet_mee', 'gestopt']],
    ]);
  });

  it('answered, sets the handover result to match in the same change; one undo takes both back', async () => {
    const app = await openTestApp();
    const { match, followUps } = await handedOver(app);
    const [twoWeeks, threeMonths] = followUps;
    ok(await app.api.casus.answerFollowUp({ followUpId: twoWeeks!.id, answer: 'gestart', answeredOn: '2026-12-07' }));
    expect(ok(await app.api.casusMatch.get({ id: match.id })).result).toBe('gestart');

    const before = await snapshot(app.network.db, { dataOnly: true });
    const outcome = ok(await app.api.casus.answerFollowUp({ followUpId: threeMonths!.id, answer: 'gestopt', answeredOn: '2027-02-23' }));
    expect(outcome).toEqual({ followUpId: threeMonths!.id, matchId: match.id });
    expect(ok(await app.api.casusFollowUp.get({ id: threeMonths!.id }))).toMatchObject({ doneOn: '2027-02-23', stillParticipating: false });
    expect(ok(await app.api.casusMatch.get({ id: match.id })).result).toBe('gestopt');
    expect(ok(await app.api.changes.list({ limit: 1 }))[0]!.summary).toBe('Casus C-2026-014: vervolgcontact van 23 februari 2027, gestopt');

    ok(await app.api.changes.undo({}));
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
  });

  it('refuses an answer that is not one, in Dutch, and changes nothing', async () => {
    const app = await openTestApp();
    const { followUps } = await handedOver(app);
    const before = await snapshot(app.network.db, { dataOnly: true });
    const result = await app.api.casus.answerFollowUp({ followUpId: followUps[0]!.id, answer: 'misschien' as 'gestart', answeredOn: '2026-12-07' });
    expect(result.ok || result.error.message).toMatch(/"misschien" is geen antwoord; kies uit: gestart, niet gestart, doet nog mee, gestopt\./);
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
  });

  it('lets the latest contact say the handover\'s result: an earlier one answered late does not overrule it', async () => {
    const app = await openTestApp();
    const { match, followUps } = await handedOver(app);
    const [twoWeeks, threeMonths] = followUps;
    ok(await app.api.casus.answerFollowUp({ followUpId: threeMonths!.id, answer: 'gestopt', answeredOn: '2027-02-23' }));
    ok(await app.api.casus.answerFollowUp({ followUpId: twoWeeks!.id, answer: 'gestart', answeredOn: '2027-02-24' }));
    expect(ok(await app.api.casusFollowUp.get({ id: twoWeeks!.id }))).toMatchObject({ stillParticipating: true });
    expect(ok(await app.api.casusMatch.get({ id: match.id })).result).toBe('gestopt');
  });

  it('keeps why the resident stopped with the no, and drops it when a later yes is given', async () => {
    const app = await openTestApp();
    const { followUps } = await handedOver(app);
    const threeMonths = followUps[1]!;
    ok(await app.api.casus.answerFollowUp({ followUpId: threeMonths.id, answer: 'gestopt', answeredOn: '2027-02-23', stopReason: 'geen_klik' }));
    expect(ok(await app.api.casusFollowUp.get({ id: threeMonths.id }))).toMatchObject({ stillParticipating: false, stopReason: 'geen_klik' });
    // A reason that does not fit stopping is refused next to nothing changed.
    const before = await snapshot(app.network.db, { dataOnly: true });
    const wrong = await app.api.casusFollowUp.update({ id: threeMonths.id, patch: { stopReason: 'onbereikbaar' } });
    expect(wrong.ok || wrong.error.message).toMatch(/"niet bereikbaar na herhaalde pogingen" past niet bij "stoppen"; kies uit: activiteit paste niet/);
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
    ok(await app.api.casus.answerFollowUp({ followUpId: threeMonths.id, answer: 'doet_mee', answeredOn: '2027-02-24' }));
    expect(ok(await app.api.casusFollowUp.get({ id: threeMonths.id }))).toMatchObject({ stillParticipating: true, stopReason: null });
  });
});

describe('a casus that ends before the resident takes part', () => {
  it('needs a reason that fits its status, in Dutch, and changes nothing without one', async () => {
    const app = await openTestApp();
    const casus = ok(await app.api.casus.create({ code: 'C-2026-015', openedOn: '2026-11-02', referrerTypeId: 'referrer-huisarts' }));
    const before = await snapshot(app.network.db, { dataOnly: true });
    const without = await app.api.casus.update({ id: casus.id, patch: { status: 'niet_bereikt' } });
    expect(without.ok || without.error.message).toBe('Kies bij "niet bereikt" een reden.');
    const misfit = await app.api.casus.update({ id: casus.id, patch: { status: 'niet_passend', statusReason: 'verhuisd' } });
    expect(misfit.ok || misfit.error.message).toMatch(/^"verhuisd" past niet bij "niet passend"; kies uit: zorg- of behandelvraag, geen welzijnsvraag, eerst crisis of schulden oplossen, buiten het werkgebied, anders\.$/);
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
    ok(await app.api.casus.update({ id: casus.id, patch: { status: 'afgezien', statusReason: 'andere_hulp', closedOn: '2026-11-20' } }));
    expect(ok(await app.api.casus.get({ id: casus.id }))).toMatchObject({ status: 'afgezien', statusReason: 'andere_hulp' });
  });
});

describe('what Opvolgen still asks', () => {
  const due = async (app: Awaited<ReturnType<typeof openTestApp>>, today: string) => ok(await app.api.casus.dueFollowUps({ today })).map((followUp) => followUp.note);

  it('drops a contact once a later one is answered, "gestart?" once the handover has its result, and all once the referral ended', async () => {
    const app = await openTestApp();
    const { casus, match, followUps } = await handedOver(app);
    const [, threeMonths] = followUps;
    expect(await due(app, '2027-06-01')).toEqual(['Na 2 weken: is de bewoner gestart?', 'Na 3 maanden: doet de bewoner nog mee?', 'Na 6 maanden: doet de bewoner nog mee?']);
    // She heard at the handover itself that the resident started: the 2-week question is answered.
    ok(await app.api.casusMatch.update({ id: match.id, patch: { result: 'gestart' } }));
    expect(await due(app, '2027-06-01')).toEqual(['Na 3 maanden: doet de bewoner nog mee?', 'Na 6 maanden: doet de bewoner nog mee?']);
    ok(await app.api.casusMatch.update({ id: match.id, patch: { result: null } }));
    // The 3-month contact answered: the 2-week one, never made, no longer nags.
    ok(await app.api.casus.answerFollowUp({ followUpId: threeMonths!.id, answer: 'doet_mee', answeredOn: '2027-02-23' }));
    expect(await due(app, '2027-06-01')).toEqual(['Na 6 maanden: doet de bewoner nog mee?']);
    // A referral ended without an activity asks nothing more.
    ok(await app.api.casus.update({ id: casus.id, patch: { status: 'afgezien', statusReason: 'verhuisd' } }));
    expect(await due(app, '2027-06-01')).toEqual([]);
  });

  it('reads the same rule on the casus page: open, answered, or lapsed with why', () => {
    const followUps = [
      { dueOn: '2026-12-07', doneOn: null },
      { dueOn: '2027-02-23', doneOn: '2027-02-25' },
      { dueOn: '2027-05-23', doneOn: null },
    ];
    const matches = [{ handoverOn: '2026-11-23', result: null }];
    const states = (endedWithoutActivity: boolean) => followUps.map((followUp) => followUpState(followUp, { endedWithoutActivity, followUps, matches }));
    expect(states(false)).toEqual(['overtaken', 'done', 'open']);
    expect(states(true)).toEqual(['ended', 'done', 'ended']);
    // A later contact not yet answered overtakes nothing.
    expect(followUpState(followUps[0]!, { endedWithoutActivity: false, followUps: [followUps[0]!, followUps[2]!], matches })).toBe('open');
  });
});

describe('Positieve Gezondheid scores', () => {
  it('are kept per moment, 0 to 10, once each, and refused otherwise with nothing changed', async () => {
    const app = await openTestApp();
    const casus = ok(await app.api.casus.create({ code: 'C-2026-016', openedOn: '2026-11-02', referrerTypeId: 'referrer-huisarts' }));
    const intake = { moment: 'intake' as const, measuredOn: '2026-11-02', scores: { meedoen: 3, mentaal_welbevinden: 5 } };
    ok(await app.api.casus.update({ id: casus.id, patch: { pgScores: [intake] } }));
    expect(ok(await app.api.casus.get({ id: casus.id })).pgScores).toEqual([intake]);
    const before = await snapshot(app.network.db, { dataOnly: true });
    for (const [pgScores, message] of [
      [[{ ...intake, scores: { meedoen: 11 } }], /Een score is hoogstens 10\./],
      [[{ ...intake, scores: { meedoen: 6.5 } }], /Een score is een heel getal van 0 tot en met 10\./],
      [[{ ...intake, scores: {} }], /Vul minstens één score in\./],
      [[intake, { ...intake, measuredOn: '2026-11-03' }], /Elk meetmoment komt één keer voor\./],
      [[{ ...intake, measuredOn: '2026-10-01' }], /Een meting van Positieve Gezondheid ligt vóór de aanmelddatum\./],
      [[{ ...intake, scores: { geluk: 5 } }], /geluk/],
      // The moments follow each other, whatever order the list has.
      [[{ moment: 'drie_maanden', measuredOn: '2026-11-05', scores: { meedoen: 5 } }, { ...intake, measuredOn: '2026-11-20' }], /^De meting na 3 maanden \(5 november 2026\) ligt vóór de meting bij intake \(20 november 2026\)\.$/],
    ] as const) {
      const result = await app.api.casus.update({ id: casus.id, patch: { pgScores: pgScores as never } });
      expect(result.ok || result.error.message).toMatch(message);
    }
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
    // On the same day, or later, is fine.
    ok(await app.api.casus.update({ id: casus.id, patch: { pgScores: [intake, { moment: 'zes_maanden', measuredOn: '2026-11-02', scores: { meedoen: 4 } }] } }));
  });
});
