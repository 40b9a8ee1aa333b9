// Netwerk screen figures for `npm run bench`, in Chromium (browser mode):
// time to the first stable view with and without stored positions, the
// layout's share, and frame times while panning, for the demo network and a
// generated one of about 5,000 nodes and 20,000 edges.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { savePositions } from '../../electron/services/node-positions';
import { launchChromium, serveForTest } from '../support/browser';
import { growNetwork } from '../support/grow-network';
import { chromiumArgs } from '../support/chromium-args';
import { testRendererDir } from '../support/build-renderer';

export interface NetworkViewFigures {
  label: string;
  /** The map opened: organisations only (the default), or every person. */
  level: 'organisaties' | 'personen';
  renderer: string;
  nodes: number;
  edges: number;
  /** From starting the app (navigation) to its first screen with the network's data, painted. */
  firstScreenMs: number;
  /** From opening the screen to the first frame with final positions. */
  firstStableMs: number;
  /** The app started on Netwerk (a reload of `#/netwerk`): from the start, data loading included, to the first frame with final positions. */
  coldOpenMs: number;
  /** Of which the layout in the worker (0 when the positions were stored). */
  layoutMs: number;
  positions: 'stored' | 'layout';
  /** Frame intervals while dragging the map. */
  panMedianMs: number;
  panP95Ms: number;
}

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

/** Drags the map for about two seconds with the mouse and records the intervals between animation frames. */
async function panFrames(page: Page): Promise<number[]> {
  const box = (await page.locator('.network-canvas').boundingBox())!;
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    const frames = [];
    window.spinwebFrames = frames;
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length < 10000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  // Grabbed in the fit's empty margin, so this pans the map: from the middle it would drag a node.
  const x = box.x + 10;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = performance.now();
  let step = 0;
  while (performance.now() - started < 2_000) {
    step++;
    await page.mouse.move(x + 250 + Math.sin(step / 10) * 200, y + 150 + Math.cos(step / 10) * 120);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { spinwebFrames: number[] }).spinwebFrames.splice(0));
  return frames.slice(1);
}

/** `level`: the map as it opens (organisations), or opened on the person-level map. */
async function measure(browser: Browser, label: string, network: SpinwebDatabase, level: 'organisaties' | 'personen' = 'organisaties'): Promise<NetworkViewFigures> {
  const bridge = await serveForTest(network);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(bridge.url);
    await page.waitForSelector('.search-panel, .data-table, .empty-state');
    await page.waitForFunction(() => performance.getEntriesByName('spinweb:first-screen').length > 0, undefined, { timeout: 60_000 });
    const firstScreenMs = await page.evaluate(() => performance.getEntriesByName('spinweb:first-screen')[0]?.startTime ?? Number.NaN);
    // Timed in the page, from the click's hash change to the first frame with final positions.
    const openedAt = await page.evaluate((hash) => {
      const now = performance.now();
      window.location.hash = hash;
      return now;
    }, level === 'personen' ? '#/netwerk?niveau=personen' : '#/netwerk');
    await page.waitForFunction(() => performance.getEntriesByName('spinweb:network-stable').length > 0, undefined, { timeout: 120_000 });
    const stable = await page.evaluate(() => {
      const mark = performance.getEntriesByName('spinweb:network-stable')[0] as PerformanceMark;
      return { at: mark.startTime, detail: mark.detail as { nodes: number; edges: number; layoutMs: number; source: 'stored' | 'layout' } };
    });
    const elapsed = stable.at - openedAt;
    const detail = stable.detail;
    const renderer = await page.evaluate(() => (document.querySelector('.network-canvas canvas[data-id="layer3-webgl"]') ? 'WebGL' : 'canvas'));
    // Let the positions be stored before the next visit.
    await page.waitForTimeout(500);
    const frames = await panFrames(page);
    // Started on the map: the tab keeps its token, so a reload of #/netwerk is the app opened there, cold.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('spinweb:network-stable').length > 0, undefined, { timeout: 120_000 });
    const coldOpenMs = await page.evaluate(() => performance.getEntriesByName('spinweb:network-stable')[0]?.startTime ?? Number.NaN);
    await page.close();
    return { label, level, renderer, nodes: detail.nodes, edges: detail.edges, firstScreenMs, firstStableMs: elapsed, coldOpenMs, layoutMs: detail.layoutMs, positions: detail.source, panMedianMs: percentile(frames, 0.5), panP95Ms: percentile(frames, 0.95) };
  } finally {
    await bridge.close();
  }
}

/** Chromium with software WebGL (SwiftShader): these machines have no GPU, so this is the worst case for WebGL. */
function launchChromiumWithWebgl(): Promise<Browser> {
  return launchChromium([...chromiumArgs.filter((arg) => arg !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader']);
}

export async function benchNetworkView(): Promise<NetworkViewFigures[]> {
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'error', build: { outDir: testRendererDir, emptyOutDir: true } });
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-network-bench-'));
  const browser = await launchChromium();
  const webglBrowser = await launchChromiumWithWebgl();
  try {
    const demo = await openDatabase(join(dir, 'demo.sqlite'));
    await buildDemoNetwork(demo.db, { seed: 2026, today: '2026-11-23' });
    // As built: the demo comes with its map. Then without one, as after a large import: laid out, then stored.
    const figures = [await measure(browser, 'demonetwerk', demo), await measure(browser, 'demonetwerk', demo, 'personen')];
    await savePositions(demo.db, { positions: [], replace: true });
    figures.push(await measure(browser, 'demonetwerk', demo), await measure(browser, 'demonetwerk', demo), await measure(browser, 'demonetwerk', demo, 'personen'));
    await growNetwork(demo, 5_000, 20_000);
    // The software-WebGL browser reports what the renderer choice does without a GPU (it stays on canvas).
    figures.push(
      await measure(browser, '5.000 knopen', demo),
      await measure(browser, '5.000 knopen', demo),
      await measure(browser, '5.000 knopen', demo, 'personen'),
      await measure(webglBrowser, '5.000 knopen', demo, 'personen'),
    );
    await demo.close();
    return figures;
  } finally {
    await browser.close();
    await webglBrowser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The first screen with the network's data at fifty times the demo (demo +
 * 30,000 organisations and people, 100,000 ties), from a cold start, three
 * times: the map itself is not opened (its layout alone would take minutes).
 */
export async function benchFirstScreenAtFifty(): Promise<{ nodes: number; firstScreenMs: number[] }> {
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'error', build: { outDir: testRendererDir, emptyOutDir: true } });
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-first-screen-bench-'));
  const browser = await launchChromium();
  try {
    const network = await openDatabase(join(dir, 'fifty.sqlite'));
    await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
    await growNetwork(network, 30_000, 100_000);
    const bridge = await serveForTest(network);
    const firstScreenMs: number[] = [];
    try {
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(bridge.url);
        await page.waitForFunction(() => performance.getEntriesByName('spinweb:first-screen').length > 0, undefined, { timeout: 120_000 });
        firstScreenMs.push(await page.evaluate(() => performance.getEntriesByName('spinweb:first-screen')[0]?.startTime ?? Number.NaN));
        await page.close();
      }
    } finally {
      await bridge.close();
    }
    const counted = await network.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const organisations = await network.db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await network.close();
    return { nodes: counted.n + organisations.n, firstScreenMs };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
