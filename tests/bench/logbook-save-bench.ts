// Logbook figures for `npm run bench`, in Chromium (browser mode): the time
// from Ctrl+Enter on a logged call to the screen that shows it (the recent
// list, fed by the network the renderer keeps), on the demo network and on
// it grown to about ten and fifty times its size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { launchChromium, openApp, serveForTest } from '../support/browser';
import { testRendererDir } from '../support/build-renderer';
import { growNetwork } from '../support/grow-network';

export interface LogbookSaveFigures {
  label: string;
  records: number;
  /** Ctrl+Enter to the new entry on screen, per save. */
  savesMs: number[];
}

async function measure(browser: Browser, label: string, network: SpinwebDatabase, saves: number): Promise<LogbookSaveFigures> {
  const counted = await network.db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const people = await network.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const bridge = await serveForTest(network);
  const savesMs: number[] = [];
  try {
    const page = await openApp(browser, bridge, '#/logboek');
    await page.waitForSelector('.log-form');
    for (let save = 0; save < saves; save++) {
      const note = `Gebeld over de buurtlunch (${label}, ${save + 1})`;
      await page.locator('.picker input').first().fill('bibliotheek oude noorden');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.visit .chip').length === 1);
      await page.getByLabel('Notitie').first().fill(note);
      // Timed in the page: from the key press to the first frame whose recent list holds the note.
      const started = await page.evaluate(() => performance.now());
      await page.keyboard.press('Control+Enter');
      const shown = await page.waitForFunction((text) => {
        const recent = document.querySelector('section[aria-labelledby="recent-title"]');
        return recent?.textContent.includes(text) ? performance.now() : null;
      }, note, { polling: 'raf', timeout: 60_000 });
      savesMs.push(Number(await shown.jsonValue()) - started);
    }
    await page.context().close();
  } finally {
    await bridge.close();
  }
  return { label, records: counted.n + people.n, savesMs };
}

export async function benchLogbookSave(saves = 5): Promise<LogbookSaveFigures[]> {
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'error', build: { outDir: testRendererDir, emptyOutDir: true } });
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-logbook-bench-'));
  const browser = await launchChromium();
  try {
    const figures: LogbookSaveFigures[] = [];
    // The demo, and grown to about ten and fifty times its organisations and people, with about four ties each.
    for (const [label, nodes, ties] of [
      ['demonetwerk', 0, 0],
      ['demo × 10', 5_500, 22_000],
      ['demo × 50', 30_000, 100_000],
    ] as const) {
      const network = await openDatabase(join(dir, `${nodes}.sqlite`));
      await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
      if (nodes > 0) await growNetwork(network, nodes, ties);
      figures.push(await measure(browser, label, network, saves));
      await network.close();
    }
    return figures;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
