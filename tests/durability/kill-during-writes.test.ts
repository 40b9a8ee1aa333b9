import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { tempDir } from '../support/temp-database';

const KILLS = 50;
let childScript: string;

beforeAll(async () => {
  // Bundled once so each child starts in a fraction of a second; placed
  // under node_modules so the bundle resolves the native sqlite3 module.
  childScript = fileURLToPath(new URL('../../node_modules/.cache/spinweb-tests/writer-child.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./writer-child.ts', import.meta.url))],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}, 60_000);

/** Runs the writer until it has reported `committedBefore` writes, waits a random moment, then SIGKILLs it. */
function writeThenKill(file: string, label: string, committedBefore: number, extraDelayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, label], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!killing && output.split('\n').length - 1 >= committedBefore) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself: ${errors}`));
      // Only complete lines were reported after a commit; a cut-off last line was not.
      resolve(output.split('\n').slice(0, -1));
    });
  });
}

describe('durability', () => {
  it(`keeps every committed write and a healthy file across ${KILLS} SIGKILLs mid-write`, async () => {
    const file = join(tempDir(), 'durable.sqlite');
    const committed: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      const reported = await writeThenKill(file, String(round), 1 + Math.floor(Math.random() * 20), Math.floor(Math.random() * 40));
      committed.push(...reported);
      const network = await openDatabase(file);
      try {
        const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(network.db);
        expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
        const foreignKeys = await sql`pragma foreign_key_check`.execute(network.db);
        expect(foreignKeys.rows).toEqual([]);
        const stored = new Set((await network.db.selectFrom('organisation').select('id').execute()).map((row) => row.id));
        const lost = committed.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        // Every stored organisation came with its change log entry: no half-written change.
        const logged = await sql<{ n: number }>`select count(*) as n from change where table_name = 'organisation' and before is null`.execute(network.db);
        expect(logged.rows[0]?.n).toBe(stored.size);
      } finally {
        await network.close();
      }
    }
    expect(committed.length).toBeGreaterThanOrEqual(KILLS);
  }, 240_000);
});
