// The lists she owns, in a real browser: a wijk renamed with its postcode
// areas, a theme added (a second spelling of one refused), and a variant
// theme merged into the shipped one, every use moved, then undone.
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('Lijsten en wijken in Instellingen, in a real browser', () => {
  it('edits a wijk and a theme, merges a theme with every use moved, and undoes the merge', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    // As an import left it: a variant of "natuur" on two offers.
    const variant = ok(await app.api.taxonomyTerm.create({ taxonomy: 'theme', label: 'natuur en groen' }));
    const offers = ok(await app.api.offer.list({})).slice(0, 2);
    for (const offer of offers) ok(await app.api.offer.update({ id: offer.id, patch: { themeIds: [variant.id] } }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/instellingen');
    try {
      const lists = page.getByRole('region', { name: 'Lijsten en wijken' });
      // A wijk: renamed, its postcode areas set.
      const wijken = lists.getByRole('list', { name: 'Wijken en buurten' });
      await wijken.getByRole('button', { name: 'Liskwartier wijzigen' }).click();
      await wijken.getByLabel('Nieuwe naam voor Liskwartier').fill('Het Liskwartier');
      await wijken.getByLabel('Postcodegebieden').fill('3037 3038');
      await wijken.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('"Liskwartier" heet nu "Het Liskwartier".');
      expect(ok(await app.api.neighbourhood.get({ id: 'wijk-liskwartier' }))).toMatchObject({ name: 'Het Liskwartier', postcodeAreas: ['3037', '3038'] });
      // A postcode area that is not one is refused, and nothing changes.
      await wijken.getByRole('button', { name: 'Het Liskwartier wijzigen' }).click();
      await wijken.getByLabel('Postcodegebieden').fill('3037 Noord');
      await wijken.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Een postcodegebied is vier cijfers, zoals 3035.');
      expect(ok(await app.api.neighbourhood.get({ id: 'wijk-liskwartier' })).postcodeAreas).toEqual(['3037', '3038']);
      await wijken.getByRole('button', { name: 'Annuleren' }).click();

      // The themes: a second spelling of one is refused, a new one added.
      await lists.getByLabel('Lijst', { exact: true }).selectOption({ label: 'Thema (Welzijn op Recept)' });
      const themes = lists.getByRole('list', { name: 'Thema (Welzijn op Recept)' });
      await lists.getByLabel('Nieuwe waarde').fill('Ontmoeting ');
      await lists.getByRole('button', { name: 'Toevoegen' }).click();
      await lists.getByText('"ontmoeting" staat al in deze lijst.').waitFor();
      await lists.getByLabel('Nieuwe waarde').fill('taal');
      await lists.getByRole('button', { name: 'Toevoegen' }).click();
      await themes.locator('.list-value > p > strong', { hasText: /^taal$/ }).waitFor();
      expect(ok(await app.api.taxonomyTerm.list({})).filter((term) => term.taxonomy === 'theme' && term.label === 'taal')).toHaveLength(1);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '82-lijsten-en-wijken');

      // The variant merged into "natuur": both offers move, the variant is archived.
      await themes.getByLabel('natuur en groen samenvoegen met').selectOption({ label: 'natuur' });
      await themes.getByRole('button', { name: 'natuur en groen samenvoegen' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('"natuur en groen" samengevoegd met "natuur": elk gebruik staat nu bij "natuur".');
      const themesOf = async () => (await Promise.all(offers.map(async (offer) => ok(await app.api.offer.get({ id: offer.id })).themeIds))).flat();
      expect(await themesOf()).toEqual(['theme-natuur', 'theme-natuur']);
      expect(ok(await app.api.taxonomyTerm.get({ id: variant.id })).archivedAt).not.toBeNull();
      // One undo puts both offers back on the variant.
      await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect.poll(themesOf).toEqual([variant.id, variant.id]);
      expect(ok(await app.api.taxonomyTerm.get({ id: variant.id })).archivedAt).toBeNull();
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
