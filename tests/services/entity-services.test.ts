import { describe, expect, it } from 'vitest';
import { insertRows } from '../../electron/changes/row-access';
import { checkReferences } from '../../electron/services/check-references';
import { loadNetwork } from '../../electron/services/load-network';
import { importBundle } from '../../electron/transfer/handover-import';
import { buildBundle } from '../../shared/transfer/handover-bundle';
import { ok, openTestApp } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

async function seedBasics(app: Awaited<ReturnType<typeof openTestApp>>) {
  const neighbourhood = ok(await app.api.neighbourhood.create({ name: 'Oude Noorden' }));
  const organisation = ok(
    await app.api.organisation.create({ name: 'Huis van de Wijk Oude Noorden', kindId: 'kind-welzijn', neighbourhoodIds: [neighbourhood.id], phone: '010 - 466 12 34', postcode: '3035ab' }),
  );
  const person = ok(await app.api.person.create({ name: 'Anouk de Vries', phones: [{ number: '06-12 34 56 78', label: 'mobiel' }], email: ' Anouk@Voorbeeld.example ' }));
  return { neighbourhood, organisation, person };
}

describe('entity services', () => {
  it('creates records with defaults, normalised values and their links', async () => {
    const app = await openTestApp();
    const { neighbourhood, organisation, person } = await seedBasics(app);
    expect(organisation).toMatchObject({ name: 'Huis van de Wijk Oude Noorden', kindId: 'kind-welzijn', neighbourhoodIds: [neighbourhood.id], phone: '+31104661234', postcode: '3035 AB', status: 'actief', archivedAt: null, tags: [] });
    expect(person.phones).toEqual([{ number: '+31612345678', label: 'mobiel' }]);
    expect(person.email).toBe('anouk@voorbeeld.example');
    expect(ok(await app.api.organisation.get({ id: organisation.id }))).toEqual(organisation);
  });

  it('keeps a person with their affiliation, an offer with its tags, and a tie between them', async () => {
    const app = await openTestApp();
    const { neighbourhood, organisation, person } = await seedBasics(app);
    ok(await app.api.affiliation.create({ personId: person.id, organisationId: organisation.id, role: 'welzijnscoach', since: '2024-03-01' }));
    const offer = ok(
      await app.api.offer.create({ organisationId: organisation.id, title: 'Koffieochtend', themeIds: ['theme-ontmoeting'], targetGroupIds: ['target-ouderen'], pgDimensionIds: ['pg-meedoen'], neighbourhoodIds: [neighbourhood.id], contactPersonId: person.id, timesOfDay: ['ochtend'] }),
    );
    expect(offer).toMatchObject({ themeIds: ['theme-ontmoeting'], targetGroupIds: ['target-ouderen'], contactPersonId: person.id, isFree: true, access: 'vrije_inloop' });
    const tie = ok(await app.api.tie.create({ from: { kind: 'person', id: person.id }, to: { kind: 'organisation', id: organisation.id }, kind: 'werkt_samen', warmth: 'warm' }));
    expect(ok(await app.api.tie.get({ id: tie.id }))).toMatchObject({ from: { kind: 'person', id: person.id }, to: { kind: 'organisation', id: organisation.id }, warmth: 'warm' });
  });

  it('updates only what the patch names, and replaces link lists', async () => {
    const app = await openTestApp();
    const { neighbourhood, organisation } = await seedBasics(app);
    const other = ok(await app.api.neighbourhood.create({ name: 'Bergpolder' }));
    const updated = ok(await app.api.organisation.update({ id: organisation.id, patch: { description: 'Inloop en activiteiten', neighbourhoodIds: [other.id, neighbourhood.id] } }));
    expect(updated).toMatchObject({ name: organisation.name, phone: organisation.phone, description: 'Inloop en activiteiten', neighbourhoodIds: [other.id, neighbourhood.id] });
    expect(updated.updatedAt >= organisation.updatedAt).toBe(true);
  });

  it('records no change when an update changes nothing', async () => {
    const app = await openTestApp();
    const { organisation } = await seedBasics(app);
    const before = ok(await app.api.changes.list({}));
    ok(await app.api.organisation.update({ id: organisation.id, patch: { name: organisation.name, phone: '010-4661234' } }));
    expect(ok(await app.api.changes.list({}))).toEqual(before);
  });

  it('archives: hidden from lists by default, still readable, and restorable', async () => {
    const app = await openTestApp();
    const { organisation } = await seedBasics(app);
    const archived = ok(await app.api.organisation.archive({ id: organisation.id }));
    expect(archived.archivedAt).not.toBeNull();
    expect(ok(await app.api.organisation.list({}))).toEqual([]);
    expect(ok(await app.api.organisation.list({ includeArchived: true })).map((record) => record.id)).toEqual([organisation.id]);
    const restored = ok(await app.api.organisation.restore({ id: organisation.id }));
    expect(restored.archivedAt).toBeNull();
    expect(ok(await app.api.organisation.list({})).map((record) => record.id)).toEqual([organisation.id]);
  });

  it('lists records in a sensible order', async () => {
    const app = await openTestApp();
    for (const name of ['Bergpolder', 'Agniesebuurt', 'Oude Noorden']) ok(await app.api.neighbourhood.create({ name }));
    expect(ok(await app.api.neighbourhood.list({})).map((record) => record.name)).toEqual(['Agniesebuurt', 'Bergpolder', 'Oude Noorden']);
  });

  it('refuses references to records that do not exist or to the wrong list, changing nothing', async () => {
    const app = await openTestApp();
    const { organisation } = await seedBasics(app);
    const before = await snapshot(app.network.db);
    const missingOrganisation = await app.api.affiliation.create({ personId: 'nobody', organisationId: organisation.id });
    expect(missingOrganisation).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'personId: onbekende contactpersoon "nobody".' } });
    const wrongList = await app.api.offer.create({ organisationId: organisation.id, title: 'Yoga', themeIds: ['target-ouderen'] });
    expect(wrongList).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'themeIds: "ouderen" hoort niet bij de lijst Thema (Welzijn op Recept).' } });
    const badUpdate = await app.api.organisation.update({ id: organisation.id, patch: { kindId: 'theme-natuur' } });
    expect(badUpdate.ok).toBe(false);
    expect(await snapshot(app.network.db)).toBe(before);
  });

  it('applies cross-field rules on create and on update', async () => {
    const app = await openTestApp();
    const { organisation, person } = await seedBasics(app);
    const reversed = await app.api.affiliation.create({ personId: person.id, organisationId: organisation.id, since: '2025-05-01', until: '2024-01-01' });
    expect(reversed).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Einddatum ligt vóór de begindatum.' } });
    const selfTie = await app.api.tie.create({ from: { kind: 'person', id: person.id }, to: { kind: 'person', id: person.id }, kind: 'kent' });
    expect(selfTie.ok).toBe(false);
    const casus = ok(await app.api.casus.create({ code: 'C-2026-001', openedOn: '2026-02-01', referrerTypeId: 'referrer-huisarts' }));
    const unexplained = await app.api.casus.update({ id: casus.id, patch: { status: 'geen_passend_aanbod' } });
    expect(unexplained).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(ok(await app.api.casus.get({ id: casus.id })).status).toBe('aangemeld');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const app = await openTestApp();
    expect(await app.api.person.get({ id: 'unknown' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Deze contactpersoon bestaat niet (meer): "unknown".' } });
    expect((await app.api.person.update({ id: 'unknown', patch: { name: 'X' } })).ok).toBe(false);
  });

  it('keeps casussen with matches and follow-ups', async () => {
    const app = await openTestApp();
    const { organisation, person } = await seedBasics(app);
    const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Wandelgroep 60+', contactPersonId: person.id }));
    const casus = ok(await app.api.casus.create({ code: 'C-2026-014', openedOn: '2026-03-02', referrerTypeId: 'referrer-poh-ggz', referrerPersonId: person.id, needIds: ['theme-bewegen', 'pg-meedoen'], ageBand: '66-75', barriers: ['geld'] }));
    const match = ok(await app.api.casusMatch.create({ casusId: casus.id, offerId: offer.id, personId: person.id, handoverOn: '2026-03-10', handoverChannel: 'bellen', result: 'gestart' }));
    const followUp = ok(await app.api.casusFollowUp.create({ casusId: casus.id, dueOn: '2026-06-10', stillParticipating: true, doneOn: '2026-06-11' }));
    expect(ok(await app.api.casus.get({ id: casus.id }))).toMatchObject({ needIds: ['theme-bewegen', 'pg-meedoen'], barriers: ['geld'], status: 'aangemeld' });
    expect(match).toMatchObject({ result: 'gestart', handoverChannel: 'bellen' });
    expect(followUp.stillParticipating).toBe(true);
    const stats = ok(await app.api.network.stats({}));
    expect(stats).toMatchObject({ casussen: { active: 1, total: 1 }, casusMatches: { active: 1, total: 1 }, casusFollowUps: { active: 1, total: 1 } });
  });
});

describe('the wijk hierarchy', () => {
  it('refuses a wijk within itself, directly or through its buurten, in Dutch and changing nothing; a bundle too', async () => {
    const { api, network, context } = await openTestApp();
    const noord = ok(await api.neighbourhood.create({ name: 'Noord' }));
    const oudeNoorden = ok(await api.neighbourhood.create({ name: 'Oude Noorden', parentId: noord.id }));
    const agniese = ok(await api.neighbourhood.create({ name: 'Agniesebuurt', parentId: oudeNoorden.id }));
    const before = await snapshot(network.db);
    const own = await api.neighbourhood.update({ id: noord.id, patch: { parentId: noord.id } });
    expect(own.ok ? '' : own.error.message).toBe('Een wijk kan niet binnen zichzelf liggen: Noord → Noord. Kies een andere bovenliggende wijk.');
    const through = await api.neighbourhood.update({ id: noord.id, patch: { parentId: agniese.id } });
    expect(through.ok ? '' : through.error.message).toBe('Een wijk kan niet binnen zichzelf liggen: Noord → Agniesebuurt → Oude Noorden → Noord. Kies een andere bovenliggende wijk.');
    expect(await snapshot(network.db)).toBe(before);

    // A bundle whose neighbourhoods point at each other is refused as a whole; its export would have run forever.
    const { bundle } = buildBundle({ ...(await loadNetwork(context)), casussen: [] }, { neighbourhoodId: null, includeCasussen: false, exportedAt: '2026-11-23T12:00:00.000Z' });
    const looped = bundle.neighbourhoods.map((neighbourhood) => ({ ...neighbourhood, id: `x-${neighbourhood.id}`, name: `${neighbourhood.name} (elders)`, parentId: `x-${neighbourhood.parentId ?? agniese.id}` }));
    const receiver = await openTestApp();
    const receiverBefore = await snapshot(receiver.network.db);
    await expect(importBundle(receiver.context, { ...bundle, neighbourhoods: looped }, { dryRun: false })).rejects.toThrow(/^Een wijk kan niet binnen zichzelf liggen: .* \(elders\) → .* \(elders\)/);
    expect(await snapshot(receiver.network.db)).toBe(receiverBefore);
    // Neighbourhood filters still end on a network that holds a cycle from before this check.
    const cyclic = { ...bundle, neighbourhoods: looped };
    expect(buildBundle({ ...cyclic, casussen: [] }, { neighbourhoodId: 'x-elders', includeCasussen: false, exportedAt: '2026-11-23T12:00:00.000Z' }).bundle.organisations).toEqual([]);
  });
});

describe('large batches', () => {
  it('checks the references of 40,000 records at once (more ids than SQLite takes in one statement)', async () => {
    const { network } = await openTestApp();
    const ids = Array.from({ length: 40_000 }, (_, index) => `wijk-${index}`);
    await network.db.transaction().execute((trx) => insertRows(trx, 'neighbourhood', ids.map((id) => ({ id, name: id, parent_id: null, created_at: '2026-11-23T10:00:00.000Z', updated_at: '2026-11-23T10:00:00.000Z', archived_at: null }))));
    await expect(network.db.transaction().execute((trx) => checkReferences(trx, [{ field: 'neighbourhoodIds', table: 'neighbourhood', ids }]))).resolves.toBeUndefined();
    await expect(network.db.transaction().execute((trx) => checkReferences(trx, [{ field: 'neighbourhoodIds', table: 'neighbourhood', ids: [...ids, 'wijk-onbekend'] }]))).rejects.toThrow('neighbourhoodIds: onbekende wijk "wijk-onbekend".');
  }, 30_000);
});
