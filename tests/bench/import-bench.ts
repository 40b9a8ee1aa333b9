import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sheetOf } from '../support/sheets';

export interface ImportFigures {
  rows: number;
  megabytes: number;
  /** The whole CLI run: starting Node, compiling the CLI with tsx, the import. */
  seconds: number;
  /** The import alone, as the app runs it (its code already loaded). */
  importSeconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  /** The CLI's message when the sheet is refused before it is read (too large); null when it was imported. */
  refused: string | null;
}

/**
 * Imports generated sheets with the CLI into a new file, each in a process of
 * its own, so its peak memory (RSS, from the kernel) is the import's alone.
 */
export function benchImport(rowCounts: readonly number[]): ImportFigures[] {
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-import-bench-'));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    return rowCounts.map((rows) => {
      const sheet = join(dir, `kaart-${rows}.csv`);
      const text = sheetOf(rows);
      writeFileSync(sheet, text);
      const started = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/import-child.ts', sheet, join(dir, `netwerk-${rows}.sqlite`)], { cwd: root, encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      const refusal = /^.*Verdeel het over meer bestanden\.$/m.exec(run.stderr);
      if (run.status !== 0 && !refusal) throw new Error(`import of ${rows} rows failed: ${run.stderr}`);
      const { peakRssKb, importMs } = JSON.parse(run.stdout) as { peakRssKb: number; importMs: number };
      return { rows, megabytes: Buffer.byteLength(text) / 1024 / 1024, seconds, importSeconds: importMs / 1000, rowsPerSecond: rows / seconds, peakRssMb: peakRssKb / 1024, refused: run.status === 0 ? null : refusal![0] };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
