// `npm run bench`: times the data core on the demo network. Not part of the
// tests: figures depend on the machine; the README records them with date
// and machine.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase } from '../../electron/database/open-database';
import { networkStats } from '../../electron/services/network-stats';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';
import { importNetwork, parseNetworkFile } from '../../electron/transfer/import-network';
import { benchNetworkView } from './network-bench';
import { benchLogbookSave } from './logbook-save-bench';
import { systemClock, todayOn } from '../../shared/dates/clock';
import { benchSearch, keystrokes } from './search-bench';
import { benchImport } from './import-bench';
import { benchAnalysis } from './analysis-bench';
import { demoSearchSet, fuseAlone, generateQueries, qualityTable, scoreSearch } from '../support/search-quality';
import { SearchEngine } from '../../shared/search/search-engine';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const dir = mkdtempSync(join(tmpdir(), 'spinweb-bench-'));
const results: Record<string, number[]> = { 'demo bouwen': [], 'export (JSON)': [], 'import (JSON, leeg bestand)': [] };
let fileBytes = 0;
let jsonBytes = 0;
let rows = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const source = await openDatabase(join(dir, `source-${run}.sqlite`));
    results['demo bouwen']!.push(await timed(() => buildDemoNetwork(source.db, { seed: 2026, today: '2026-11-23' })));
    let text = '';
    results['export (JSON)']!.push(
      await timed(async () => {
        text = serialiseNetwork(await exportNetwork(source.db));
      }),
    );
    const stats = await networkStats(source.db);
    rows = stats.organisations.total + stats.persons.total + stats.offers.total + stats.ties.total + stats.logEntries.total + stats.casussen.total;
    await source.close();
    fileBytes = statSync(join(dir, `source-${run}.sqlite`)).size;
    jsonBytes = Buffer.byteLength(text);
    const target = await openDatabase(join(dir, `target-${run}.sqlite`));
    results['import (JSON, leeg bestand)']!.push(await timed(() => importNetwork(target.db, parseNetworkFile(text))));
    await target.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'onbekende cpu'}, Node ${process.versions.node}`;
console.log(`Spinweb bench, ${todayOn(systemClock)}, ${machine}`);
console.log(`Demonetwerk: ${rows} hoofdrecords; databasebestand ${(fileBytes / 1024 / 1024).toFixed(1)} MB (WAL na sluiten samengevoegd), JSON ${(jsonBytes / 1024 / 1024).toFixed(1)} MB; ${RUNS} runs.`);
for (const [label, values] of Object.entries(results)) {
  console.log(`${label.padEnd(30)} mediaan ${median(values).toFixed(0).padStart(6)} ms   min ${Math.min(...values).toFixed(0).padStart(6)} ms   max ${Math.max(...values).toFixed(0).padStart(6)} ms`);
}
console.log(`Piekgeheugen (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

console.log('\nSpreadsheet-import (CLI, nieuw bestand, eigen proces): regels per seconde en piekgeheugen.');
// The largest sheet accepted (15 MB) and a 1-million-row one that must be refused before it is read.
for (const figures of benchImport([10_000, 50_000, 100_000, 1_000_000])) {
  const outcome = figures.refused ? `geweigerd in ${figures.seconds.toFixed(1)} s: ${figures.refused}` : `${figures.seconds.toFixed(1).padStart(5)} s   ${Math.round(figures.rowsPerSecond).toString().padStart(6)} regels/s`;
  console.log(`${String(figures.rows).padStart(9)} regels ${figures.megabytes.toFixed(1).padStart(6)} MB   ${outcome}   piek ${Math.round(figures.peakRssMb)} MB`);
}

console.log(`\nZoeken ("Wie bel ik?"): ${keystrokes.length} toetsaanslagen × 3, mediaan en p95 per aanslag; Fuse.js alleen als vergelijking.`);
console.log('records   index bouwen   geheugen   mediaan     p95   | Fuse.js mediaan     p95  (aanslagen)');
for (const count of [1_000, 10_000, 50_000]) {
  const figures = benchSearch(count);
  console.log(
    `${String(figures.records).padStart(7)}   ${figures.buildMs.toFixed(0).padStart(9)} ms   ${figures.heapMb.toFixed(1).padStart(5)} MB   ${figures.medianMs.toFixed(2).padStart(6)} ms ${figures.p95Ms.toFixed(2).padStart(6)} ms | ${figures.fuseMedianMs.toFixed(1).padStart(9)} ms ${figures.fuseP95Ms.toFixed(1).padStart(7)} ms  (${figures.fuseQueries})`,
  );
}

console.log('\nZoekkwaliteit: gegenereerde zoekvragen per soort, Spinweb tegen Fuse.js alleen over dezelfde records.');
for (const copies of [1, 10]) {
  const set = await demoSearchSet(copies);
  const queries = generateQueries(set.documents, set.places);
  const engine = new SearchEngine(set.documents, set.places);
  const ours = scoreSearch(queries, (query) => engine.search(query, { today: todayOn(systemClock), limit: 10 }).results.map((result) => result.document));
  console.log(`demonetwerk × ${copies} (${set.documents.length} records, ${queries.length} zoekvragen)\n${qualityTable(ours, scoreSearch(queries, fuseAlone(set.documents)))}`);
}

console.log('\nAnalyse (dubbelingen, structuur, makelaarspositie, overlap): het demonetwerk, en gegroeid met gegenereerde personen en verbindingen.');
for (const figures of await benchAnalysis()) {
  console.log(`${figures.label.padEnd(14)} ${String(figures.nodes).padStart(6)} knopen ${String(figures.ties).padStart(7)} verbindingen   laden ${figures.loadMs.toFixed(0).padStart(5)} ms   analyse ${figures.analysisMs.toFixed(0).padStart(5)} ms   (makelaarspositie uit ${figures.betweennessSources} bronnen)`);
}

console.log('\nNetwerkkaart in Chromium (browser mode): eerste stabiele beeld (posities "stored": de opgeslagen kaart, waarmee ook het demonetwerk komt; "layout": eerst ingedeeld in een worker), en beeldtijden tijdens slepen.');
for (const figures of await benchNetworkView()) {
  console.log(
    `${figures.label.padEnd(13)} ${figures.level.padEnd(12)} ${figures.renderer.padEnd(6)} ${String(figures.nodes).padStart(5)} knopen ${String(figures.edges).padStart(6)} verbindingen   posities ${figures.positions.padEnd(6)}  eerste scherm ${String(Math.round(figures.firstScreenMs)).padStart(5)} ms  eerste beeld ${String(Math.round(figures.firstStableMs)).padStart(6)} ms  indelen ${String(Math.round(figures.layoutMs)).padStart(6)} ms   slepen: mediaan ${figures.panMedianMs.toFixed(1)} ms (${(1000 / figures.panMedianMs).toFixed(0)} bps), p95 ${figures.panP95Ms.toFixed(1)} ms`,
  );
}

console.log('\nLogboek in Chromium (browser mode): van Ctrl+Enter op een vastgelegd contact tot het contact op het scherm staat (de recente lijst), 5 keer.');
for (const figures of await benchLogbookSave()) {
  const sorted = [...figures.savesMs].sort((a, b) => a - b);
  console.log(`${figures.label.padEnd(12)} ${String(figures.records).padStart(5)} organisaties en personen   mediaan ${median(sorted).toFixed(0).padStart(4)} ms   (${figures.savesMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
}
