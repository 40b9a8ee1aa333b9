import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysisPhase, NetworkAnalysis } from '../../shared/analysis/analyse-network';
import type { AnalysisProgress } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import type { Casus } from '../../shared/domain/casus';
import type { CasusMatch } from '../../shared/domain/casus-match';
import type { NetworkData } from '../../shared/network/network-data';
import { perNetwork } from './per-network';

/** What the worker is given: the loaded network and what the analysis needs besides. */
export interface AnalysisJob {
  id: number;
  data: NetworkData;
  casussen: Casus[];
  today: string;
  matches: CasusMatch[];
}

/** What an analysis reads before it starts. */
export type AnalysisInput = Omit<AnalysisJob, 'id' | 'today'>;

/** What the worker tells, per job. */
export type AnalysisMessage =
  | { id: number; type: 'progress'; phase: AnalysisPhase; fraction: number }
  | { id: number; type: 'done'; analysis: NetworkAnalysis }
  | { id: number; type: 'failed'; message: string };

/** How long a worker without work is kept for the next analysis before it is ended. */
export const ANALYSIS_WORKER_IDLE_MS = 30_000;

export const analysisCancelledMessage = 'De analyse is afgebroken; er is niets gewijzigd.';

interface PendingJob {
  resolve(analysis: NetworkAnalysis): void;
  reject(error: Error): void;
  progress: { phase: AnalysisPhase; fraction: number };
}

/**
 * The worker script next to this module: the built one in the app, the
 * TypeScript source through tsx's loader elsewhere (tests, `serve`, the CLI).
 */
function workerScript(): { file: URL; execArgv?: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return { file: new URL('./analysis-worker.cjs', here) };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { file: new URL('./analysis-worker.ts', here), execArgv: ['--import', tsx] };
}

/**
 * Runs the analysis on a thread of its own, so the process keeps answering
 * (every other screen, the progress question) while a city-sized network
 * is analysed: betweenness alone takes seconds there. One worker per
 * network, started on first use and kept for the analyses that follow an
 * edit; jobs run one after another in the order asked. A worker idle for
 * `idleMs` is ended, so an open Analyse screen holds no thread and heap
 * (about 50 MB at fifty times the demo) for nothing; starting one again
 * costs tens of milliseconds. Cancelling stops the worker at once, whatever it is doing
 * (the analysis writes nothing, so nothing is left half done).
 */
export class AnalysisRunner {
  #worker: Worker | null = null;
  readonly #jobs = new Map<number, PendingJob>();
  #nextId = 1;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly idleMs = ANALYSIS_WORKER_IDLE_MS) {}

  /** Whether a worker is running or kept (for tests: it is ended after `idleMs` without work). */
  get hasWorker(): boolean {
    return this.#worker !== null;
  }

  /**
   * Analyses what `read` reads. The request is a job from the moment it is
   * asked, its reading included: a cancel stops it there too (at fifty times
   * the demo the reading takes a second), and the progress says so.
   */
  run(read: () => Promise<AnalysisInput>, today: string): Promise<NetworkAnalysis> {
    const id = this.#nextId++;
    return new Promise<NetworkAnalysis>((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, progress: { phase: 'netwerk lezen', fraction: 0 } });
      read().then(
        ({ data, casussen, matches }) => {
          // Cancelled (or failed with the worker) while it read: nothing to analyse.
          if (!this.#jobs.has(id)) return;
          clearTimeout(this.#idleTimer);
          const worker = this.#workerNow();
          // Kept alive while a job runs (a CLI waits for it); let go when idle, so the process can end.
          worker.ref();
          worker.postMessage({ id, data, casussen, today, matches } satisfies AnalysisJob);
        },
        (error: unknown) => {
          if (!this.#jobs.delete(id)) return;
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** The running analysis: its part, how far it is (0..1), and how many wait behind it. Null when none runs. */
  progress(): AnalysisProgress | null {
    const [running] = this.#jobs.values();
    return running ? { ...running.progress, waiting: this.#jobs.size - 1 } : null;
  }

  /** Stops every analysis asked for; false when none runs. Each caller gets `analysisCancelledMessage`. */
  cancel(): boolean {
    if (this.#jobs.size === 0) return false;
    const worker = this.#worker;
    this.#stop(worker, new AppError('CONFLICT', analysisCancelledMessage));
    void worker?.terminate();
    return true;
  }

  #workerNow(): Worker {
    if (this.#worker) return this.#worker;
    const { file, execArgv } = workerScript();
    const worker = new Worker(file, execArgv ? { execArgv } : {});
    worker.on('message', (message: AnalysisMessage) => {
      const job = this.#jobs.get(message.id);
      if (!job) return;
      if (message.type === 'progress') {
        job.progress = { phase: message.phase, fraction: message.fraction };
        return;
      }
      this.#jobs.delete(message.id);
      if (this.#jobs.size === 0) this.#idle(worker);
      if (message.type === 'done') job.resolve(message.analysis);
      else job.reject(new Error(`De analyse is mislukt: ${message.message}`));
    });
    worker.on('error', (error: Error) => this.#stop(worker, error));
    worker.on('exit', () => this.#stop(worker, new Error('De analyse is onverwacht gestopt.')));
    this.#worker = worker;
    return worker;
  }

  /** No job left: the worker no longer keeps the process alive, and is ended unless work comes within `idleMs`. */
  #idle(worker: Worker): void {
    worker.unref();
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#worker !== worker || this.#jobs.size > 0) return;
      this.#worker = null;
      void worker.terminate();
    }, this.idleMs);
    this.#idleTimer.unref();
  }

  /**
   * `worker` is gone (stopped, failed or exited): every job still waiting
   * gets `error`; the next run starts a new one. Once a worker was let go,
   * its late exit event leaves the next worker's jobs alone.
   */
  #stop(worker: Worker | null, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    const jobs = [...this.#jobs.values()];
    this.#jobs.clear();
    for (const job of jobs) job.reject(error);
  }
}

/** The runner of the network behind a connection: every door to it (API, CLI) shares it. */
export const analysisRunnerFor = perNetwork(() => new AnalysisRunner());
