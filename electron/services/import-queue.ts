import type { ImportProgress } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { perNetwork } from './per-network';

/** What an import reports while it runs, and where it stops when asked to. */
export interface ImportSteps {
  /** The file is read and the records planned. */
  planning(): void;
  /** `done` of `total` records are written. */
  saving(done: number, total: number): void;
  /** Another program holds the write lock; this import waits for it. */
  waitingForLock(): void;
  /** Throws when the broker asked to stop: the transaction rolls back, nothing is written. */
  stopIfCancelled(): void;
}

interface RunningImport {
  progress: ImportProgress;
  cancelled: boolean;
}

export const importCancelledMessage = 'De import is afgebroken; er is niets gewijzigd.';

/**
 * One import at a time per network connection. A second import waits its
 * turn (and then plans against what the first one added), and everyone can
 * see how far the running one is: the import screen shows a progress bar,
 * and a save that waits behind the import says why it waits.
 */
export class ImportQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #running: RunningImport | null = null;
  #waiting = 0;

  progress(): ImportProgress | null {
    return this.#running ? { ...this.#running.progress, waitingImports: this.#waiting } : null;
  }

  /** Asks the running import to stop at its next batch; false when none runs. */
  cancel(): boolean {
    if (!this.#running) return false;
    this.#running.cancelled = true;
    return true;
  }

  run<Result>(source: string, work: (steps: ImportSteps) => Promise<Result>): Promise<Result> {
    this.#waiting++;
    const turn = this.#tail.then(async () => {
      this.#waiting--;
      const running: RunningImport = { progress: { source, phase: 'plannen', done: 0, total: 0, waitingImports: 0 }, cancelled: false };
      this.#running = running;
      const steps: ImportSteps = {
        planning: () => void (running.progress = { ...running.progress, phase: 'plannen', done: 0, total: 0 }),
        saving: (done, total) => void (running.progress = { ...running.progress, phase: 'opslaan', done, total }),
        waitingForLock: () => void (running.progress = { ...running.progress, phase: 'wachten' }),
        stopIfCancelled: () => {
          if (running.cancelled) throw new AppError('CONFLICT', importCancelledMessage);
        },
      };
      try {
        return await work(steps);
      } finally {
        this.#running = null;
      }
    });
    // The next import waits for this one, whether it succeeds or fails.
    this.#tail = turn.catch(() => undefined);
    return turn;
  }
}

/** The queue of the network behind a connection: every door to it (API, CLI) shares it. */
export const importQueueFor = perNetwork(() => new ImportQueue());
