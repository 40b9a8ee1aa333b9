import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { entityServices } from '../../electron/services/entity-services';
import { loadNetwork } from '../../electron/services/load-network';
import { importBundle } from '../../electron/transfer/handover-import';
import { buildBundle, handoverBundle, parseBundleText, reasonLeftWithSender, type HandoverBundle } from '../../shared/transfer/handover-bundle';
import { casusDefaults, type Casus } from '../../shared/domain/casus';
import { exportHandover } from '../../electron/services/handover-export';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp, tickingClock, type TestApp } from '../support/temp-database';

async function bundleOf(app: TestApp, options: { neighbourhoodId?: string; includeCasussen?: boolean } = {}): Promise<HandoverBundle> {
  const data = await loadNetwork(app.context);
  const casussen = await entityServices.casus.list(app.context, { includeArchived: false });
  // Through JSON and the schema, as a file would travel.
  return handoverBundle.parse(JSON.parse(JSON.stringify(buildBundle({ ...data, casussen }, { neighbourhoodId: options.neighbourhoodId ?? null, includeCasussen: options.includeCasussen ?? false, exportedAt: '2026-11-23T12:00:00.000Z' }).bundle)));
}

/** The records a successor works with, without history: comparable across two databases. */
async function networkOf(app: TestApp) {
  const data = await loadNetwork(app.context);
  const strip = <Item extends { createdAt: string; updatedAt: string }>(items: readonly Item[]) => items.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
  return { organisations: strip(data.organisations), persons: strip(data.persons), affiliations: strip(data.affiliations), offers: strip(data.offers), ties: strip(data.ties), logEntries: strip(data.logEntries), mapViews: strip(data.mapViews), presentations: strip(data.presentations) };
}

