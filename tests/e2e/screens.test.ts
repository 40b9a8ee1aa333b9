import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { goTo, openApp, pageProblems, screenshot, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { pluralMistakes } from '../support/plural-agreement';
import { appFor, ok, openSuiteDatabase, type TestApp } from '../support/temp-database';

const browser = useChromium();
let bridge: BridgeServer;
let app: TestApp;
let page: Page;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const suite = await openSuiteDatabase();
  dispose = suite.dispose;
  const network = suite.network;
  await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
  app = appFor(network);
  bridge = await serveForTest(network);
  page = await openApp(browser(), bridge);
}, 60_000);

afterAll(async () => {
  await bridge.close();
  await dispose();
});

/** Every screen of the app, by name (its screenshot's), route and an element that shows it is ready. */
async function keyScreens(): Promise<[name: string, hash: string, ready: string][]> {
  const organisation = ok(await app.api.organisation.list({})).find((candidate) => candidate.name === 'Huisartsenpraktijk Zwaanshals')!;
  const person = ok(await app.api.person.list({}))[0]!;
  const offer = ok(await app.api.offer.list({})).find((candidate) => candidate.contactPersonId !== null)!;
  const casus = ok(await app.api.casus.list({})).find((candidate) => candidate.status === 'lopend')!;
  return [
    ['01-adresboek-organisaties', '#/adresboek/organisaties', '.data-table'],
    ['02-adresboek-contactpersonen', '#/adresboek/contactpersonen', '.data-table'],
    ['03-adresboek-aanbod', '#/adresboek/aanbod', '.data-table'],
    ['04-organisatie', `#/adresboek/organisaties/${organisation.id}`, '#detail-title'],
    ['05-contactpersoon', `#/adresboek/contactpersonen/${person.id}`, '#detail-title'],
    ['06-aanbod', `#/adresboek/aanbod/${offer.id}`, '#detail-title'],
    ['07-nieuwe-organisatie', '#/adresboek/organisaties/nieuw', '.record-form'],
    ['08-organisatie-bewerken', `#/adresboek/organisaties/${organisation.id}/bewerken`, '.record-form'],
    ['09-nieuwe-contactpersoon', `#/adresboek/contactpersonen/nieuw?organisatie=${organisation.id}`, '.record-form'],
    ['10-nieuw-aanbod', `#/adresboek/aanbod/nieuw?organisatie=${organisation.id}`, '.record-form'],
    ['11-zoeken', '#/zoeken', '.search-panel'],
    ['12-logboek', '#/logboek', '.log-form'],
    ['13-netwerk', '#/netwerk', '.network-canvas canvas'],
    ['14-casussen', '#/casussen', '.casus-board'],
    ['15-analyse', '#/analyse', '.finding'],
    ['16-instellingen', '#/instellingen', '.settings'],
    ['24-casussen-lijst', '#/casussen/lijst', '.data-table'],
    ['25-casus', `#/casussen/${casus.id}`, '#matches-title'],
    ['26-casus-nieuw', '#/casussen/nieuw', '.record-form'],
    ['27-casus-rapportage', '#/casussen/rapportage', '.key-figures'],
    ['28-importeren', '#/adresboek/importeren', '.import-screen'],
  ];
}

describe('every screen', () => {
  it('is in Dutch with every count in the right number, has no serious accessibility violations, and is photographed', async () => {
    const screens = await keyScreens();
    const problems: string[] = [];
    for (const [name, hash, ready] of screens) {
      await goTo(page, hash, ready);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await screenshot(page, name);
      problems.push(...(await seriousViolations(page)).map((problem) => `${name}: ${problem}`));
      problems.push(...pluralMistakes(await page.locator('body').innerText()).map((mistake) => `${name}: "${mistake}"`));
    }
    // The search with answers, and the command palette, are screens of their own.
    await goTo(page, '#/zoeken', '.search-panel');
    await page.getByLabel('Zoek iemand, een organisatie of aanbod').fill('maatje oude noorden');
    await page.waitForSelector('.result-card');
    await screenshot(page, '19-zoeken-maatje-oude-noorden');
    problems.push(...(await seriousViolations(page)).map((problem) => `19-zoeken: ${problem}`));
    await goTo(page, '#/adresboek/organisaties', '.data-table');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.palette[open]');
    await page.keyboard.type('huisarst');
    await page.waitForSelector('dialog.palette .result-card');
    await screenshot(page, '20-zoeken-ctrl-k');
    problems.push(...(await seriousViolations(page)).map((problem) => `20-ctrl-k: ${problem}`));
    await page.keyboard.press('Escape');
    // A form showing its validation messages is a screen of its own.
    await goTo(page, '#/adresboek/organisaties/nieuw', '.record-form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForSelector('.form-summary');
    await screenshot(page, '17-formulier-met-fouten');
    problems.push(...(await seriousViolations(page)).map((problem) => `17-formulier-met-fouten: ${problem}`));
    expect(problems).toEqual([]);
    // Browser mode loads clean: no console error, no 404 (the tab's icon is the app's), no failed request.
    expect(pageProblems(page)).toEqual([]);
    const icon = await page.request.get(new URL(String(await page.locator('link[rel="icon"]').getAttribute('href')), page.url()).href);
    expect([icon.status(), icon.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    expect((await icon.text()).trim()).toBe(readFileSync(new URL('../../build/icon.svg', import.meta.url), 'utf8').trim());
  }, 120_000);

  it('without a token says how to connect, accessibly', async () => {
    const context = await browser().newContext({ locale: 'nl-NL' });
    const bare = await context.newPage();
    await bare.goto(new URL(bridge.url).origin);
    await bare.waitForSelector('.no-connection');
    expect(await bare.locator('[role=alert]').textContent()).toContain('npm run cli -- serve');
    await screenshot(bare, '18-geen-verbinding');
    expect(await seriousViolations(bare)).toEqual([]);
    await context.close();
  }, 30_000);

  it('is reachable by keyboard: the skip link, the menu and the list', async () => {
    await goTo(page, '#/adresboek/organisaties', '.data-table');
    await page.reload();
    await page.waitForSelector('.data-table');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ongedaan maken');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Zoeken');
    // Every interactive element has an accessible name (axe checks this too) and shows focus.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  }, 30_000);

  it('reads the same in an en-US browser: dates in Dutch, never mm/dd/yyyy or an ISO date, no English file field', async () => {
    const english = await openApp(browser(), bridge, '', { locale: 'en-US', timezoneId: 'America/New_York' });
    try {
      const found: string[] = [];
      for (const [name, hash, ready] of await keyScreens()) {
        await goTo(english, hash, ready);
        const { text, values, nativeFields } = await english.evaluate(() => ({
          text: document.body.innerText,
          values: [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not(.calendar-picker)')].map((input) => input.value),
          // A native date or file field shows the browser's language (mm/dd/yyyy, "Choose File"); only hidden ones may exist.
          nativeFields: [...document.querySelectorAll<HTMLInputElement>('input[type=date], input[type=file]')].filter((input) => getComputedStyle(input).opacity !== '0').length,
        }));
        for (const shown of [text, ...values]) {
          for (const match of shown.match(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g) ?? []) found.push(`${name}: ${match}`);
        }
        if (nativeFields > 0) found.push(`${name}: ${nativeFields} native date or file fields`);
      }
      expect(found).toEqual([]);
      // The dates that are there are Dutch.
      await goTo(english, '#/logboek');
      await english.waitForSelector('.log-form');
      expect(await english.getByLabel('Datum', { exact: true }).inputValue()).toBe('23 november 2026');
    } finally {
      await english.context().close();
    }
  }, 120_000);
});
