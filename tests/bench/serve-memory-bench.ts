// Memory of the browser-mode server (`serve`) for `npm run bench`: the
// process a broker runs, started as she starts it, on the demo and on the
// demo grown to about ten and fifty times its organisations and people. Its
// resident memory (RSS) is read from the kernel after start, after the first
// screen has its data, and after the Analyse screen has its findings (the
// analysis runs on a worker thread of the same process), with the peak.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase } from '../../electron/database/open-database';
import { ANALYSIS_WORKER_IDLE_MS } from '../../electron/services/analysis-runner';
import { launchChromium } from '../support/browser';
import { growNetwork } from '../support/grow-network';

export interface ServeMemoryFigures {
  label: string;
  /** Organisations and people in the network. */
  records: number;
  /** RSS in MB: started and listening, nothing asked yet. */
  startedMb: number;
  /** RSS in MB: the app's first screen painted with the network's data. */
  loadedMb: number;
  /** RSS in MB: the Analyse screen showing its findings. */
  analysedMb: number;
  /** RSS in MB: the Analyse screen still open, the analysis worker ended after its idle time. */
  idleMb: number;
  /** The process's highest RSS in MB over all of it. */
  peakMb: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The kernel's figures for a process (Linux): current and peak resident memory, in MB. */
function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Starts `serve` on the file as the CLI does and resolves with its address once it listens. */
async function startServe(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--db', file, '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${stderr}`)));
  });
  return { child, url };
}

async function stopServe(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function benchServeMemory(): Promise<ServeMemoryFigures[]> {
  // `serve` shows the built renderer; build it as `npm run build` does.
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'error' });
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-serve-memory-bench-'));
  const browser = await launchChromium();
  const sizes = [
    { label: 'demonetwerk', nodes: 0, edges: 0 },
    { label: 'demo × 10', nodes: 5_000, edges: 20_000 },
    { label: 'demo × 50', nodes: 30_000, edges: 100_000 },
  ];
  const figures: ServeMemoryFigures[] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `netwerk-${size.nodes}.sqlite`);
      const network = await openDatabase(file);
      await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
      if (size.nodes > 0) await growNetwork(network, size.nodes, size.edges);
      const people = await network.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const organisations = await network.db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await network.close();

      const { child, url } = await startServe(file);
      try {
        const pid = child.pid!;
        const started = residentMemory(pid);
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('spinweb:first-screen').length > 0, undefined, { timeout: 180_000 });
        const loaded = residentMemory(pid);
        await page.evaluate("location.hash = '#/analyse'");
        await page.waitForSelector('.finding', { timeout: 300_000 });
        const analysed = residentMemory(pid);
        await new Promise((resolve) => setTimeout(resolve, ANALYSIS_WORKER_IDLE_MS + 2_000));
        const idle = residentMemory(pid);
        await page.close();
        figures.push({ label: size.label, records: people.n + organisations.n, startedMb: started.rssMb, loadedMb: loaded.rssMb, analysedMb: analysed.rssMb, idleMb: idle.rssMb, peakMb: idle.peakMb });
      } finally {
        await stopServe(child);
      }
    }
    return figures;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
