import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs } from './chromium-args';
import { buildTestRenderer } from './build-renderer';
import { findChromium } from './find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Chromium every e2e file connects to (a Playwright browser server). */
    chromiumEndpoint: string;
  }
}

/**
 * Vitest global setup: builds the renderer and starts one Chromium for the
 * whole run (each e2e file connects to it and gets its own contexts), so the
 * browser starts once, not once per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [found] = await Promise.all([findChromium(), buildTestRenderer()]);
  const server = await chromium.launchServer({ executablePath: found.executablePath, args: chromiumArgs, ...(found.env ? { env: { ...process.env, ...found.env } } : {}) });
  const browser = await chromium.connect(server.wsEndpoint());
  console.log(`E2e-tests in ${found.source}: ${browser.version()} (${found.executablePath})`);
  await browser.close();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
