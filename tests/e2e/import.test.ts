import { describe, expect, it } from 'vitest';
import { openApp, pageProblems, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { snapshot } from '../support/snapshot';
import { sheetOf } from '../support/sheets';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('Importeren in a real browser', () => {
  it('imports a spreadsheet with a changed mapping after the preview, then merges a duplicate candidate', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const existing = ok(await app.api.organisation.create({ name: 'Stichting Buurtwerk Noord', kindId: 'kind-welzijn', phone: '010-4661234' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/adresboek');
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.getByRole('link', { name: 'Importeren' }).click();
      const csv = 'Naam instelling;Wie;Tel;Opmerking\r\nBuurtwerk Noord;Ans de Vries;010-4661234;kent iedereen\r\nBibliotheek Blijdorp;Jan Smit;06-12345678;\r\n;;;\r\nBibliotheek Blijdorp;Eva Kok;06 8765 4321;\r\n';
      await page.getByLabel('Bestand (CSV, XLSX of vCard)').setInputFiles({ name: 'sociale-kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      // "Naam instelling" and "Wie" are not headers Spinweb knows: the preview says so and offers the columns.
      await expect.poll(() => page.locator('.import-problems').textContent()).toContain('Geen kolom voor organisatie of contactpersoon gevonden');
      expect(await page.getByLabel('Telefoon', { exact: true }).inputValue()).toBe('Tel');
      await page.getByLabel('Organisatie', { exact: true }).selectOption('Naam instelling');
      await expect.poll(() => page.locator('.import-preview > p').first().textContent()).toContain('2 nieuwe organisaties, 0 contactpersonen');
      await page.getByLabel('Contactpersoon', { exact: true }).selectOption('Wie');
      await page.getByLabel('Opmerkingen', { exact: true }).selectOption('Opmerking');
      await expect.poll(() => page.locator('.import-preview > p').first().textContent()).toBe('3 regels: 2 nieuwe organisaties, 3 contactpersonen, 0 aanbod.');
      expect(await page.locator('.import-problems').count()).toBe(0);
      expect(await page.locator('.import-preview').textContent()).toContain('Stichting Buurtwerk Noord ~ Buurtwerk Noord (zelfde naam)');
      expect(ok(await app.api.organisation.list({}))).toHaveLength(1);
      await screenshot(page, '40-importeren-voorbeeld');
      // The sample table scrolls sideways: it must be reachable and named (axe once found it was not).
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.getByRole('region', { name: 'De eerste regels van het bestand' }).getAttribute('tabindex')).toBe('0');

      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect.poll(() => page.locator('#preview-title').textContent()).toBe('Geïmporteerd');
      const persons = ok(await app.api.person.list({}));
      expect(persons.map((person) => person.name).sort()).toEqual(['Ans de Vries', 'Eva Kok', 'Jan Smit']);
      expect(persons.find((person) => person.name === 'Ans de Vries')!.notes).toBe('kent iedereen');

      await page.getByRole('button', { name: 'Samenvoegen' }).first().click();
      // The same merge with a choice as on Analyse: the suggested record is kept unless she picks the other.
      await page.locator('.import-preview .merge-panel').getByRole('button', { name: /samenvoegen met/ }).click();
      await expect.poll(() => page.locator('.import-preview .badge').first().textContent()).toBe('samengevoegd');
      const organisations = ok(await app.api.organisation.list({})).map((organisation) => organisation.name).sort();
      expect(organisations).toEqual(['Bibliotheek Blijdorp', 'Stichting Buurtwerk Noord']);
      expect(ok(await app.api.affiliation.list({})).some((affiliation) => affiliation.organisationId === existing.id)).toBe(true);
      await screenshot(page, '41-importeren-samenvoegen');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);

  it('imports a CSV with an unknown target group, the proposed merge accepted, and shows the guessed kinds', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/adresboek/importeren');
    try {
      const csv = 'Organisatie;Aanbod;Doelgroep;Thema\nHuisartsenpraktijk De Singel;Spreekuur POH;nieuwkomers;\nBuurthuis Noord;Taalcafé;Nieuwkomers;\nBuurthuis Noord;Zaalvoetbal;;sport\n';
      await page.getByLabel('Bestand (CSV, XLSX of vCard)').setInputFiles({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      const choice = page.getByRole('radiogroup', { name: 'Doelgroep: "nieuwkomers"' });
      // Proposed, and chosen unless she says otherwise: under the value she has.
      await expect.poll(() => choice.getByLabel('Onderbrengen bij "nieuwkomers en statushouders"').isChecked()).toBe(true);
      // "sport" is like none of her themes: added unless she puts it under one of them, which she does.
      const sport = page.getByRole('radiogroup', { name: 'Thema (Welzijn op Recept): "sport"' });
      await expect.poll(() => sport.getByLabel('Als nieuwe waarde toevoegen').isChecked()).toBe(true);
      await sport.getByLabel('Onderbrengen bij').selectOption({ label: 'bewegen' });
      await expect.poll(() => sport.getByLabel('Als nieuwe waarde toevoegen').isChecked()).toBe(false);
      // The first reading took the proposal: nothing left out.
      await expect.poll(() => page.locator('.import-problems').count()).toBe(0);
      // Left out instead, the preview says so at once; then back.
      await choice.getByLabel('Weglaten').check();
      await expect.poll(() => page.locator('.import-problems').textContent()).toContain('Doelgroep "nieuwkomers" is onbekend en is weggelaten (bedoel je "nieuwkomers en statushouders"?)');
      await choice.getByLabel('Onderbrengen bij "nieuwkomers en statushouders"').check();
      await expect.poll(() => page.locator('.import-problems').count()).toBe(0);
      await page.getByText('Soort geraden voor 2 organisaties').click();
      expect(await page.locator('.kind-guesses li').allTextContents()).toEqual(['Huisartsenpraktijk De Singel: huisartsenpraktijk (uit de naam)', 'Buurthuis Noord: welzijn (uit de naam)']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '83-importeren-onbekende-waarde');
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect.poll(() => page.locator('#preview-title').textContent()).toBe('Geïmporteerd');
      expect(ok(await app.api.offer.list({})).map((offer) => [offer.title, offer.targetGroupIds, offer.themeIds])).toEqual([
        ['Spreekuur POH', ['target-nieuwkomers'], []],
        ['Taalcafé', ['target-nieuwkomers'], []],
        ['Zaalvoetbal', [], ['theme-bewegen']],
      ]);
      expect(ok(await app.api.taxonomyTerm.list({})).some((term) => term.taxonomy === 'theme' && term.label === 'sport')).toBe(false);
      expect(ok(await app.api.organisation.list({})).map((organisation) => organisation.kindId).sort()).toEqual(['kind-huisartsenpraktijk', 'kind-welzijn']);
      expect(ok(await app.api.taxonomyTerm.list({})).some((term) => term.label.toLowerCase() === 'nieuwkomers')).toBe(false);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it("shows a long import's progress, and a save in another window says it waits for the import instead of seeming to hang", async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const bridge = await serveForTest(network);
    const importer = await openApp(browser(), bridge, '#/adresboek/importeren');
    const other = await openApp(browser(), bridge, '#/adresboek/organisaties/nieuw');
    try {
      await other.getByLabel('Naam (verplicht)').fill('Buurtkamer De Hoek');
      await other.getByLabel('Soort organisatie (verplicht)').selectOption({ label: 'bewonersinitiatief' });
      await importer.getByLabel('Bestand (CSV, XLSX of vCard)').setInputFiles({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(sheetOf(30_000), 'utf8') });
      await expect.poll(() => importer.locator('.import-preview > p').first().textContent(), { timeout: 60_000 }).toContain('30.000 regels');
      await importer.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect.poll(() => importer.locator('.task-progress').textContent(), { timeout: 60_000 }).toMatch(/Import van kaart\.csv: [\d.]+ van 100\.001 records opgeslagen \(\d+%\)…/);
      expect(await importer.locator('.task-progress progress').getAttribute('value')).toMatch(/^\d+$/);

      await other.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => other.locator('.waiting-banner').textContent(), { timeout: 10_000 }).toMatch(/^Even geduld: wat je opslaat of opvraagt, wacht tot de import klaar is\. Import van kaart\.csv: /);
      await screenshot(other, '45-opslaan-wacht-op-import');
      expect(await seriousViolations(other)).toEqual([]);
      expect(await seriousViolations(importer)).toEqual([]);

      await expect.poll(() => importer.locator('#preview-title').textContent(), { timeout: 120_000 }).toBe('Geïmporteerd');
      await expect.poll(() => other.locator('.waiting-banner').count()).toBe(0);
      // The save that waited went through after the import, not lost and not failed.
      await expect.poll(async () => ok(await app.api.organisation.list({})).some((organisation) => organisation.name === 'Buurtkamer De Hoek')).toBe(true);
      expect(ok(await app.api.person.list({}))).toHaveLength(30_000);
      expect(pageProblems(importer)).toEqual([]);
      expect(pageProblems(other)).toEqual([]);
    } finally {
      await importer.context().close();
      await other.context().close();
      await bridge.close();
    }
  }, 240_000);

  it('stops an import halfway when asked, and nothing of it is written', async () => {
    const network = await openTempDatabase();
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/adresboek/importeren');
    try {
      const before = await snapshot(network.db);
      await page.getByLabel('Bestand (CSV, XLSX of vCard)').setInputFiles({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(sheetOf(30_000), 'utf8') });
      await expect.poll(() => page.locator('.import-preview > p').first().textContent(), { timeout: 60_000 }).toContain('30.000 regels');
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect.poll(() => page.locator('.task-progress').textContent(), { timeout: 60_000 }).toContain('records opgeslagen');
      await screenshot(page, '46-import-voortgang');
      await page.getByRole('button', { name: 'Import afbreken' }).click();
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 }).toBe('De import is afgebroken; er is niets gewijzigd.');
      expect(await snapshot(network.db)).toBe(before);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 240_000);
});
