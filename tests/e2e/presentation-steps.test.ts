import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { drawnLabels, expectReadable, type MapContainer } from '../support/map-labels';
import { appFor, ok, openSuiteDatabase } from '../support/temp-database';

const browser = useChromium();
let bridge: BridgeServer;
let dispose: () => Promise<void>;
let api: ReturnType<typeof appFor>['api'];

beforeAll(async () => {
  const suite = await openSuiteDatabase();
  dispose = suite.dispose;
  await buildDemoNetwork(suite.network.db, { seed: 2026, today: '2026-11-23' });
  api = appFor(suite.network).api;
  bridge = await serveForTest(suite.network);
}, 60_000);

afterAll(async () => {
  await bridge.close();
  await dispose();
});

const demoSteps = ['Wat is er nieuw sinds de vorige bijeenkomst?', 'Wie doet hetzelfde zonder elkaar te kennen?', 'Waar zijn de hiaten?', 'Samenwerking via casussen'];

/** What the map shows now: the wijk chosen, the zoom, and the nodes faded or in view. */
function mapNow(page: Page) {
  return page.evaluate(() => {
    const cy = document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy;
    return { zoom: cy.zoom(), nodes: cy.nodes().length, faded: cy.nodes('.faded').length, wijk: document.querySelector<HTMLSelectElement>('#network-wijk')?.value ?? null };
  });
}

/** No name, number or e-mail address of a person on the page, in its fields or on the map. */
async function expectNoPerson(page: Page, people: readonly string[]): Promise<void> {
  const html = await page.content();
  expect(html).not.toMatch(/06-?\d{8}|\+316\d{8}/);
  expect(html).not.toMatch(/[a-z0-9.-]+@[a-z0-9-]+\.example/);
  const fields = await page.locator('input, select').evaluateAll((all) => all.map((field) => (field as HTMLInputElement).value).join(' '));
  const shown = `${await page.locator('body').innerText()} ${fields}`;
  expect(people.filter((name) => shown.includes(name))).toEqual([]);
  const drawn = await page.evaluate(() => document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy.nodes().map((node) => String(node.style('label'))));
  expect(people.filter((name) => drawn.some((label) => label.includes(name)))).toEqual([]);
}

