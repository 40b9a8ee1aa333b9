import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { makeBackup } from '../../electron/database/backups';
import { startBridge, type BridgeServer } from '../../electron/http/bridge-server';
import type { SpinwebDatabase } from '../../electron/database/open-database';
import { createServiceContext } from '../../electron/services/service-context';
import { testRendererDir } from './build-renderer';

/** Screenshots of every screen land here (see the README). */
export const screenshotDir = fileURLToPath(new URL('../e2e/screenshots', import.meta.url));

/** Debian's Chromium with the flags these machines need (see DESIGN.md). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-sync', '--no-first-run'],
  });
}

/** One Chromium for a whole test file: call at the top of the file, use the getter in tests. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

/** Browser mode over a test database, as `npm run cli -- serve` runs it. */
export async function serveForTest(network: SpinwebDatabase): Promise<BridgeServer> {
  // As `serve` does: backups in the folder beside the file.
  const backup = async (reason: 'voor-import' | 'handmatig') => void (await makeBackup(network, reason, new Date()));
  return startBridge({ handlers: createHandlers(createServiceContext(network.db, 'browser', backup, network.file)), rendererDir: testRendererDir });
}

export async function openApp(browser: Browser, bridge: BridgeServer, path = '', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'nl-NL', ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bridge.url).origin });
  const page = await context.newPage();
  await page.goto(bridge.url);
  await page.waitForSelector('.data-table, .empty-state, .casus-board, .settings, .detail, .record-form');
  if (path) {
    await page.evaluate((hash) => (window.location.hash = hash), path);
  }
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}
