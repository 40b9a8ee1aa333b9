import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The map's element: Cytoscape keeps its instance on it, which is how the tests read what it draws. */
export type MapContainer = HTMLElement & { _cyreg?: { cy: Core } };

export interface DrawnLabel {
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
export async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
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
export function overlapping(labels: readonly DrawnLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, index) => {
    for (const b of labels.slice(index + 1)) {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.label} × ${b.label}`);
    }
  });
  return pairs;
}

/** Every wijk in the map's filter, as the broker picks it (sub-wijken included). */
export async function neighbourhoodOptions(page: Page): Promise<string[]> {
  return (await page.getByLabel('Wijk', { exact: true }).locator('option').allTextContents()).filter((label) => label !== 'Alle');
}

export async function expectReadable(page: Page, minimumPixels: number, minimumLabels: number, where: string): Promise<void> {
  const labels = await drawnLabels(page);
  expect({ where, overlapping: overlapping(labels) }).toEqual({ where, overlapping: [] });
  // Cytoscape rounds a style's size: 11.999 px is the 12 asked for.
  expect({ where, tooSmall: labels.filter((label) => label.pixels < minimumPixels - 0.01).map((label) => `${label.label} (${label.pixels.toFixed(1)} px)`) }).toEqual({ where, tooSmall: [] });
  expect(labels.length, where).toBeGreaterThanOrEqual(minimumLabels);
}
