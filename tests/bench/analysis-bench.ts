import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { openDatabase } from '../../electron/database/open-database';
import { entityServices } from '../../electron/services/entity-services';
import { loadNetwork } from '../../electron/services/load-network';
import { analyseNetwork } from '../../shared/analysis/analyse-network';
import { createServiceContext } from '../../electron/services/service-context';
import { systemClock } from '../../shared/dates/clock';
import { growNetwork } from '../support/grow-network';

export interface AnalysisFigures {
  label: string;
  nodes: number;
  ties: number;
  /** Reading the network and the casussen from the file. */
  loadMs: number;
  /** The analysis itself, as `analyse` and the map's overlays run it after loading: duplicates, structure, betweenness, overlaps. */
  analysisMs: number;
  betweennessSources: number;
}

/**
 * The analysis on the demo, and on the demo grown by generated people and
 * ties to about ten and fifty times its links: what the Analyse screen and
 * the map's overlays wait for.
 */
export async function benchAnalysis(): Promise<AnalysisFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-analysis-bench-'));
  const figures: AnalysisFigures[] = [];
  try {
    for (const [label, nodes, ties] of [
      ['demonetwerk', 0, 0],
      ['demo + 5.000', 5_000, 20_000],
      ['demo + 30.000', 30_000, 100_000],
    ] as const) {
      const network = await openDatabase(join(dir, `${nodes}.sqlite`));
      await buildDemoNetwork(network.db, { seed: 2026, today: '2026-11-23' });
      if (nodes > 0) await growNetwork(network, nodes, ties);
      const context = createServiceContext(network.db, 'bench', systemClock);
      const started = performance.now();
      const [data, casussen, matches] = await Promise.all([loadNetwork(context), entityServices.casus.list(context, {}), entityServices.casusMatch.list(context, {})]);
      const loaded = performance.now();
      const analysis = analyseNetwork(data, casussen, '2026-11-23', matches);
      const analysisMs = performance.now() - loaded;
      figures.push({ label, nodes: data.persons.length + data.organisations.length, ties: data.ties.length, loadMs: loaded - started, analysisMs, betweennessSources: analysis.structure.betweennessSources });
      await network.close();
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
