import { describe, expect, it } from 'vitest';
import { feedbackText } from '../../shared/casus/feedback-text';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp } from '../support/temp-database';

describe('a warm handover', () => {
  it('records the match, plans follow-ups at 2 weeks, 3 and 6 months, moves the casus on and logs the call; one undo takes it all back', async () => {
    const app = await openTestApp();
    const organisation = ok(await app.api.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
    const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+' }));
    const contact = ok(await app.api.person.create({ name: 'Kees Wandel' }));
    const casus = ok(await app.api.casus.create({ code: 'C-2026-014', openedOn: '2026-11-02', referrerTypeId: 'referrer-poh-ggz', status: 'zoeken' }));
    const before = await snapshot(app.network.db, { dataOnly: true });

    const { match, followUpIds } = ok(await app.api.casus.recordHandover({ casusId: casus.id, offerId: offer.id, personId: contact.id, handoverOn: '2026-11-23', channel: 'bellen' }));
    expect(match).toMatchObject({ casusId: casus.id, offerId: offer.id, personId: contact.id, handoverOn: '2026-11-23', handoverChannel: 'bellen', result: null });
    const followUps = ok(await app.api.casusFollowUp.list({}));
    expect(followUps.map((followUp) => followUp.dueOn).sort()).toEqual(['2026-12-07', '2027-02-23', '2027-05-23']);
    expect(followUpIds).toHaveLength(3);
    expect(ok(await app.api.casus.get({ id: casus.id })).status).toBe('gekoppeld');
    const [entry] = ok(await app.api.logEntry.list({}));
    expect(entry).toMatchObject({ occurredOn: '2026-11-23', kind: 'telefoon', personIds: [contact.id], note: 'Warme overdracht casus C-2026-014.' });

    // Due follow-ups reach the logboek with the casus code only.
    expect(ok(await app.api.casus.dueFollowUps({ today: '2026-12-06' }))).toEqual([]);
    expect(ok(await app.api.casus.dueFollowUps({ today: '2026-12-07' }))).toEqual([{ followUpId: expect.any(String) as unknown, casusId: casus.id, code: 'C-2026-014', dueOn: '2026-12-07', note: 'Na 2 weken: is de bewoner gestart?' }]);
    // Once the resident declines, the casus is closed and its follow-ups no longer ask.
    ok(await app.api.casus.update({ id: casus.id, patch: { status: 'afgezien', statusReason: 'geen_behoefte', closedOn: '2026-12-01' } }));
    expect(ok(await app.api.casus.dueFollowUps({ today: '2026-12-07' }))).toEqual([]);
    ok(await app.api.changes.undo({}));

    ok(await app.api.changes.undo({}));
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(before);
  });

  it('refuses a handover to nobody, naming the field', async () => {
    const app = await openTestApp();
    const casus = ok(await app.api.casus.create({ code: 'C-2026-015', openedOn: '2026-11-02', referrerTypeId: 'referrer-huisarts' }));
    const result = await app.api.casus.recordHandover({ casusId: casus.id, offerId: null, personId: null, handoverOn: '2026-11-23', channel: 'appen' });
    expect(result.ok ? '' : result.error.message).toBe('offerId: Kies een aanbod, een persoon of allebei.');
  });
});

describe('the feedback text for the referrer', () => {
  it('names the code, the offer and the result, and nothing about the resident', () => {
    expect(feedbackText({ code: 'C-2026-014', unmetNeed: false, matches: [{ offerTitle: 'Wandelgroep 60+', organisationName: 'Noordsport', handoverOn: '2026-11-12', result: 'gestart' }] })).toBe(
      'Casus C-2026-014: gekoppeld aan Wandelgroep 60+ van Noordsport, gestart (overgedragen op 12 november 2026).',
    );
    expect(feedbackText({ code: 'C-2026-015', unmetNeed: false, matches: [{ offerTitle: null, organisationName: 'Buurthuis', handoverOn: '2026-11-20', result: null }] })).toBe(
      'Casus C-2026-015: gekoppeld aan Buurthuis, warm overgedragen op 20 november 2026.',
    );
    // Later on, the latest contact's answer goes with it.
    expect(feedbackText({ code: 'C-2026-014', unmetNeed: false, matches: [{ offerTitle: 'Wandelgroep 60+', organisationName: 'Noordsport', handoverOn: '2026-11-12', result: 'gestart' }], lastContact: { moment: 'drie_maanden', stillParticipating: true } })).toBe(
      'Casus C-2026-014: gekoppeld aan Wandelgroep 60+ van Noordsport, gestart (overgedragen op 12 november 2026). Na 3 maanden doet de bewoner nog mee.',
    );
    expect(feedbackText({ code: 'C-2026-016', unmetNeed: true, matches: [] })).toBe('Casus C-2026-016: helaas geen passend aanbod gevonden. Ik heb dit als hiaat in het aanbod vastgelegd.');
  });

  it('tells the referrer a referral ended before the resident took part, and why, so they can pick it up', () => {
    expect(feedbackText({ code: 'C-2026-017', unmetNeed: false, matches: [], droppedOut: { status: 'niet_passend', reason: 'zorgvraag' } })).toBe(
      'Casus C-2026-017: de vraag past niet bij Welzijn op Recept (zorg- of behandelvraag, geen welzijnsvraag). Wilt u het weer oppakken met de bewoner?',
    );
    expect(feedbackText({ code: 'C-2026-018', unmetNeed: false, matches: [], droppedOut: { status: 'niet_bereikt', reason: 'anders' } })).toBe(
      'Casus C-2026-018: ik heb de bewoner helaas niet kunnen bereiken. Wilt u het weer oppakken met de bewoner?',
    );
  });
});

describe('the next casus code', () => {
  it('counts on within the year and starts again in a new one', async () => {
    const { nextCasusCode } = await import('../../shared/casus/next-casus-code');
    expect(nextCasusCode(['C-2026-001', 'C-2026-014', 'C-2025-099'], '2026-11-23')).toBe('C-2026-015');
    expect(nextCasusCode(['C-2026-014'], '2027-01-02')).toBe('C-2027-001');
    expect(nextCasusCode([], '2026-03-01')).toBe('C-2026-001');
  });
});
