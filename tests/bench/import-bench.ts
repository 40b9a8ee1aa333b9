import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ImportFigures {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

/** A sociale-kaart sheet of `rows` rows: three people per organisation, every person with a mobile, an e-mail and an offer. */
export function sheetOf(rows: number): string {
  const lines = ['Organisatie;Contactpersoon;Functie;Telefoon;E-mail;Adres;Postcode;Wijk;Aanbod'];
  for (let row = 0; row < rows; row++) {
    lines.push(`Organisatie ${Math.floor(row / 3)};Persoon ${row} Achternaam${row % 977};coördinator;06-${String(10_000_000 + row)};p${row}@voorbeeld.example;Straat ${row};3031 AB;Oude Noorden;Aanbod ${row % 50}`);
  }
  return `${lines.join('\n')}\n`;
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
      if (run.status !== 0) throw new Error(`import of ${rows} rows failed: ${run.stderr}`);
      const { peakRssKb } = JSON.parse(run.stdout) as { peakRssKb: number };
      return { rows, megabytes: Buffer.byteLength(text) / 1024 / 1024, seconds, rowsPerSecond: rows / seconds, peakRssMb: peakRssKb / 1024 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
