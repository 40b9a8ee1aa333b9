import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests need a built renderer and a Chromium: both made once per run.
    globalSetup: ['tests/support/global-setup.ts'],
    // Tests use real SQLite files and child processes: give slow disks room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Browser tests wait for the page with expect.poll; a loaded CI machine needs more than the default second.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
