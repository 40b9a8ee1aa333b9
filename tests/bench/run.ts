// `npm run bench`: times the data core on the demo network. Not part of the
// tests: figures depend on the machine; the README records them with date
// and machine.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase } from '../../electron/database/open-database';
import { networkStats } from '../../electron/services/network-stats';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';
import { importNetwork, parseNetworkFile } from '../../electron/transfer/import-network';
import { benchFirstScreenAtFifty, benchNetworkView } from './network-bench';
import { benchLogbookSave } from './logbook-save-bench';
import { systemClock, todayOn } from '../../shared/dates/clock';
import { benchCitySearch } from './city-search-bench';
import { benchImport } from './import-bench';
import { benchAnalysis } from './analysis-bench';
import { benchServeMemory } from './serve-memory-bench';
import { benchRow, machineName, ms, printBenchTable, times } from './bench-table';

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

console.log(`Spinweb bench, ${todayOn(systemClock)}, ${machineName()}`);
console.log(`Demonetwerk: ${rows} hoofdrecords; databasebestand ${(fileBytes / 1024 / 1024).toFixed(1)} MB (WAL na sluiten samengevoegd), JSON ${(jsonBytes / 1024 / 1024).toFixed(1)} MB; ${RUNS} runs.`);
for (const [label, values] of Object.entries(results)) {
  console.log(`${label.padEnd(30)} mediaan ${median(values).toFixed(0).padStart(6)} ms   min ${Math.min(...values).toFixed(0).padStart(6)} ms   max ${Math.max(...values).toFixed(0).padStart(6)} ms`);
}
console.log(`Piekgeheugen (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
benchRow({ what: 'JSON-export', size: `demonetwerk, ${rows} hoofdrecords`, figure: `mediaan ${ms(median(results['export (JSON)']!))}` });
benchRow({ what: 'JSON-import in een leeg bestand', size: `demonetwerk, ${rows} hoofdrecords`, figure: `mediaan ${ms(median(results['import (JSON, leeg bestand)']!))}` });

console.log('\nSpreadsheet-import (CLI, nieuw bestand, eigen proces): regels per seconde en piekgeheugen.');
// The largest sheet accepted (15 MB) and a 1-million-row one that must be refused before it is read.
for (const figures of benchImport([10_000, 50_000, 100_000, 1_000_000])) {
  const outcome = figures.refused ? `geweigerd in ${figures.seconds.toFixed(1)} s: ${figures.refused}` : `${figures.seconds.toFixed(1).padStart(5)} s (import zelf ${figures.importSeconds.toFixed(1)} s)   ${Math.round(figures.rowsPerSecond).toString().padStart(6)} regels/s`;
  console.log(`${String(figures.rows).padStart(9)} regels ${figures.megabytes.toFixed(1).padStart(6)} MB   ${outcome}   piek ${Math.round(figures.peakRssMb)} MB`);
  const target = figures.rows === 10_000 ? '< 3 s' : figures.rows === 50_000 ? '< 15 s' : undefined;
  benchRow({
    what: 'spreadsheet-import (CLI, eigen proces)',
    size: `${figures.rows.toLocaleString('nl-NL')} regels, ${figures.megabytes.toFixed(1)} MB`,
    figure: figures.refused ? `geweigerd in ${figures.seconds.toFixed(1)} s` : `${figures.seconds.toFixed(1)} s met opstarten, import zelf ${figures.importSeconds.toFixed(1)} s; piek ${Math.round(figures.peakRssMb)} MB RSS`,
    target,
  });
}

console.log('\nZoeken ("Wie bel ik?") over een stad: het demonetwerk herhaald als wijken met eigen namen, straten, mensen en nummers (tests/bench/city-corpus.ts). Spinweb tegen Fuse.js alleen (zelfde gewogen velden, accenten genegeerd) en MiniSearch, in dit proces.');
console.log('records   zoekmachine   index bouwen   geheugen   mediaan/aanslag   p95/aanslag (aanslagen)   MRR@10   hit@5   "maatje oude noorden"');
for (const copies of [1, 11, 56]) {
  const city = await benchCitySearch(copies);
  const [ours] = city.engines;
  for (const engine of city.engines) {
    console.log(`${String(city.documents).padStart(7)}   ${engine.engine.padEnd(11)}   ${ms(engine.buildMs).padStart(12)}   ${engine.heapMb.toFixed(1).padStart(5)} MB   ${ms(engine.medianMs).padStart(15)}   ${ms(engine.p95Ms).padStart(11)} (${engine.samples})   ${engine.mrrAt10.toFixed(3).padStart(6)}   ${engine.hitAt5.toFixed(3)}   ${engine.maatjeRank === null ? 'niet in de eerste 10' : `plaats ${engine.maatjeRank}`}`);
  }
  const size = `stad van ${copies} ${copies === 1 ? 'wijkdeel (het demonetwerk)' : 'wijkdelen'}, ${city.documents.toLocaleString('nl-NL')} records`;
  const target = city.documents > 30_000 ? 'p95 < 16 ms' : city.documents > 5_000 ? 'p95 < 5 ms' : undefined;
  const others = city.engines.slice(1);
  benchRow({
    what: 'zoeken, per toetsaanslag',
    size,
    figure: `mediaan ${ms(ours!.medianMs)}, p95 ${ms(ours!.p95Ms)} (${ours!.samples} aanslagen)`,
    target,
    baseline: others.map((engine) => `${engine.engine}: ${ms(engine.medianMs)} / ${ms(engine.p95Ms)}`).join('; '),
    ratio: city.ratios.map((ratio) => `${ratio.engine} ${times(ratio.median, 1)} / ${times(ratio.p95, 1)}`).join('; '),
  });
  benchRow({
    what: 'zoekkwaliteit (MRR@10, hit@5)',
    size: `${size}, ${city.qualityQueries} zoekvragen`,
    figure: `${ours!.mrrAt10.toFixed(3)}, ${ours!.hitAt5.toFixed(3)}`,
    target: 'MRR ≥ MiniSearch',
    baseline: others.map((engine) => `${engine.engine}: ${engine.mrrAt10.toFixed(3)}, ${engine.hitAt5.toFixed(3)}`).join('; '),
  });
}

console.log('\nAnalyse (dubbelingen, structuur, makelaarspositie, overlap): het demonetwerk, en gegroeid met gegenereerde personen en verbindingen.');
for (const figures of await benchAnalysis()) {
  console.log(`${figures.label.padEnd(14)} ${String(figures.nodes).padStart(6)} knopen ${String(figures.ties).padStart(7)} verbindingen   laden ${figures.loadMs.toFixed(0).padStart(5)} ms   analyse ${figures.analysisMs.toFixed(0).padStart(5)} ms   (makelaarspositie uit ${figures.betweennessSources} bronnen)`);
  benchRow({ what: 'analyse (na laden)', size: `${figures.label}, ${figures.nodes.toLocaleString('nl-NL')} knopen`, figure: `${ms(figures.analysisMs)} (laden ${ms(figures.loadMs)})`, target: figures.label.includes('30') ? '< 5 s' : figures.label.includes('5.000') ? '< 1 s' : undefined });
}

console.log('\nNetwerkkaart in Chromium (browser mode): eerste stabiele beeld (posities "stored": de opgeslagen kaart, waarmee ook het demonetwerk komt; "layout": eerst ingedeeld in een worker), en beeldtijden tijdens slepen.');
for (const figures of await benchNetworkView()) {
  console.log(
    `${figures.label.padEnd(13)} ${figures.level.padEnd(12)} ${figures.renderer.padEnd(6)} ${String(figures.nodes).padStart(5)} knopen ${String(figures.edges).padStart(6)} verbindingen   posities ${figures.positions.padEnd(6)}  eerste scherm ${String(Math.round(figures.firstScreenMs)).padStart(5)} ms  eerste beeld ${String(Math.round(figures.firstStableMs)).padStart(6)} ms  koud op Netwerk ${String(Math.round(figures.coldOpenMs)).padStart(6)} ms  indelen ${String(Math.round(figures.layoutMs)).padStart(6)} ms   slepen: mediaan ${figures.panMedianMs.toFixed(1)} ms (${(1000 / figures.panMedianMs).toFixed(0)} bps), p95 ${figures.panP95Ms.toFixed(1)} ms`,
  );
  if (figures.level === 'organisaties' && figures.positions === 'stored') {
    const demo = figures.label.startsWith('demo') && !figures.label.includes('+');
    benchRow({ what: 'eerste scherm met de gegevens, geschilderd (koude start)', size: `${figures.label}, ${figures.nodes.toLocaleString('nl-NL')} knopen`, figure: ms(figures.firstScreenMs), target: demo ? '< 1 s' : '< 1,5 s (10×)' });
    benchRow({ what: 'Netwerk geopend na het eerste scherm, opgeslagen posities, geschilderd', size: `${figures.label}, ${figures.nodes.toLocaleString('nl-NL')} knopen`, figure: ms(figures.firstStableMs) });
    benchRow({ what: 'app gestart op Netwerk (koud, gegevens laden inbegrepen), geschilderd', size: `${figures.label}, ${figures.nodes.toLocaleString('nl-NL')} knopen`, figure: ms(figures.coldOpenMs), target: demo ? '< 1,5 s' : '< 3 s (10×)' });
  }
}

{
  const fifty = await benchFirstScreenAtFifty();
  console.log(`50 × demo (${fifty.nodes} organisaties en personen): eerste scherm met de gegevens ${fifty.firstScreenMs.map((value) => Math.round(value)).join(', ')} ms`);
  benchRow({ what: 'eerste scherm met de gegevens, geschilderd (koude start)', size: `demo × 50, ${fifty.nodes.toLocaleString('nl-NL')} organisaties en personen`, figure: `mediaan ${ms(median(fifty.firstScreenMs))} (${fifty.firstScreenMs.map((value) => ms(value)).join(', ')})`, target: '< 3 s' });
}

console.log('\nLogboek in Chromium (browser mode): van Ctrl+Enter op een vastgelegd contact tot het contact op het scherm staat (de recente lijst), 5 keer.');
for (const figures of await benchLogbookSave()) {
  const sorted = [...figures.savesMs].sort((a, b) => a - b);
  console.log(`${figures.label.padEnd(12)} ${String(figures.records).padStart(5)} organisaties en personen   mediaan ${median(sorted).toFixed(0).padStart(4)} ms   (${figures.savesMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
  benchRow({ what: 'bewaren tot op het scherm (logboek, Ctrl+Enter)', size: `${figures.label}, ${figures.records.toLocaleString('nl-NL')} organisaties en personen`, figure: `mediaan ${ms(median(sorted))}, max ${ms(sorted.at(-1)!)}`, target: figures.label.endsWith('10') ? '< 100 ms' : figures.label.endsWith('50') ? '< 300 ms' : undefined });
}

console.log('\nGeheugen van het browser-mode-proces (`serve`, eigen proces, RSS van de kernel): gestart, eerste scherm met gegevens, Analyse met bevindingen, Analyse na de rusttijd van de analyse-thread, piek.');
for (const figures of await benchServeMemory()) {
  const mb = (value: number) => `${Math.round(value)} MB`;
  console.log(`${figures.label.padEnd(12)} ${String(figures.records).padStart(6)} organisaties en personen   gestart ${mb(figures.startedMb)}   geladen ${mb(figures.loadedMb)}   geanalyseerd ${mb(figures.analysedMb)}   in rust ${mb(figures.idleMb)}   piek ${mb(figures.peakMb)}`);
  benchRow({ what: 'geheugen van serve (RSS)', size: `${figures.label}, ${figures.records.toLocaleString('nl-NL')} organisaties en personen`, figure: `gestart ${mb(figures.startedMb)}, geladen ${mb(figures.loadedMb)}, na analyse ${mb(figures.analysedMb)} (in rust ${mb(figures.idleMb)}), piek ${mb(figures.peakMb)}` });
}

printBenchTable();