describe('the handover bundle', () => {
  it('carries the whole demo network into an empty database: the same records', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const bundle = await bundleOf(source);
    expect(bundle.casussen).toEqual([]);
    const target = await openTestApp();
    const preview = await importBundle(target.context, bundle, { dryRun: false });
    expect(preview.added.organisations).toBe(bundle.organisations.length);
    const [before, after] = [await networkOf(source), await networkOf(target)];
    const active = <Item extends { archivedAt: string | null }>(items: Item[]) => items.filter((item) => item.archivedAt === null);
    expect(after.organisations).toEqual(active(before.organisations));
    expect(after.persons).toEqual(active(before.persons));
    expect(after.affiliations).toEqual(active(before.affiliations));
    expect(after.offers).toEqual(active(before.offers));
    expect(after.ties).toEqual(active(before.ties));
    expect(after.logEntries.length).toBe(active(before.logEntries).length);
    // The meeting in steps goes along: its views with their filters, overlays and captions, in their order.
    expect(after.mapViews).toEqual(before.mapViews);
    expect(after.presentations).toEqual(before.presentations);
    expect(after.presentations[0]?.mapViewIds).toHaveLength(4);
  }, 60_000);

  it('takes one wijk only, and casussen only when asked, pseudonymised and without free text', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const bundle = await bundleOf(source, { neighbourhoodId: 'wijk-blijdorp', includeCasussen: true });
    expect(bundle.wijk).toBe('Blijdorp');
    expect(bundle.organisations.length).toBeGreaterThan(0);
    expect(bundle.organisations.every((organisation) => organisation.neighbourhoodIds.some((id) => id === 'wijk-blijdorp'))).toBe(true);
    // The demo's presentation is of Oude Noorden: a Blijdorp bundle leaves it with the sender.
    expect([bundle.mapViews, bundle.presentations]).toEqual([[], []]);
    expect((await bundleOf(source, { neighbourhoodId: 'wijk-oude-noorden' })).presentations.map((presentation) => presentation.title)).toEqual(['Wijknetwerk Oude Noorden']);
    const codes = new Set(ok(await source.api.casus.list({})).map((casus) => casus.code));
    expect(bundle.casussen.length).toBeGreaterThan(0);
    for (const casus of bundle.casussen) {
      expect(codes.has(casus.code)).toBe(false);
      expect([casus.question, casus.wishesAndTalents, casus.outcome]).toEqual(['', '', '']);
      expect(['', reasonLeftWithSender]).toContain(casus.unmetNeedReason);
      expect(casus.neighbourhoodId).toBe('wijk-blijdorp');
    }
  }, 60_000);

  it('recognises what the receiver has, shows what it updates and what it leaves, and overwrites nothing newer', async () => {
    // One clock for both networks, moving on at every change: "later" is later, whatever the machine's clock does.
    const clock = tickingClock();
    const source = await openTestApp(clock);
    const shared = ok(await source.api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn', description: 'oud' }));
    ok(await source.api.organisation.create({ name: 'Bibliotheek Blijdorp', kindId: 'kind-bibliotheek' }));
    ok(await source.api.organisation.create({ name: 'Repair Café Noord', kindId: 'kind-bewonersinitiatief' }));
    const receiver = await openTestApp(clock);
    // The receiver got an earlier bundle (same ids), then described the library her own way.
    await importBundle(receiver.context, await bundleOf(source), { dryRun: false });
    const ownLibrary = ok(await receiver.api.organisation.list({})).find((organisation) => organisation.name === 'Bibliotheek Blijdorp')!;
    ok(await receiver.api.organisation.update({ id: ownLibrary.id, patch: { description: 'van de ontvanger' } }));
    const receiverRepair = ok(await receiver.api.organisation.list({})).find((organisation) => organisation.name === 'Repair Café Noord')!;
    // Later the sender changes the buurthuis and the repair café; after that the receiver changes the repair café too.
    ok(await source.api.organisation.update({ id: shared.id, patch: { description: 'nieuw van de afzender' } }));
    ok(await source.api.organisation.update({ id: receiverRepair.id, patch: { description: 'ouder bij de afzender' } }));
    ok(await receiver.api.organisation.update({ id: receiverRepair.id, patch: { description: 'recenter bij de ontvanger' } }));
    const second = await bundleOf(source);
    second.organisations.push({ ...second.organisations[0]!, id: 'separately-entered', name: 'Buurthuis de Ster' });

    const before = await snapshot(receiver.network.db);
    const preview = await importBundle(receiver.context, second, { dryRun: true });
    expect(await snapshot(receiver.network.db)).toBe(before);
    expect(preview.updated).toEqual([{ kind: 'organisations', name: 'Buurthuis De Ster', fields: ['description'] }]);
    expect(preview.left).toEqual([
      { kind: 'organisations', name: 'Bibliotheek Blijdorp', fields: ['description'] },
      { kind: 'organisations', name: 'Repair Café Noord', fields: ['description'] },
    ]);
    expect(preview.matched).toContainEqual({ kind: 'organisations', name: 'Buurthuis De Ster', how: 'zelfde naam' });
    expect(preview.added.organisations).toBe(0);

    await importBundle(receiver.context, second, { dryRun: false });
    const byName = new Map(ok(await receiver.api.organisation.list({})).map((organisation) => [organisation.name, organisation.description]));
    expect(byName.get('Buurthuis De Ster')).toBe('nieuw van de afzender');
    expect(byName.get('Bibliotheek Blijdorp')).toBe('van de ontvanger');
    expect(byName.get('Repair Café Noord')).toBe('recenter bij de ontvanger');
    expect(ok(await receiver.api.organisation.list({}))).toHaveLength(3);
  });

  it('reads a bundle made before list values had roles: the receiver keeps the roles of her own list values', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const bundle = await bundleOf(source);
    const before = JSON.parse(JSON.stringify(bundle)) as { terms: Record<string, unknown>[] };
    for (const term of before.terms) delete term.roles;
    const target = await openTestApp();
    ok(await target.api.handover.apply({ text: JSON.stringify(before) }));
    expect(ok(await target.api.taxonomyTerm.get({ id: 'kind-overig' })).roles).toEqual(['onbekende_soort']);
    expect(ok(await target.api.organisation.list({})).length).toBe(bundle.organisations.length);
  }, 60_000);

  it('reads a bundle made before offers had sessions and languages, wijken postcode areas and casussen their needs: each gets the empty default', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const bundle = await bundleOf(source, { includeCasussen: true });
    // Written before: the records as they were, without the fields added since.
    const older = {
      ...bundle,
      offers: bundle.offers.map(({ sessions: _sessions, languages: _languages, forLanguageLearners: _learners, accessibility: _accessibility, ...offer }) => offer),
      neighbourhoods: bundle.neighbourhoods.map(({ postcodeAreas: _areas, ...neighbourhood }) => neighbourhood),
      casussen: bundle.casussen.map(({ gender: _gender, languages: _languages, accessibilityNeeds: _needs, availability: _availability, ...casus }) => casus),
    };
    const target = await openTestApp();
    ok(await target.api.handover.apply({ text: JSON.stringify(older) }));
    const offers = ok(await target.api.offer.list({}));
    expect(offers).toHaveLength(bundle.offers.length);
    expect(new Set(offers.map((offer) => JSON.stringify([offer.sessions, offer.languages, offer.forLanguageLearners, offer.accessibility])))).toEqual(new Set([JSON.stringify([[], [], false, []])]));
    const casussen = ok(await target.api.casus.list({}));
    expect(casussen).toHaveLength(bundle.casussen.length);
    expect(casussen.every((casus) => casus.gender === null && casus.languages.length === 0 && casus.availability.length === 0)).toBe(true);
  }, 60_000);

  it('refuses a file that is not a bundle, naming the problem', () => {
    expect(handoverBundle.safeParse({ format: 'iets anders' }).error?.issues[0]?.message).toBe('Dit is geen Spinweb-overdrachtsbestand (format moet "spinweb-overdracht" zijn).');
  });
});

