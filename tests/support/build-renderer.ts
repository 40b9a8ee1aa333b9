import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the test run's own build of the renderer goes (fresh each run). */
export const testRendererDir = fileURLToPath(new URL('../../node_modules/.cache/spinweb-tests/renderer', import.meta.url));

/** Builds the renderer once for the browser tests. */
export async function buildTestRenderer(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir: testRendererDir, emptyOutDir: true },
  });
}
