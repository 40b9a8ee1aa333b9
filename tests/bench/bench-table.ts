// The one table `npm run bench` ends with: every figure a user waits for,
// each row with when and where it was measured (date, machine, the load
// average at that moment) and, where there is one, its baseline from the
// same process and the ratio to it. Printed as Markdown, so the README can
// take it as it is.
import { cpus, loadavg } from 'node:os';
import { systemClock, todayOn } from '../../shared/dates/clock';

export interface BenchRow {
  /** What was measured, in the broker's words ("zoeken, per toetsaanslag"). */
  what: string;
  /** The network or data it was measured on ("demo × 10, 10.427 records"). */
  size: string;
  /** The figure ("mediaan 1,4 ms, p95 4,0 ms"). */
  figure: string;
  /** The target the issue set, when it set one ("< 5 ms"). */
  target?: string;
  /** The baseline's figure in the same run ("Fuse.js: mediaan 130 ms"). */
  baseline?: string;
  /** How many times slower the baseline was (or, for quality, the difference). */
  ratio?: string;
}

interface MeasuredRow extends BenchRow {
  load: string;
}

const rows: MeasuredRow[] = [];

/** Adds a row, with the load average of the last minute as it stands now. */
export function benchRow(row: BenchRow): void {
  rows.push({ ...row, load: loadavg()[0]!.toFixed(2) });
}

export function machineName(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'onbekende cpu'}, Node ${process.versions.node}`;
}

/** Milliseconds as a Dutch figure: "0,82 ms" below 10, "131 ms" up to 10 s, "12,4 s" beyond. */
export function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s`;
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: value < 10 ? 2 : 0 })} ms`;
}

/** "41×": how many times `baseline` took what `ours` took. */
export function times(baseline: number, ours: number): string {
  return `${(baseline / ours).toLocaleString('nl-NL', { maximumFractionDigits: baseline / ours < 10 ? 1 : 0 })}×`;
}

export function printBenchTable(): void {
  const date = todayOn(systemClock);
  const machine = machineName();
  const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '/');
  console.log(`\nSamenvatting: ${date}, ${machine}; belasting = gemiddelde load van de laatste minuut bij het meten.\n`);
  console.log('| meting | omvang | uitkomst | doel | basislijn (zelfde run) | verhouding | datum | machine | belasting |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${[row.what, row.size, row.figure, row.target, row.baseline, row.ratio, date, machine, row.load].map(cell).join(' | ')} |`);
  }
}