describe('casussen in a handover', () => {
  /** The attack that recovered every code from the old bundles: FNV-1a of `exportedAt|code`, mod 100,000. */
  function oldPseudonym(code: string, exportedAt: string): string {
    let hash = 2166136261;
    for (const character of `${exportedAt}|${code}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
    return String(hash % 100_000).padStart(5, '0');
  }

  it('the demo with its casussen goes to an empty network whole: every casus arrives, none merged, none traceable', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const { bundle, text } = await exportHandover(source.context, { neighbourhoodId: null, includeCasussen: true });
    const originals = ok(await source.api.casus.list({}));
    expect(bundle.casussen).toHaveLength(originals.length);
    // Nothing in the bundle leads back: no original id or code, and the old attack finds nothing.
    const originalIds = new Set(originals.map((casus) => casus.id));
    const originalCodes = new Set(originals.map((casus) => casus.code));
    for (const casus of bundle.casussen) {
      expect(originalIds.has(casus.id)).toBe(false);
      expect(casus.code).toMatch(/^P-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/);
      for (const code of originalCodes) expect(casus.code.endsWith(oldPseudonym(code, bundle.exportedAt))).toBe(false);
    }
    expect(originals.some((casus) => text.includes(casus.id) || text.includes(casus.code))).toBe(false);
    // Two exports of the same network share no pseudonym.
    const again = await exportHandover(source.context, { neighbourhoodId: null, includeCasussen: true });
    const first = new Set(bundle.casussen.map((casus) => casus.code));
    expect(again.bundle.casussen.some((casus) => first.has(casus.code))).toBe(false);
    // Only the sender can pair them: her access log names each casus with its pseudonym.
    const log = ok(await source.api.casus.accessLog({ limit: 500 })).filter((entry) => entry.action === 'handover');
    expect(log).toHaveLength(originals.length * 2);
    const sample = originals[0]!;
    expect(log.find((entry) => entry.entityId === sample.id)?.detail).toMatch(new RegExp(`^overdracht: ${sample.code} gaat mee als P-\\d{4}-[0-9A-Z]{6}$`));

    const successor = await openTestApp();
    const arrived = await importBundle(successor.context, parseBundleText(text), { dryRun: false });
    expect(arrived.added.casussen).toBe(originals.length);
    const received = ok(await successor.api.casus.list({}));
    expect(received).toHaveLength(originals.length);
    expect(received.filter((casus) => casus.status === 'geen_passend_aanbod').every((casus) => casus.unmetNeedReason === reasonLeftWithSender)).toBe(true);
  }, 60_000);

  it('10,000 pseudonymised casussen import without one collision', async () => {
    const source = await openTestApp();
    const base = { code: 'C-2026-001', openedOn: '2026-03-02', referrerTypeId: 'referrer-huisarts' } as const;
    const casussen: Casus[] = Array.from({ length: 10_000 }, (_, index) => ({
      ...casusDefaults,
      ...base,
      code: `C-2026-${String(index + 1).padStart(5, '0')}`,
      id: `casus-${index}`,
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      archivedAt: null,
    }));
    const data = await loadNetwork(source.context);
    const { bundle, pairings } = buildBundle({ ...data, casussen }, { neighbourhoodId: null, includeCasussen: true, exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(new Set(bundle.casussen.map((casus) => casus.code)).size).toBe(10_000);
    expect(new Set(bundle.casussen.map((casus) => casus.id)).size).toBe(10_000);
    expect(pairings).toHaveLength(10_000);
    const target = await openTestApp();
    await importBundle(target.context, handoverBundle.parse(JSON.parse(JSON.stringify(bundle))), { dryRun: false });
    expect(ok(await target.api.network.stats({})).casussen.total).toBe(10_000);
  }, 60_000);

  it('a bundle that cannot be read in names the record, and changes nothing', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const { bundle } = await exportHandover(source.context, { neighbourhoodId: null, includeCasussen: true });
    // As an older Spinweb wrote it: the reason blanked, though the status needs one.
    const broken = bundle.casussen.find((casus) => casus.status === 'geen_passend_aanbod')!;
    broken.unmetNeedReason = '';
    const target = await openTestApp();
    const before = await snapshot(target.network.db);
    await expect(importBundle(target.context, bundle, { dryRun: false })).rejects.toThrow(`Casus '${broken.code}': Geef bij "geen passend aanbod" aan waarom`);
    expect(await snapshot(target.network.db)).toBe(before);
    // A pseudonym equal to a code the receiver already has is named, not merged.
    broken.unmetNeedReason = reasonLeftWithSender;
    ok(await target.api.casus.create({ code: bundle.casussen[0]!.code, openedOn: '2026-01-05', referrerTypeId: 'referrer-huisarts' }));
    await expect(importBundle(target.context, bundle, { dryRun: true })).rejects.toThrow(`Casus ${bundle.casussen[0]!.code} uit de overdracht heeft dezelfde code als een casus in dit netwerk; er is niets ingelezen.`);
  }, 60_000);
});
