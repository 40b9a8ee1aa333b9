import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests use real SQLite files and child processes: give slow disks room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
