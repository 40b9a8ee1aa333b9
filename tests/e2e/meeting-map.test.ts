import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { openSuiteDatabase } from '../support/temp-database';
import { drawnLabels, expectReadable, neighbourhoodOptions, overlapping, type MapContainer } from '../support/map-labels';

const browser = useChromium();
let bridge: BridgeServer;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const suite = await openSuiteDatabase();
  dispose = suite.dispose;
  await buildDemoNetwork(suite.network.db, { seed: 2026, today: '2026-11-23' });
  bridge = await serveForTest(suite.network);
}, 60_000);

afterAll(async () => {
  await bridge.close();
  await dispose();
});

describe('the meeting map: readable labels that never overlap, the organisation level, zoom and fit', () => {
  it('for the whole demo and for every wijk, at a desk', async () => {
    const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width: 1366, height: 768 } });
    try {
      await page.waitForSelector('.network-canvas canvas');
      await expectReadable(page, 12, 15, 'hele demo');
      for (const name of await neighbourhoodOptions(page)) {
        await page.getByLabel('Wijk', { exact: true }).selectOption({ label: name });
        await expectReadable(page, 12, 3, name);
      }
      // Zooming in makes room: more labels show, still none overlapping.
      await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Alle' });
      const before = (await drawnLabels(page)).length;
      await page.getByRole('button', { name: 'Inzoomen (+)' }).click();
      await page.getByRole('button', { name: 'Inzoomen (+)' }).click();
      const zoomed = await drawnLabels(page);
      expect(overlapping(zoomed)).toEqual([]);
      expect(zoomed.length).toBeGreaterThan(before * 0.6);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('opens an organisation to its people, zooms with + − 0, and fits the map to each wijk chosen', async () => {
    const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width: 1366, height: 768 } });
    try {
      await page.waitForSelector('.network-canvas canvas');
      await drawnLabels(page);
      const view = () =>
        page.evaluate(() => {
          const cy = document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy;
          const outside = cy.nodes().filter((node) => {
            const { x, y } = node.renderedPosition();
            return x < 0 || y < 0 || x > cy.width() || y > cy.height();
          });
          return { zoom: cy.zoom(), nodes: cy.nodes().length, persons: cy.nodes('.person').length, outside: outside.length };
        });
      // The organisation-level map: no person on it.
      const whole = await view();
      expect(whole).toMatchObject({ persons: 0, outside: 0 });

      await page.getByLabel('Zoek in de kaart').fill('Huis van de Wijk Oude Noorden');
      await page.keyboard.press('Enter');
      const open = page.getByRole('button', { name: /^Toon \d+ contactpersonen?$/ });
      const people = Number(/\d+/.exec((await open.textContent())!)![0]);
      await open.click();
      await expect.poll(async () => (await view()).persons).toBe(people);
      await page.getByRole('button', { name: 'Contactpersonen verbergen' }).click();
      await expect.poll(async () => (await view()).persons).toBe(0);

      // The keys, from anywhere on the screen but a field.
      await page.locator('.network-side').focus();
      await page.keyboard.press('0');
      await drawnLabels(page);
      const fitted = (await view()).zoom;
      await page.keyboard.press('+');
      await expect.poll(async () => (await view()).zoom).toBeCloseTo(fitted * 1.3, 2);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await expect.poll(async () => (await view()).zoom).toBeCloseTo(fitted / 1.3, 2);
      await page.keyboard.press('0');
      await expect.poll(async () => (await view()).zoom).toBeCloseTo(fitted, 4);

      // Each wijk chosen: the view glides to it within 300 ms, every node of it in view.
      for (const name of (await neighbourhoodOptions(page)).slice(0, 4)) {
        const glide = await page.evaluate(async (label) => {
          const cy = document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy;
          const select = document.querySelector<HTMLSelectElement>('#network-wijk')!;
          select.value = [...select.options].find((option) => option.text === label)!.value;
          const started = performance.now();
          let animated = false;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          for (;;) {
            await new Promise(requestAnimationFrame);
            animated ||= cy.animated();
            if (animated && !cy.animated()) return { animated, ms: performance.now() - started };
            if (performance.now() - started > 2_000) return { animated, ms: Infinity };
          }
        }, name);
        expect(glide.animated).toBe(true);
        expect(glide.ms).toBeLessThan(300 + 100);
        await drawnLabels(page);
        const shown = await view();
        expect({ name, outside: shown.outside }).toEqual({ name, outside: 0 });
        expect(shown.nodes).toBeLessThan(whole.nodes);
      }
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('prints the framed map on one landscape page of A4 or A3, and nothing else of the screen', async () => {
    const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width: 1366, height: 768 } });
    try {
      await page.waitForSelector('.network-canvas canvas');
      await drawnLabels(page);
      for (const [paper, size] of [
        ['A4', [842, 595]],
        ['A3', [1191, 842]],
      ] as const) {
        await page.getByRole('button', { name: `${paper} afdrukken: de kaart liggend, met titel en legenda` }).click();
        await page.locator(`img.map-print.paper-${paper.toLowerCase()}`).waitFor({ state: 'attached' });
        expect(await page.locator('img.map-print').getAttribute('alt')).toBe('Netwerk alle wijken · 23 november 2026');
        const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(`${screenshotDir}/56-afdruk-${paper.toLowerCase()}.pdf`, printed);
        const pdf = printed.toString('latin1');
        const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
        // One page, landscape, of the paper chosen: the toolbar, the side panel and the menu are not printed.
        expect(boxes).toEqual([size]);
        expect(pdf).toContain('/Subtype /Image');
      }
    } finally {
      await page.context().close();
    }
  }, 120_000);

  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    it(`while presenting at ${width}×${height}: labels of at least 14 pixels, none overlapping, for the whole demo and every wijk`, async () => {
      const page = await openApp(browser(), bridge, '#/netwerk', { viewport: { width, height } });
      try {
        await page.waitForSelector('.network-canvas canvas');
        await page.getByRole('button', { name: 'Presentatie', exact: true }).click();
        await page.waitForSelector('.network.is-presenting');
        await expectReadable(page, 14, 15, `presentatie ${width}×${height}`);
        await screenshot(page, `50-netwerk-presentatie-${width}`);
        for (const name of await neighbourhoodOptions(page)) {
          await page.getByLabel('Wijk', { exact: true }).selectOption({ label: name });
          await expectReadable(page, 14, 3, `presentatie ${width}×${height}, ${name}`);
        }
        await screenshot(page, `51-netwerk-presentatie-${width}-wijk`);
        // One overlay at a time from the bar; the legend names its mark, and only what is on the map.
        await page.getByLabel('Laat zien').selectOption({ label: 'dubbelingen in aanbod' });
        await expect.poll(() => page.locator('.legend').innerText()).toContain('zelfde aanbod, nog geen contact met elkaar');
        expect(await page.locator('.legend').innerText()).not.toContain('persoon');
        expect(await seriousViolations(page)).toEqual([]);
        // The map takes at least 85% of the screen's height.
        const mapHeight = await page.locator('.network-canvas').evaluate((element) => element.getBoundingClientRect().height);
        expect(mapHeight / height).toBeGreaterThanOrEqual(0.85);
      } finally {
        await page.context().close();
      }
    }, 120_000);
  }
});
