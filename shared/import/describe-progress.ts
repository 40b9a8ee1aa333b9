import type { ImportProgress } from '../contract/api';
import { countOf, dutchNumber, forCount } from '../text/plural';

/** The running import in one Dutch line, for the import screen, a save that waits, and the command line. */
export function describeImportProgress(progress: ImportProgress): string {
  const what =
    progress.phase === 'wachten'
      ? `Import van ${progress.source} wacht tot een ander programma klaar is met schrijven in dit netwerk…`
      : progress.phase === 'plannen'
        ? `Import van ${progress.source}: bestand lezen en controleren…`
        : `Import van ${progress.source}: ${dutchNumber(progress.done)} van ${dutchNumber(progress.total)} ${forCount(progress.total, 'record', 'records')} opgeslagen (${importPercentage(progress)}%)…`;
  return progress.waitingImports === 0 ? what : `${what} Daarna ${forCount(progress.waitingImports, 'wacht', 'wachten')} nog ${countOf(progress.waitingImports, 'import', 'imports')}.`;
}

/** Percentage written, rounded down: 100 only when everything is. */
export function importPercentage(progress: ImportProgress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * 100);
}