describe('a meeting in steps', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    it(`tells the demo's meeting step by step with the arrow keys at ${width}×${height}: readable, no person, the map at least 85% of the screen`, async () => {
      const people = ok(await api.person.list({})).map((person) => person.name);
      const oudeNoorden = new Set(ok(await api.organisation.list({})).filter((organisation) => organisation.neighbourhoodIds.includes('wijk-oude-noorden')).map((organisation) => organisation.id));
      const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width, height } });
      try {
        await page.waitForSelector('.network-canvas canvas');
        await drawnLabels(page);
        // Looked up just before: a person, selected on the person-level map.
        await page.getByLabel('Alle personen tonen').check();
        await page.getByLabel('Zoek in de kaart').fill(people.find((name) => name.length > 10)!);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Presenteren: Wijknetwerk Oude Noorden, vanaf de eerste stap' }).click();
        await page.waitForSelector('.network.is-presenting');
        const caption = page.locator('.presentation-caption');
        for (const [index, title] of demoSteps.entries()) {
          await expect.poll(() => caption.innerText()).toContain(`Stap ${index + 1} van 4`);
          expect(await page.locator('.presentation-bar h1').innerText()).toBe(title);
          // The step's wijk: only Oude Noorden's organisations on the map, and its filters not in the room's view.
          expect((await mapNow(page)).wijk).toBeNull();
          const onMap = await page.evaluate(() => document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy.nodes('.organisation').map((node) => node.id().slice('organisation:'.length)));
          expect(onMap.length).toBeGreaterThan(10);
          expect(onMap.filter((id) => !oudeNoorden.has(id))).toEqual([]);
          await expectReadable(page, 14, 3, `stap ${index + 1}, ${width}×${height}`);
          await expectNoPerson(page, people);
          await screenshot(page, `60-presentatie-${width}-stap-${index + 1}`);
          if (index < demoSteps.length - 1) await page.keyboard.press('ArrowRight');
        }
        // Each step's legend names the marks of that step.
        expect(await page.locator('.legend').innerText()).toContain('samenwerking via casussen');
        // Past the last step nothing happens; back goes back, and a clicker's Page Up too.
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => caption.innerText()).toContain('Stap 4 van 4');
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => caption.innerText()).toContain('Stap 3 van 4');
        expect(await page.locator('.presentation-bar h1').innerText()).toBe('Waar zijn de hiaten?');
        expect(await page.locator('.legend').innerText()).toContain('los van de rest van het netwerk');
        await page.keyboard.press('PageUp');
        await expect.poll(() => caption.innerText()).toContain('Stap 2 van 4');
        // The step chosen from the bar.
        await page.getByLabel('Stap', { exact: true }).selectOption({ index: 0 });
        await expect.poll(() => caption.innerText()).toContain('Stap 1 van 4');
        expect(await page.locator('.legend').innerText()).toContain('nieuw sinds de vorige bijeenkomst');
        expect(await seriousViolations(page)).toEqual([]);
        const mapHeight = await page.locator('.network-canvas').evaluate((element) => element.getBoundingClientRect().height);
        expect(mapHeight / height).toBeGreaterThanOrEqual(0.85);
        // Leaving the presentation leaves its steps.
        await page.getByRole('button', { name: 'Presentatie sluiten' }).click();
        await expect.poll(() => page.locator('.presentation-caption').count()).toBe(0);
      } finally {
        await page.context().close();
      }
    }, 120_000);
  }

  it('saves the map as a view with its frame and focus, makes it a step, reorders, and undoes a removal', async () => {
    const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width: 1366, height: 768 } });
    try {
      await page.waitForSelector('.network-canvas canvas');
      await drawnLabels(page);
      const viewsBefore = ok(await api.mapView.list({})).length;
      const newView = page.getByRole('form', { name: 'Dit kaartbeeld bewaren' });
      // The toolbar's button takes her to the form, its title field ready to type in.
      await page.getByRole('button', { name: 'Kaartbeeld bewaren…' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-label'))).toBe('Dit kaartbeeld bewaren');
      // An empty title is refused next to the field; nothing is saved.
      await newView.getByRole('button', { name: 'Kaartbeeld bewaren' }).click();
      await expect.poll(() => newView.locator('.field-error').first().innerText()).toBe('Geef het kaartbeeld een titel.');
      expect(ok(await api.mapView.list({})).length).toBe(viewsBefore);
      // Nor a caption that names a person: the room would read it.
      const someone = ok(await api.person.list({}))[0]!.name;
      await newView.getByRole('textbox', { name: /^Titel \(verplicht\)/ }).fill('Wie helpt wie');
      await newView.getByLabel('Toelichting voor de zaal').fill(`Met dank aan ${someone}.`);
      await newView.getByRole('button', { name: 'Kaartbeeld bewaren' }).click();
      await expect.poll(() => newView.locator('.field-error').first().innerText()).toBe(`Hier staat de naam van ${someone}. Een kaartbeeld wordt aan een zaal getoond: laat namen van personen weg.`);
      expect(ok(await api.mapView.list({})).length).toBe(viewsBefore);
      expect(await newView.getByLabel('Toelichting voor de zaal').inputValue()).toBe(`Met dank aan ${someone}.`);

      // Bergpolder, its islands, one organisation in focus, zoomed in a little.
      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Bergpolder' });
      await page.getByRole('checkbox', { name: 'eilandjes' }).check();
      await drawnLabels(page);
      const organisation = await page.evaluate(() => String(document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy.nodes('.organisation').first().data('label')));
      await page.getByLabel('Zoek in de kaart').fill(organisation);
      await page.keyboard.press('Enter');
      await page.getByLabel('Buurt van de selectie').selectOption({ label: '1 stap' });
      await drawnLabels(page);
      await page.getByRole('button', { name: 'Inzoomen (+)' }).click();
      await drawnLabels(page);
      const saved = await mapNow(page);
      expect(saved.faded).toBeGreaterThan(0);
      await newView.getByRole('textbox', { name: /^Titel \(verplicht\)/ }).fill('Bergpolder: wie staat er los');
      await newView.getByLabel('Toelichting voor de zaal').fill('Omcirkeld: organisaties zonder verbinding met de rest.');
      await newView.getByRole('button', { name: 'Kaartbeeld bewaren' }).click();
      await expect.poll(async () => ok(await api.mapView.list({})).length).toBe(viewsBefore + 1);
      const view = ok(await api.mapView.list({})).find((candidate) => candidate.title === 'Bergpolder: wie staat er los')!;
      expect(view).toMatchObject({ neighbourhoodId: 'wijk-bergpolder', overlays: ['islands'], focusSteps: 1, caption: 'Omcirkeld: organisaties zonder verbinding met de rest.' });
      expect(view.focusOrganisationId).not.toBeNull();
      expect(view.frame).not.toBeNull();

      // Elsewhere on the map, then the view again: the same wijk, overlay, focus and zoom.
      await page.getByLabel('Buurt van de selectie').selectOption({ label: 'hele netwerk' });
      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Alle' });
      await page.getByRole('checkbox', { name: 'eilandjes' }).uncheck();
      await drawnLabels(page);
      await page.getByRole('button', { name: 'Tonen: kaartbeeld Bergpolder: wie staat er los' }).click();
      await expect.poll(async () => (await mapNow(page)).wijk).toBe('wijk-bergpolder');
      await drawnLabels(page);
      const again = await mapNow(page);
      expect(again.zoom).toBeCloseTo(saved.zoom, 2);
      expect(again.faded).toBe(saved.faded);
      expect(await page.getByRole('checkbox', { name: 'eilandjes' }).isChecked()).toBe(true);

      // Its caption put right afterwards; the map it shows stays as saved.
      await page.locator('summary[aria-label="Bewerken: kaartbeeld Bergpolder: wie staat er los"]').click();
      const savedItem = page.getByRole('form', { name: 'Bewerken: kaartbeeld Bergpolder: wie staat er los' });
      // A title too long is refused by the API next to the field; nothing changes.
      await savedItem.getByRole('textbox', { name: /^Titel \(verplicht\)/ }).fill('B'.repeat(201));
      await savedItem.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect.poll(() => savedItem.locator('.field-error').first().innerText()).toBe('Te lang: maximaal 200 tekens.');
      expect(ok(await api.mapView.get({ id: view.id })).title).toBe('Bergpolder: wie staat er los');
      await savedItem.getByRole('textbox', { name: /^Titel \(verplicht\)/ }).fill('Bergpolder: wie staat er los');
      await savedItem.getByLabel('Toelichting voor de zaal').fill('Omcirkeld: wie nog niemand kent.');
      await savedItem.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect.poll(async () => ok(await api.mapView.get({ id: view.id })).caption).toBe('Omcirkeld: wie nog niemand kent.');
      expect(ok(await api.mapView.get({ id: view.id })).frame).toEqual(view.frame);

      // A presentation of two steps, then the order turned round.
      await page.getByRole('textbox', { name: /^Titel van de presentatie/ }).fill('Themabijeenkomst Bergpolder');
      await page.getByRole('button', { name: 'Presentatie maken' }).click();
      const item = page.locator('.saved-list > li', { hasText: 'Themabijeenkomst Bergpolder' });
      await item.locator('summary').click();
      for (const title of ['Bergpolder: wie staat er los', 'Waar zijn de hiaten?']) {
        await item.getByLabel('Kaartbeeld als stap toevoegen').selectOption({ label: title });
        await item.getByRole('button', { name: 'Toevoegen' }).click();
        await expect.poll(() => item.locator('.saved-steps li').allInnerTexts()).toContainEqual(expect.stringContaining(title));
      }
      await expect.poll(() => item.locator('.saved-title').innerText()).toContain('2 stappen');
      await item.getByRole('button', { name: 'Naar voren: Waar zijn de hiaten?' }).click();
      const stepTitles = async () => {
        const presentation = ok(await api.presentation.list({})).find((candidate) => candidate.title === 'Themabijeenkomst Bergpolder')!;
        const views = ok(await api.mapView.list({}));
        return presentation.mapViewIds.map((id) => views.find((candidate) => candidate.id === id)!.title);
      };
      await expect.poll(stepTitles).toEqual(['Waar zijn de hiaten?', 'Bergpolder: wie staat er los']);
      await screenshot(page, '61-kaartbeelden-en-presentaties');
      expect(await seriousViolations(page)).toEqual([]);

      // Removed by mistake, back with one undo, in the same place.
      await page.getByRole('button', { name: 'Verwijderen: kaartbeeld Bergpolder: wie staat er los' }).click();
      await expect.poll(() => item.locator('.saved-title').innerText()).toContain('1 stap');
      await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
      await expect.poll(() => item.locator('.saved-title').innerText()).toContain('2 stappen');
      await expect.poll(stepTitles).toEqual(['Waar zijn de hiaten?', 'Bergpolder: wie staat er los']);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('prints a presentation one landscape page per step, each framed with its step, caption and legend', async () => {
    const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width: 1366, height: 768 } });
    try {
      await page.waitForSelector('.network-canvas canvas');
      await drawnLabels(page);
      const before = await mapNow(page);
      await page.getByRole('button', { name: 'A4 afdrukken: Wijknetwerk Oude Noorden, één liggende pagina per stap' }).click();
      await expect.poll(() => page.locator('img.map-print.paper-a4').count(), { timeout: 20_000 }).toBe(4);
      const alts = await page.locator('img.map-print').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt));
      expect(alts).toEqual(demoSteps.map((title, index) => `${title} · Wijknetwerk Oude Noorden, stap ${index + 1} van 4`));
      // Each page as a picture, for the eye.
      const pictures = await page.locator('img.map-print').evaluateAll((images) =>
        images.map((image) => {
          const picture = image as HTMLImageElement;
          const canvas = document.createElement('canvas');
          canvas.width = picture.naturalWidth;
          canvas.height = picture.naturalHeight;
          canvas.getContext('2d')!.drawImage(picture, 0, 0);
          return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
        }),
      );
      pictures.forEach((picture, index) => writeFileSync(`${screenshotDir}/62-afdruk-stap-${index + 1}.png`, Buffer.from(picture, 'base64')));
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(`${screenshotDir}/62-afdruk-presentatie-a4.pdf`, printed);
      const boxes = [...printed.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
      expect(boxes).toEqual([
        [842, 595],
        [842, 595],
        [842, 595],
        [842, 595],
      ]);
      // The map on screen did not move while the steps were drawn.
      expect(await mapNow(page)).toEqual(before);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
