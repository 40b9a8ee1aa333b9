import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { entityServices } from '../../electron/services/entity-services';
import { loadNetwork } from '../../electron/services/load-network';
import { importBundle } from '../../electron/transfer/handover-import';
import { buildBundle, handoverBundle, type HandoverBundle } from '../../shared/transfer/handover-bundle';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp, tickingClock, type TestApp } from '../support/temp-database';

async function bundleOf(app: TestApp, options: { wijkId?: string; includeCasussen?: boolean } = {}): Promise<HandoverBundle> {
  const data = await loadNetwork(app.context);
  const casussen = await entityServices.casus.list(app.context, { includeArchived: false });
  // Through JSON and the schema, as a file would travel.
  return handoverBundle.parse(JSON.parse(JSON.stringify(buildBundle({ ...data, casussen }, { wijkId: options.wijkId ?? null, includeCasussen: options.includeCasussen ?? false, exportedAt: '2026-11-23T12:00:00.000Z' }))));
}

/** The records a successor works with, without history: comparable across two databases. */
async function networkOf(app: TestApp) {
  const data = await loadNetwork(app.context);
  const strip = <Item extends { createdAt: string; updatedAt: string }>(items: readonly Item[]) => items.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
  return { organisations: strip(data.organisations), persons: strip(data.persons), affiliations: strip(data.affiliations), offers: strip(data.offers), ties: strip(data.ties), logEntries: strip(data.logEntries) };
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
  }, 60_000);

  it('takes one wijk only, and casussen only when asked, pseudonymised and without free text', async () => {
    const source = await openTestApp();
    await buildDemoNetwork(source.network.db, { seed: 2026, today: '2026-11-23' });
    const bundle = await bundleOf(source, { wijkId: 'wijk-blijdorp', includeCasussen: true });
    expect(bundle.wijk).toBe('Blijdorp');
    expect(bundle.organisations.length).toBeGreaterThan(0);
    expect(bundle.organisations.every((organisation) => organisation.neighbourhoodIds.some((id) => id === 'wijk-blijdorp'))).toBe(true);
    const codes = new Set(ok(await source.api.casus.list({})).map((casus) => casus.code));
    expect(bundle.casussen.length).toBeGreaterThan(0);
    for (const casus of bundle.casussen) {
      expect(codes.has(casus.code)).toBe(false);
      expect([casus.question, casus.wishesAndTalents, casus.outcome, casus.unmetNeedReason]).toEqual(['', '', '', '']);
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

  it('refuses a file that is not a bundle, naming the problem', () => {
    expect(handoverBundle.safeParse({ format: 'iets anders' }).error?.issues[0]?.message).toBe('Dit is geen Spinweb-overdrachtsbestand (format moet "spinweb-overdracht" zijn).');
  });
});
