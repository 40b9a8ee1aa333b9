import { describe, expect, it } from 'vitest';
import { openApp, screenshot, serveForTest, useChromium } from '../support/browser';
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
      await expect.poll(() => page.locator('.import-preview > p').first().textContent()).toBe('3 regels: 2 nieuwe organisaties, 3 contactpersonen, 0 aanbod; 0 organisaties bestonden al en worden gekoppeld.');
      expect(await page.locator('.import-problems').count()).toBe(0);
      expect(await page.locator('.import-preview').textContent()).toContain('Stichting Buurtwerk Noord ~ Buurtwerk Noord (zelfde naam)');
      expect(ok(await app.api.organisation.list({}))).toHaveLength(1);
      await screenshot(page, '40-importeren-voorbeeld');

      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect.poll(() => page.locator('#preview-title').textContent()).toBe('Geïmporteerd');
      const persons = ok(await app.api.person.list({}));
      expect(persons.map((person) => person.name).sort()).toEqual(['Ans de Vries', 'Eva Kok', 'Jan Smit']);
      expect(persons.find((person) => person.name === 'Ans de Vries')!.notes).toBe('kent iedereen');

      await page.getByRole('button', { name: 'Samenvoegen' }).first().click();
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
});
