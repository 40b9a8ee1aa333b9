import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { createLocalClient } from '../../electron/api/dispatch';
import { fixedClock } from '../../shared/dates/clock';
import type { ServiceContext } from '../../electron/services/service-context';
import { fileBytes, ok, openTempDatabase } from '../support/temp-database';

/** The API as of a given day: the retention test moves the clock, not the system time. */
function apiAt(context: Omit<ServiceContext, 'clock'>, day: string) {
  return createLocalClient(createHandlers({ ...context, clock: fixedClock(`${day}T10:00:00.000Z`) }));
}


describe('casus retention (AVG)', () => {
  it('anonymises a closed casus past the period, keeps its counts, and leaves no trace of its text in the file', async () => {
    const network = await openTempDatabase();
    const base = { db: network.db, actor: 'test', newId: () => globalThis.crypto.randomUUID() };
    const early = apiAt(base, '2024-01-05');
    const old = ok(await early.casus.create({ code: 'C-2024-001', openedOn: '2024-01-05', referrerTypeId: 'referrer-huisarts', ageBand: '76+', needIds: ['theme-bewegen'], question: 'Zwaluwstaart zoekt een wandelgroep' }));
    ok(await early.casus.update({ id: old.id, patch: { wishesAndTalents: 'Tuinierde vroeger bij Kwikstaartlaan', status: 'afgerond', closedOn: '2024-01-10', outcome: 'Gestart bij de Wandelgroep' } }));
    const organisation = ok(await early.organisation.create({ name: 'Noordsport', kindId: 'kind-sport' }));
    const offer = ok(await early.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+' }));
    ok(await early.casusMatch.create({ casusId: old.id, offerId: offer.id, result: 'gestart', resultReason: 'Buurvrouw Merelhof ging mee' }));
    ok(await early.casusFollowUp.create({ casusId: old.id, dueOn: '2024-04-10', note: 'Bellen via dochter Vinkenslag' }));
    const recent = ok(await early.casus.create({ code: 'C-2025-007', openedOn: '2025-05-01', referrerTypeId: 'referrer-poh-ggz', question: 'Roodborstje wil koken', status: 'afgerond', closedOn: '2025-06-01' }));

    const later = apiAt(base, '2026-02-01');
    const dryRun = ok(await later.casus.applyRetention({ today: '2026-02-01', dryRun: true }));
    expect(dryRun).toEqual({ months: 24, dryRun: true, anonymised: [{ id: old.id, code: 'C-2024-001', closedOn: '2024-01-10', dueOn: '2026-01-10' }] });
    expect(ok(await later.casus.get({ id: old.id })).question).toBe('Zwaluwstaart zoekt een wandelgroep');

    const reportBefore = ok(await later.casus.report({ from: '2024-01-01', to: '2025-12-31' }));
    const done = ok(await later.casus.applyRetention({ today: '2026-02-01', dryRun: false }));
    // The counts stay: the report over the same period is unchanged.
    expect(ok(await later.casus.report({ from: '2024-01-01', to: '2025-12-31' }))).toEqual(reportBefore);
    expect(reportBefore).toMatchObject({ referrals: 2, matched: { count: 1, of: 2 } });
    expect(done.anonymised.map((casus) => casus.code)).toEqual(['C-2024-001']);
    const after = ok(await later.casus.get({ id: old.id }));
    expect(after).toMatchObject({ code: 'C-2024-001', status: 'afgerond', ageBand: '76+', needIds: ['theme-bewegen'], openedOn: '2024-01-05', closedOn: '2024-01-10', question: '', wishesAndTalents: '', outcome: '' });
    const matches = ok(await later.casusMatch.list({})).filter((match) => match.casusId === old.id);
    expect(matches.map((match) => [match.result, match.resultReason])).toEqual([['gestart', '']]);
    expect(ok(await later.casus.get({ id: recent.id })).question).toBe('Roodborstje wil koken');
    // Running again finds nothing left to do.
    expect(ok(await later.casus.applyRetention({ today: '2026-02-01', dryRun: true })).anonymised).toEqual([]);

    const file = network.file;
    await network.close();
    const bytes = fileBytes(file);
    for (const secret of ['Zwaluwstaart', 'Kwikstaartlaan', 'Merelhof', 'Vinkenslag', 'Gestart bij de Wandelgroep']) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    expect(bytes.includes(Buffer.from('Roodborstje'))).toBe(true);
  });
});

describe('the casus access log (NEN 7513-style)', () => {
  it('records every read of casus data, who and when, outside the change log', async () => {
    const network = await openTempDatabase();
    const api = apiAt({ db: network.db, actor: 'spin', newId: () => globalThis.crypto.randomUUID() }, '2026-11-23');
    const casus = ok(await api.casus.create({ code: 'C-2026-014', openedOn: '2026-11-20', referrerTypeId: 'referrer-poh-ggz' }));
    const changesBefore = ok(await api.changes.list({}));
    ok(await api.casus.get({ id: casus.id }));
    ok(await api.casus.list({}));
    ok(await api.casus.suggestMatches({ id: casus.id, today: '2026-11-23' }));
    const log = ok(await api.casus.accessLog({}));
    expect(log.map((entry) => [entry.action, entry.entityId, entry.detail, entry.actor, entry.at])).toEqual([
      ['match', casus.id, '0 suggesties', 'spin', '2026-11-23T10:00:00.000Z'],
      ['list', null, '1 casus', 'spin', '2026-11-23T10:00:00.000Z'],
      ['read', casus.id, 'C-2026-014', 'spin', '2026-11-23T10:00:00.000Z'],
    ]);
    expect(ok(await api.casus.accessLog({ casusId: casus.id })).map((entry) => entry.action)).toEqual(['match', 'read']);
    expect(ok(await api.changes.list({}))).toEqual(changesBefore);
    // Undo still takes back the last real change (the casus), not a read.
    expect(ok(await api.changes.undo({})).undone.summary).toMatch(/C-2026-014|casus/i);
  });
});
