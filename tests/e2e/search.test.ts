import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { formatPhoneDutch } from '../../shared/normalise/format-phone';
import { goTo, openApp, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { growNetwork } from '../support/grow-network';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('"Wie bel ik?" in a real browser', () => {
  it('Ctrl+K from the Adresboek, a misspelled name, Enter copies the number, Ctrl+Enter logs the call', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const app = appFor(network);
    const target = ok(await app.api.person.create({ name: 'Gerdientje Vermeulen-Bakker', phones: [{ number: '06-87654321', label: 'mobiel' }], brokerWarmth: 'warm' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge);
    try {
      // The app opens on Zoeken, the cursor in the search box.
      expect(new URL(page.url()).hash).toBe('#/zoeken');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Zoek iemand, een organisatie of aanbod');
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog.palette[open]');
      await page.keyboard.type('gerdeintje vermeulen');
      await expect.poll(() => page.locator('dialog.palette .result-card .result-title a').first().textContent()).toBe('Gerdientje Vermeulen-Bakker');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(formatPhoneDutch(target.phones[0]!.number));
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Nummer van Gerdientje Vermeulen-Bakker gekopieerd: 06-87654321.');

      await page.keyboard.press('Control+Enter');
      await page.waitForSelector('dialog.quick-log[open]');
      expect(await seriousViolations(page)).toEqual([]);
      // The keyboard alone: the note has the focus, Ctrl+Enter saves.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
      await page.keyboard.type('Gebeld over een maatje voor een bewoner.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Contact met Gerdientje Vermeulen-Bakker vastgelegd.');
      const entries = ok(await app.api.logEntry.list({})).filter((entry) => entry.personIds.includes(target.id));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ kind: 'telefoon', note: 'Gebeld over een maatje voor een bewoner.' });
      // The search now knows the contact is recent.
      await expect.poll(() => page.locator('dialog.palette .result-card .result-why').first().textContent()).toContain('laatst gesproken vandaag');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('copies on Enter the number the card shows first, naming whose it is; ranks a name before its wijk; forgives swapped letters', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    ok(await appFor(network).api.person.create({ name: 'Said Benali', phones: [{ number: '06-13572468', label: 'mobiel' }] }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/zoeken');
    try {
      const search = page.getByLabel('Zoek iemand, een organisatie of aanbod');
      await search.fill('maatje');
      const card = page.locator('.result-card.is-active');
      await expect.poll(() => card.locator('.phone-copy').count()).toBeGreaterThan(0);
      const shown = (await card.locator('.phone-copy').first().textContent())!;
      // The number's owner: the person named beside it on the card.
      const owner = (await card.locator('.result-actions a[href*="contactpersonen"]').first().textContent())!;
      await search.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      await expect.poll(() => page.locator('.notice').textContent()).toContain(`Nummer van ${owner} gekopieerd: ${shown}.`);

      await search.fill('bibliotheek oude noorden');
      await expect.poll(() => page.locator('.result-card .result-title a').first().textContent()).toBe('Bibliotheek Oude Noorden');
      await search.fill('said bneali');
      await expect.poll(() => page.locator('.result-card .result-title a').first().textContent()).toBe('Said Benali');
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('never leaves her without a number: a person or an offer contact without one shows, and copies on Enter, the general number of the organisation', async () => {
    const network = await openTempDatabase();
    const app = appFor(network);
    const organisation = ok(await app.api.organisation.create({ name: 'Stichting Buurtwerk Noord', kindId: 'kind-welzijn', phone: '010-2605062' }));
    const person = ok(await app.api.person.createAtOrganisation({ person: { name: 'Jeroen Lahlou' }, organisationId: organisation.id, role: 'opbouwwerker' })).person;
    const offer = ok(await app.api.offer.create({ organisationId: organisation.id, title: 'Maatjesproject', contactPersonId: person.id }));
    const unlisted = ok(await app.api.organisation.create({ name: 'Repair Café Noord', kindId: 'kind-overig' }));
    ok(await app.api.person.createAtOrganisation({ person: { name: 'Ineke Vos' }, organisationId: unlisted.id, role: 'vrijwilliger' }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/zoeken');
    try {
      const search = page.getByLabel('Zoek iemand, een organisatie of aanbod');
      const card = page.locator('.result-card.is-active');
      for (const query of ['jeroen lahlou', 'maatjesproject']) {
        await search.fill(query);
        await expect.poll(() => card.locator('.result-title a').textContent()).toBe(query === 'maatjesproject' ? 'Maatjesproject' : 'Jeroen Lahlou');
        // Her own number is unknown, and the card says so; the organisation's stands beside it, named.
        expect(await card.locator('.result-actions').textContent()).toContain('Geen telefoonnummer bekend.');
        expect(await card.locator('.result-actions').textContent()).toContain('Algemeen nummer Stichting Buurtwerk Noord:');
        const shown = (await card.locator('.phone-copy').first().textContent())!;
        expect(shown).toBe(formatPhoneDutch(organisation.phone!));
        await search.press('Enter');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
        await expect.poll(() => page.locator('.notice').textContent()).toContain(`Nummer van Stichting Buurtwerk Noord gekopieerd: ${shown}.`);
      }
      // No number anywhere: Enter says so instead of doing nothing.
      await search.fill('ineke vos');
      await expect.poll(() => card.locator('.result-title a').textContent()).toBe('Ineke Vos');
      await search.press('Enter');
      await expect.poll(() => page.locator('.notice').textContent()).toContain('Geen telefoonnummer bekend bij Ineke Vos; open de kaart met Alt+Enter.');
      // The activity sheet for a resident: whom to ask, and a number to call.
      await goTo(page, `#/adresboek/aanbod/${offer.id}/blad`);
      await expect.poll(() => page.locator('.sheet-facts dd').last().textContent()).toBe(`Jeroen Lahlou, ${formatPhoneDutch(organisation.phone!)} (Stichting Buurtwerk Noord)`);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('answers a need plus a place on the Zoeken screen, with arrow keys and Alt+Enter to the record', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/zoeken');
    try {
      await page.waitForSelector('.search-panel');
      await page.getByLabel('Zoek iemand, een organisatie of aanbod').fill('maatje oude noorden');
      await expect.poll(() => page.locator('.result-card .result-why').first().textContent()).toMatch(/^"maatje" in .* · actief in Oude Noorden/);
      const second = await page.locator('.result-card .result-title a').nth(1).textContent();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('.result-card.is-active .result-title a').textContent()).toBe(second);
      await page.keyboard.press('Alt+Enter');
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe(second);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 60_000);

  it('opens on the search box before the network has loaded, keeps what she types, and answers it once the network is there', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    const bridge = await serveForTest(network);
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
    // The network's answer is held back (the real one, only later): as on a city-sized network, where it takes seconds.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/api/network/load', async (route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    try {
      await page.goto(bridge.url);
      const box = page.getByLabel('Zoek iemand, een organisatie of aanbod');
      await box.fill('maatje oude noorden');
      await expect.poll(() => page.locator('.search-panel .empty-state').textContent()).toBe('Het netwerk wordt nog geladen; de antwoorden verschijnen zodra het er is.');
      // Elsewhere the screen says what it is loading, counted by a small query that is not held back.
      await page.getByRole('link', { name: 'Adresboek' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Netwerk laden' }).textContent()).toMatch(/^Netwerk laden: \d+ organisaties, \d+ contactpersonen, \d+ aanbod, \d+ casussen…$/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Zoeken' }).click();
      await box.fill('maatje oude noorden');
      release();
      await expect.poll(() => page.locator('.result-card .result-why').first().textContent()).toMatch(/^"maatje" in .* · actief in Oude Noorden/);
      expect(await box.inputValue()).toBe('maatje oude noorden');
    } finally {
      release();
      await context.close();
      await bridge.close();
    }
  }, 60_000);

  it('at ten times the demo, a saved edit re-indexes one search document and loads nothing whole again', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    await growNetwork(network, 5_500, 22_000);
    const app = appFor(network);
    const someone = ok(await app.api.person.list({})).find((person) => person.archivedAt === null)!;
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, `#/adresboek/contactpersonen/${someone.id}`);
    try {
      await expect.poll(() => page.locator('#detail-title').textContent(), { timeout: 30_000 }).toBe(someone.name);
      const wholeLoads: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/network/load')) wholeLoads.push(request.url());
      });
      const updates = () => page.evaluate(() => performance.getEntriesByName('spinweb:search-update').map((entry) => (entry as PerformanceMark).detail as { changed: number; removed: number }));
      // The index is first built just after the first screen is painted.
      await expect.poll(async () => (await updates()).length, { timeout: 30_000 }).toBeGreaterThan(0);
      const before = (await updates()).length;
      await page.getByRole('link', { name: 'Bewerken' }).click();
      await page.getByLabel('Notities').fill('Spreekt Tigrinya en Arabisch; tolkt bij de huisarts.');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toBe(someone.name);
      // Every re-indexing since the save, together: one document, none removed (a quiet follow-up may re-index none).
      const sinceSave = async () => (await updates()).slice(before).reduce((sum, update) => ({ changed: sum.changed + update.changed, removed: sum.removed + update.removed }), { changed: 0, removed: 0 });
      await expect.poll(sinceSave).toEqual({ changed: 1, removed: 0 });
      expect(wholeLoads).toEqual([]);
      // And the search answers with the saved words at once.
      await page.getByRole('link', { name: 'Zoeken' }).click();
      await page.getByLabel('Zoek iemand, een organisatie of aanbod').fill('tigrinya');
      await expect.poll(() => page.locator('.result-card .result-title a').first().textContent()).toBe(someone.name);
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 120_000);
});
