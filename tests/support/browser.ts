import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseRoute } from '../../renderer/src/routing/use-route';
import { chromium, type Browser, type BrowserContextOptions, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { makeBackup } from '../../electron/database/backups';
import { startBridge, type BridgeServer } from '../../electron/http/bridge-server';
import type { SpinwebDatabase } from '../../electron/database/open-database';
import { createServiceContext } from '../../electron/services/service-context';
import { testRendererDir } from './build-renderer';
import { chromiumArgs } from './chromium-args';
import { findChromium } from './find-chromium';
import './global-setup';
import { testClock } from './test-clock';
import type { Clock } from '../../shared/dates/clock';

/** Screenshots of every screen land here (see the README). */
export const screenshotDir = fileURLToPath(new URL('../e2e/screenshots', import.meta.url));

/** A Chromium of its own (the bench), found as the tests find theirs, with the flags these machines need. */
export async function launchChromium(args: string[] = chromiumArgs): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({ executablePath: found.executablePath, args, ...(found.env ? { env: { ...process.env, ...found.env } } : {}) });
}

/**
 * The run's one Chromium (started by the global setup) for a whole test
 * file: call at the top of the file, use the getter in tests. Each file
 * closes only its own connection.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('chromiumEndpoint'));
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
export async function serveForTest(network: SpinwebDatabase, clock: Clock = testClock): Promise<BridgeServer> {
  // As `serve` does: backups in the folder beside the file. The page anchors its clock on this one.
  const backup = async (reason: 'voor-import' | 'handmatig') => {
    await makeBackup(network, reason, clock.now());
  };
  return startBridge({ handlers: createHandlers(createServiceContext(network.db, 'browser', clock, { backup, databaseFile: network.file })), rendererDir: testRendererDir });
}

const problemsByPage = new WeakMap<Page, string[]>();

/** Every console error, uncaught page error and failed request the page has had since `openApp`. */
export function pageProblems(page: Page): string[] {
  return problemsByPage.get(page) ?? [];
}

export async function openApp(browser: Browser, bridge: BridgeServer, path = '', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bridge.url).origin });
  const page = await context.newPage();
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(bridge.url);
  await page.waitForSelector('.search-panel, .data-table, .empty-state, .casus-board, .settings, .detail, .record-form');
  if (path) await goTo(page, path);
  return page;
}

/**
 * Go to a hash route and wait until the app renders that route (and, given
 * `ready`, that element inside it). The change renders a moment later, so
 * waiting for an element alone could match it on the screen being left.
 */
export async function goTo(page: Page, hash: string, ready = ''): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
  const route = parseRoute(hash).parts.join('/');
  await page.waitForSelector(`main[data-route="${route.replaceAll('"', '\\"')}"] ${ready}`.trim());
}

/** The whole page, or with `firstScreen` only what the broker sees before she scrolls. */
export async function screenshot(page: Page, name: string, { firstScreen = false } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  if (firstScreen) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: !firstScreen });
}

/** A download's bytes, streamed from the browser (the run's Chromium is a remote server: it has no local path). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (through the debugging protocol, so the page's CSP stays on); its serious and critical findings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

