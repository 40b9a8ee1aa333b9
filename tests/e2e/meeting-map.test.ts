import { writeFileSync } from 'node:fs';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { openApp, screenshot, screenshotDir, seriousViolations, serveForTest, useChromium } from '../support/browser';
import { openSuiteDatabase } from '../support/temp-database';

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

/** The map's element: Cytoscape keeps its instance on it, which is how the tests read what it draws. */
type MapContainer = HTMLElement & { _cyreg?: { cy: Core } };

interface DrawnLabel {
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The label's font size on screen, in CSS pixels. */
  pixels: number;
}

/**
 * The labels Cytoscape draws now, read from Cytoscape itself once the view
 * has come to rest and its labels were sorted out for it: each visible
 * label's rendered box and its size on screen.
 */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  const settled = () =>
    page.evaluate(() => {
      const container = document.querySelector<MapContainer>('.network-canvas');
      const cy = container?._cyreg?.cy;
      return cy !== undefined && !cy.animated() && container?.getAttribute('data-labels-zoom') === cy.zoom().toFixed(4);
    });
  await expect.poll(settled, { timeout: 10_000 }).toBe(true);
  return page.evaluate(() => {
    const cy = document.querySelector<MapContainer>('.network-canvas')!._cyreg!.cy;
    const zoom = cy.zoom();
    return cy
      .nodes()
      .filter((node) => node.visible() && String(node.style('label')) !== '' && Number(node.style('text-opacity')) > 0)
      .map((node) => {
        const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return { label: String(node.style('label')), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, pixels: parseFloat(String(node.style('font-size'))) * zoom };
      })
      .filter((label) => label.x2 > 0 && label.y2 > 0 && label.x1 < cy.width() && label.y1 < cy.height());
  });
}

/** Every pair of visible labels whose boxes intersect, by their text. */
function overlapping(labels: readonly DrawnLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, index) => {
    for (const b of labels.slice(index + 1)) {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.label} × ${b.label}`);
    }
  });
  return pairs;
}

/** Every wijk in the map's filter, as the broker picks it (sub-wijken included). */
async function neighbourhoodOptions(page: Page): Promise<string[]> {
  return (await page.getByLabel('Wijk', { exact: true }).locator('option').allTextContents()).filter((label) => label !== 'Alle');
}

async function expectReadable(page: Page, minimumPixels: number, minimumLabels: number, where: string): Promise<void> {
  const labels = await drawnLabels(page);
  expect({ where, overlapping: overlapping(labels) }).toEqual({ where, overlapping: [] });
  // Cytoscape rounds a style's size: 11.999 px is the 12 asked for.
  expect({ where, tooSmall: labels.filter((label) => label.pixels < minimumPixels - 0.01).map((label) => `${label.label} (${label.pixels.toFixed(1)} px)`) }).toEqual({ where, tooSmall: [] });
  expect(labels.length, where).toBeGreaterThanOrEqual(minimumLabels);
}

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
        await expect.poll(() => page.locator('.legend').innerText()).toContain('zelfde aanbod, kent de ander niet');
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
