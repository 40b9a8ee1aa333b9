import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { goTo, openApp, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { growNetwork } from '../support/grow-network';
import { snapshot } from '../support/snapshot';
import { appFor, ok, openTempDatabase, type TestApp } from '../support/temp-database';

const browser = useChromium();

async function demoApp(): Promise<{ app: TestApp; bridge: BridgeServer; page: Page }> {
  const network = await openTempDatabase();
  await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
  const bridge = await serveForTest(network);
  const page = await openApp(browser(), bridge, '#/adresboek/organisaties');
  await page.waitForSelector('.data-table');
  return { app: appFor(network), bridge, page };
}

describe('the Adresboek in a real browser', () => {
  it('finds an organisation, adds a person to it, edits, undoes and archives', async () => {
    const { app, bridge, page } = await demoApp();
    try {
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Adresboek');
      expect(await page.locator('.list-count').textContent()).toBe('184 in totaal');

      await page.getByLabel('Zoek in deze lijst').fill('taalmaatjes agnies');
      await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(1);
      await page.getByRole('link', { name: 'Taalmaatjes Agniesebuurt' }).click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Taalmaatjes Agniesebuurt');

      await page.getByRole('link', { name: 'Contactpersoon toevoegen' }).click();
      await expect.poll(() => page.locator('#form-title').textContent()).toBe('Nieuwe contactpersoon bij Taalmaatjes Agniesebuurt');
      await page.getByLabel('Naam (verplicht)').fill('Fenna de Wit');
      await page.getByLabel('Functie').fill('taalcoördinator');
      await page.getByLabel('Mobiel (06)').fill('06 - 1234 5678');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Fenna de Wit');
      await expect.poll(() => page.locator('.phone-copy').first().textContent()).toBe('06-12345678');
      await expect.poll(() => page.locator('.eyebrow').textContent()).toBe('taalcoördinator bij Taalmaatjes Agniesebuurt');

      const fenna = ok(await app.api.person.list({})).find((person) => person.name === 'Fenna de Wit')!;
      expect(fenna.phones).toEqual([{ number: '+31612345678', label: 'mobiel' }]);
      const affiliations = ok(await app.api.affiliation.list({})).filter((affiliation) => affiliation.personId === fenna.id);
      expect(affiliations.map((affiliation) => affiliation.role)).toEqual(['taalcoördinator']);

      await page.getByRole('link', { name: 'Bewerken' }).click();
      await page.getByLabel('Naam (verplicht)').fill('Fenna de Wit-Jansen');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Fenna de Wit-Jansen');
      expect(ok(await app.api.person.get({ id: fenna.id })).name).toBe('Fenna de Wit-Jansen');

      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Fenna de Wit');
      await expect.poll(() => page.locator('.notice').textContent()).toContain("Ongedaan gemaakt: Contactpersoon 'Fenna de Wit-Jansen' gewijzigd");
      expect(ok(await app.api.person.get({ id: fenna.id })).name).toBe('Fenna de Wit');

      await page.goto(`${new URL(bridge.url).origin}/#/adresboek/organisaties`);
      await page.getByLabel('Zoek in deze lijst').fill('Taalmaatjes Agniesebuurt');
      await page.getByRole('link', { name: 'Taalmaatjes Agniesebuurt' }).click();
      await page.getByRole('button', { name: 'Archiveren' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Taalmaatjes Agniesebuurt gearchiveerd.');
      await expect.poll(() => page.getByRole('button', { name: 'Terugzetten' }).isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      const archived = ok(await app.api.organisation.list({ includeArchived: true })).find((organisation) => organisation.name === 'Taalmaatjes Agniesebuurt')!;
      expect(archived.archivedAt).not.toBeNull();

      await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
      await expect.poll(() => page.getByRole('button', { name: 'Archiveren' }).isVisible()).toBe(true);
      expect(ok(await app.api.organisation.get({ id: archived.id })).archivedAt).toBeNull();
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);

  it('rejects bad input with a visible Dutch message and changes nothing', async () => {
    const { app, bridge, page } = await demoApp();
    try {
      const before = await snapshot(app.network.db);
      await page.getByRole('link', { name: '+ Nieuwe organisatie' }).click();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('.form-summary').textContent()).toContain('Controleer de gemarkeerde velden');
      await expect.poll(() => page.locator('.field-error').allTextContents()).toEqual(['Vul naam in.', 'Vul soort organisatie in.']);

      await page.getByLabel('Naam (verplicht)').fill('Buurtkamer De Hoek');
      await page.getByLabel('Soort organisatie (verplicht)').selectOption({ label: 'bewonersinitiatief' });
      await page.getByLabel('Telefoon').fill('12345');
      await page.getByLabel('Postcode').fill('ABCD');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('.field-error').allTextContents()).toEqual(['Ongeldige postcode: "ABCD" (verwacht 1234 AB).', 'Ongeldig telefoonnummer: "12345".']);
      await expect.poll(() => page.getByLabel('Telefoon').getAttribute('aria-invalid')).toBe('true');
      expect(await snapshot(app.network.db)).toBe(before);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('sorts and filters the lists by wijk, kind and label', async () => {
    const { bridge, page } = await demoApp();
    try {
      await page.getByLabel('Soort').selectOption({ label: 'bibliotheek' });
      // Three libraries and the duplicate record "Bieb Oude Noorden".
      await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(4);
      await page.getByLabel('Wijk').selectOption({ label: 'Blijdorp' });
      await expect.poll(() => page.locator('.data-table tbody tr td:first-child a').allTextContents()).toEqual(['Bibliotheek Blijdorp']);
      await page.getByLabel('Soort').selectOption({ label: 'Alle' });
      await page.getByLabel('Wijk').selectOption({ label: 'Alle' });
      await page.getByLabel('Label').selectOption({ label: 'taal' });
      const tagged = await page.locator('.data-table tbody tr').count();
      expect(tagged).toBeGreaterThan(0);
      expect(tagged).toBeLessThan(184);
      await page.getByLabel('Label').selectOption({ label: 'Alle' });
      await page.getByRole('button', { name: 'Mensen' }).click();
      await page.getByRole('button', { name: 'Mensen' }).click();
      await expect.poll(() => page.locator('th[aria-sort="descending"]').textContent()).toContain('Mensen');
      const counts = await page.locator('.data-table tbody tr td.numeric:nth-child(4)').allTextContents();
      const numbers = counts.map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('edits what an organisation has to offer besides activities (rooms, kitchen, materials), and finds it by that', async () => {
    const { app, bridge, page } = await demoApp();
    try {
      const organisation = ok(await app.api.organisation.list({})).find((candidate) => candidate.name === 'Taalmaatjes Agniesebuurt')!;
      await goTo(page, `#/adresboek/organisaties/${organisation.id}/bewerken`);
      const facilities = page.getByLabel('Faciliteiten');
      await facilities.fill('zaal voor 40 personen, tuinkeuken met bakoven');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Taalmaatjes Agniesebuurt');
      expect(ok(await app.api.organisation.get({ id: organisation.id })).facilities).toEqual(['zaal voor 40 personen', 'tuinkeuken met bakoven']);

      await goTo(page, '#/zoeken');
      await page.getByLabel('Zoek iemand, een organisatie of aanbod').fill('bakoven');
      await expect.poll(() => page.locator('.result-card .result-title').first().textContent()).toContain('Taalmaatjes Agniesebuurt');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it("asks an organisation to check its listing, and records its answer for it and its offers", async () => {
    const { app, bridge, page } = await demoApp();
    try {
      const organisation = ok(await app.api.organisation.list({})).find((candidate) => candidate.name === 'Taalmaatjes Agniesebuurt')!;
      const offers = ok(await app.api.offer.list({})).filter((offer) => offer.organisationId === organisation.id && offer.archivedAt === null && offer.status === 'actief');
      await goTo(page, `#/adresboek/organisaties/${organisation.id}`);
      const check = page.getByRole('region', { name: /^Controle van de sociale kaart/ });
      await check.getByRole('button', { name: 'Vraag om controle…' }).click();
      // The button gives way to the message, and the focus goes there.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('check-text');
      const message = (await check.locator('.check-text').textContent())!;
      // Every current offer is in the message, by title.
      expect(offers.every((offer) => message.includes(`- ${offer.title}`))).toBe(true);
      await check.getByRole('button', { name: 'Tekst kopiëren' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(message);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '86-vraag-om-controle');
      await check.getByRole('button', { name: 'Aangepast' }).click();
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Taalmaatjes Agniesebuurt: aangepast en gecontroleerd op vandaag.');
      expect(ok(await app.api.organisation.get({ id: organisation.id })).verifiedOn).toBe('2026-11-23');
      expect(ok(await app.api.offer.list({})).filter((offer) => offers.some((known) => known.id === offer.id)).map((offer) => offer.verifiedOn)).toEqual(offers.map(() => '2026-11-23'));
      // How fresh it is stands once on the page, beside "Laatst gecontroleerd".
      await expect.poll(() => page.locator('dt:text-is("Laatst gecontroleerd") + dd').textContent()).toBe('23 november 2026 gecontroleerd vandaag');
      expect(await page.locator('main .badge').filter({ hasText: /gecontroleerd/ }).count()).toBe(1);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('opens a city-sized list at once, drawing only the rows near the window, and reaches every row by scrolling and by keyboard', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    await growNetwork(network, 20_000, 40_000);
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/adresboek/contactpersonen');
    try {
      const table = page.locator('.data-table');
      await table.waitFor();
      const persons = ok(await appFor(network).api.person.list({})).length;
      expect(persons).toBeGreaterThan(16_000);
      // A screen reader hears how many rows there are; only those near the window are drawn.
      expect(await table.getAttribute('aria-rowcount')).toBe(String(persons + 1));
      const drawn = await table.locator('tbody tr:not(.table-spacer)').count();
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThan(80);
      expect(await seriousViolations(page)).toEqual([]);
      // The page is as tall as all the rows: scrolled to the end, the last row is drawn.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => table.locator('tbody tr:not(.table-spacer)').last().getAttribute('aria-rowindex')).toBe(String(persons + 1));
      // From the top, Tab walks on past the rows first drawn: each row it reaches is drawn in time.
      await page.evaluate(() => window.scrollTo(0, 0));
      // Only once the top rows are drawn again (the list redraws on the next frame after the scroll).
      await expect.poll(() => table.locator('tbody tr:not(.table-spacer)').first().getAttribute('aria-rowindex')).toBe('2');
      await table.locator('tbody a').first().focus();
      const rowOfFocus = () => page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0));
      const lastDrawn = Number(await table.locator('tbody tr:not(.table-spacer)').last().getAttribute('aria-rowindex'));
      // Each row's name, and its number's copy, call and WhatsApp buttons.
      const stops = await table.locator('tbody a, tbody button').count();
      for (let press = 0; press < stops + 10; press++) await page.keyboard.press('Tab');
      expect(await rowOfFocus()).toBeGreaterThan(lastDrawn);
      // Filtered below a thousand, the list is drawn whole again.
      await page.getByLabel('Zoek in deze lijst').fill('fatima bakker');
      await expect.poll(() => table.getAttribute('aria-rowcount')).toBeNull();
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 180_000);
});
