import { writeFileSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { downloadedBytes, openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { networkGraph } from '../../shared/analysis/network-structure';
import { appFor, ok, openTempDatabase } from '../support/temp-database';

const browser = useChromium();

describe('the Netwerk screen in a real browser', () => {
  it('filters to a wijk, focuses a node, shows the overlaps, presents without personal data and exports a PNG', async () => {
    const network = await openTempDatabase();
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    // The demo comes with its map; without one (as after a large import) the first visit lays it out.
    ok(await appFor(network).api.network.savePositions({ positions: [], replace: true }));
    const bridge = await serveForTest(network);
    const page = await openApp(browser(), bridge, '#/netwerk');
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.waitForSelector('.network-canvas canvas');
      // The first visit lays the map out in a worker and keeps the positions.
      const firstMark = () => page.evaluate(() => (performance.getEntriesByName('spinweb:network-stable')[0] as PerformanceMark | undefined)?.detail as { source: string; nodes: number } | undefined);
      await expect.poll(firstMark, { timeout: 30_000 }).toMatchObject({ source: 'layout' });
      const app = appFor(network);
      const graphOrder = networkGraph(ok(await app.api.network.load({}))).order;
      await expect.poll(async () => Object.keys(ok(await app.api.network.positions({}))).length).toBe(graphOrder);
      const counts = () => page.locator('.network-side .muted').first().textContent();
      await expect.poll(counts, { timeout: 15_000 }).toMatch(/^\d+ knopen/);
      const all = Number((await counts())!.split(' ')[0]);
      // The planted cooperation through casussen appears as one extra connection.
      const edgesOf = async () => Number(/(\d+) verbindingen/.exec((await counts())!)![1]);
      const edges = await edgesOf();
      await page.getByRole('checkbox', { name: 'samenwerking via casussen' }).check();
      await expect.poll(edgesOf, { timeout: 15_000 }).toBe(edges + 1);
      await page.getByRole('checkbox', { name: 'samenwerking via casussen' }).uncheck();
      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Oude Noorden' });
      await expect.poll(async () => Number((await counts())!.split(' ')[0]), { timeout: 15_000 }).toBeLessThan(all);

      const inNeighbourhood = Number((await counts())!.split(' ')[0]);
      await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'ontmoeting' });
      await expect.poll(async () => Number((await counts())!.split(' ')[0]), { timeout: 15_000 }).toBeLessThan(inNeighbourhood);
      const withTheme = Number((await counts())!.split(' ')[0]);
      await page.getByLabel('Aanbod tonen').check();
      await expect.poll(async () => Number((await counts())!.split(' ')[0]), { timeout: 15_000 }).toBeGreaterThan(withTheme);
      await page.getByLabel('Aanbod tonen').uncheck();
      await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Alle' });
      await page.getByLabel('Grootte naar').selectOption({ label: 'makelaarspositie' });
      await page.getByLabel('Zoek in de kaart').fill('Huis van de Wijk Oude');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.network-selected .result-title').textContent()).toBe('Huis van de Wijk Oude Noorden');
      await page.getByLabel('Buurt van de selectie').selectOption({ label: '1 stap' });
      await page.getByRole('checkbox', { name: 'dubbelingen in aanbod' }).check();
      await page.getByRole('checkbox', { name: 'groepen die elkaar kennen' }).check();
      await screenshot(page, '22-netwerk-oude-noorden');

      // What changed since the last meeting: the demo's newest records, then the meeting recorded.
      await page.getByLabel('Nieuw sinds', { exact: true }).fill('2026-10-01');
      await expect.poll(() => page.locator('.network-changes').textContent()).toMatch(/Nieuw sinds 1 oktober 2026\d+ nieuwe organisaties?, \d+ nieuwe verbinding/);
      await page.getByRole('button', { name: 'Overleg vandaag gehouden' }).click();
      await expect.poll(async () => ok(await app.api.settings.get({})).lastMeetingOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Huidige weergave opslaan als SVG' }).click()]);
      expect(svgDownload.suggestedFilename()).toMatch(/^netwerk-\d{4}-\d{2}-\d{2}\.svg$/);
      const svgText = (await downloadedBytes(svgDownload)).toString('utf8');
      expect(svgText).toMatch(/^<\?xml|^<svg/);
      // The selected organisation's name, wrapped over lines as on screen.
      writeFileSync(`${screenshotDir}/54-export-oude-noorden.svg`, svgText);
      const svgWords = svgText.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(svgWords).toContain('Huis van de Wijk Oude Noorden');
      // Framed to hang on a wall: the title with the date, what was filtered, and the legend of what is shown.
      expect(svgWords).toContain('Netwerk Oude Noorden · 23 november 2026');
      expect(svgWords).toMatch(/laat zien: dubbelingen in aanbod, groepen die elkaar kennen · organisaties/);
      expect(svgWords).toContain('Legenda');
      expect(svgWords).toContain('zelfde aanbod, nog geen contact met elkaar');
      // The links between organisations, drawn beside Cytoscape on a canvas of their own, are in the export too.
      expect(svgText).toMatch(/<path[^>]*stroke="(#b9c2cf|#d3b26b|#c46a2b)"/);

      // A person looked up on the map just before the meeting starts.
      const people = ok(await app.api.person.list({})).map((person) => person.name);
      const someone = people.find((name) => name.length > 10)!;
      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Alle' });
      await page.getByLabel('Alle personen tonen').check();
      await page.getByLabel('Zoek in de kaart').fill(someone);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.network-selected .result-title').textContent()).toBe(someone);

      await page.getByRole('button', { name: 'Presentatie', exact: true }).click();
      await page.waitForSelector('.network.is-presenting');
      await page.waitForTimeout(300);
      await screenshot(page, '23-netwerk-presentatie');
      expect(await seriousViolations(page)).toEqual([]);
      // No person anywhere: not on the map, not as the selection, not in the search field, not in the html.
      const noPersonShown = async () => {
        const html = await page.content();
        expect(html).not.toMatch(/06-?\d{8}|\+316\d{8}|010-\d{7}/);
        expect(html).not.toMatch(/[a-z0-9.-]+@[a-z0-9-]+\.example/);
        // The map's own search field is not there while presenting; the filters left hold no name.
        expect(await page.getByLabel('Zoek in de kaart').count()).toBe(0);
        const fields = await page.locator('input, select').evaluateAll((all) => all.map((field) => (field as HTMLInputElement).value).join(' '));
        const shown = `${await page.locator('body').innerText()} ${fields}`;
        expect(people.filter((name) => shown.includes(name))).toEqual([]);
        // Nor on the canvas: every label Cytoscape draws, read from Cytoscape itself.
        const drawn = await page.evaluate(() => {
          const cy = (document.querySelector('.network-canvas') as HTMLElement & { _cyreg: { cy: Core } })._cyreg.cy;
          return cy.nodes().map((node) => String(node.style('label')));
        });
        expect(drawn.length).toBeGreaterThan(100);
        expect(people.filter((name) => drawn.some((label) => label.includes(name)))).toEqual([]);
      };
      await noPersonShown();
      expect(await page.locator('.presentation-note').textContent()).toContain('geen telefoonnummers');
      // Ctrl+K and Ctrl+Z stay off while presenting: they would put people on the shared screen.
      await page.keyboard.press('Control+k');
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Tijdens de presentatie staat zoeken uit/);
      expect(await page.locator('dialog.palette').count()).toBe(0);
      await page.keyboard.type('maatje');
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Tijdens de presentatie staat ongedaan maken uit/);
      await noPersonShown();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Huidige weergave opslaan als PNG' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^netwerk-\d{4}-\d{2}-\d{2}\.png$/);
      const png = await downloadedBytes(download);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      writeFileSync(`${screenshotDir}/55-export-presentatie.png`, png);
      // Framed: twice the map's size, plus the legend's column beside it and the title above.
      const mapSize = await page.locator('.network-canvas').evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual((mapSize.width + 270) * 2 - 4);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual((mapSize.height + 78) * 2 - 4);
      expect(errors).toEqual([]);

      // The next visit opens on the stored map: no layout at all.
      const again = await openApp(browser(), bridge, '#/netwerk');
      await expect.poll(() => again.evaluate(() => (performance.getEntriesByName('spinweb:network-stable')[0] as PerformanceMark | undefined)?.detail as { source: string; layoutMs: number } | undefined), { timeout: 15_000 }).toEqual(
        expect.objectContaining({ source: 'stored', layoutMs: 0 }),
      );
      await again.context().close();
    } finally {
      await page.context().close();
      await bridge.close();
    }
  }, 90_000);
});
