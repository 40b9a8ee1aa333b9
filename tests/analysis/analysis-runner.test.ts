// The analysis on its own thread: the same findings as computed in place,
// the process answering other questions meanwhile, progress that moves, and
// a cancel that stops it with a Dutch message and leaves the next run whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { AnalysisRunner } from '../../electron/services/analysis-runner';
import { entityServices } from '../../electron/services/entity-services';
import { loadNetwork } from '../../electron/services/load-network';
import { analyseNetwork, analysisPhases } from '../../shared/analysis/analyse-network';
import type { AnalysisProgress } from '../../shared/contract/api';
import { growNetwork } from '../support/grow-network';
import { appFor, ok, openSuiteDatabase, testToday, type TestApp } from '../support/temp-database';

let app: TestApp;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const suite = await openSuiteDatabase();
  dispose = suite.dispose;
  app = appFor(suite.network);
  await buildDemoNetwork(suite.network.db, { seed: 2026, today: testToday });
}, 120_000);

afterAll(async () => {
  await dispose();
});

/** Asks for progress until the analysis is seen running, and returns what was seen until it ends or `until` says stop. */
async function watchProgress(until: (seen: AnalysisProgress[]) => boolean): Promise<AnalysisProgress[]> {
  const seen: AnalysisProgress[] = [];
  for (let tries = 0; tries < 6_000; tries++) {
    const progress = ok(await app.api.network.analyseProgress({}));
    if (progress) seen.push(progress);
    else if (seen.length > 0) return seen;
    if (until(seen)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the analysis was never seen running');
}

describe('the analysis on a thread of its own', () => {
  it('analyses a new, empty network (the first start without the demo)', async () => {
    const empty = await openSuiteDatabase();
    try {
      const analysis = ok(await appFor(empty.network).api.network.analyse({ today: testToday }));
      expect(analysis.structure).toMatchObject({ components: [], betweennessSources: 0 });
      expect(analysis.duplicates).toEqual({ organisations: [], persons: [] });
    } finally {
      await empty.dispose();
    }
  });

  it('finds on the demo exactly what the analysis finds in place', async () => {
    const [data, casussen, matches] = await Promise.all([
      loadNetwork(app.context),
      entityServices.casus.list(app.context, { includeArchived: false }),
      entityServices.casusMatch.list(app.context, { includeArchived: false }),
    ]);
    const inPlace = analyseNetwork(data, casussen, testToday, matches);
    expect(inPlace.duplicates.persons.length + inPlace.overlaps.length).toBeGreaterThan(0);
    expect(ok(await app.api.network.analyse({ today: testToday }))).toEqual(inPlace);
    expect(ok(await app.api.network.analyseProgress({}))).toBeNull();
  });

  it('an idle worker is ended, giving its memory back, and the next analysis starts a new one with the same findings', async () => {
    const input = async () => {
      const [data, casussen, matches] = await Promise.all([
        loadNetwork(app.context),
        entityServices.casus.list(app.context, { includeArchived: false }),
        entityServices.casusMatch.list(app.context, { includeArchived: false }),
      ]);
      return { data, casussen, matches };
    };
    const runner = new AnalysisRunner(200);
    const first = await runner.run(input, testToday);
    expect(runner.hasWorker).toBe(true);
    for (let waited = 0; runner.hasWorker && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runner.hasWorker).toBe(false);
    expect(await runner.run(input, testToday)).toEqual(first);
    // Right after an analysis the worker is kept for the next (the one after an edit).
    expect(runner.hasWorker).toBe(true);
  }, 60_000);

  it('on a grown network: other questions are answered while it runs, and its progress moves through the parts in order', async () => {
    await growNetwork(app.network, 5_000, 20_000);
    const finished: string[] = [];
    const analysis = app.api.network.analyse({ today: testToday }).then((result) => {
      finished.push('analyse');
      return result;
    });
    const seen = await watchProgress((progress) => progress.length === 3);
    // Asked while the analysis runs, answered before it ends: the analysis is off the request path.
    await app.api.network.stats({}).then(() => finished.push('stats'));
    const rest = await watchProgress(() => false);
    expect(ok(await analysis).structure.betweennessSources).toBeGreaterThan(0);
    expect(finished).toEqual(['stats', 'analyse']);
    const all = [...seen, ...rest];
    const fractions = all.map((progress) => progress.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(new Set(fractions).size).toBeGreaterThan(1);
    const phases = all.map((progress) => analysisPhases.indexOf(progress.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(all.every((progress) => progress.waiting === 0)).toBe(true);
  }, 120_000);

  it('cancelling stops every analysis asked for, in Dutch, and the next analysis runs whole', async () => {
    const first = app.api.network.analyse({ today: testToday });
    const second = app.api.network.analyse({ today: testToday });
    // Each is read first, then queued: cancel once both wait for the thread.
    const seen = await watchProgress((progress) => progress.some((running) => running.waiting === 1));
    expect(seen.at(-1)!.waiting).toBe(1);
    expect(ok(await app.api.network.analyseCancel({}))).toEqual({ cancelled: true });
    const cancelled = { ok: false, error: { code: 'CONFLICT', message: 'De analyse is afgebroken; er is niets gewijzigd.' } };
    expect(await first).toEqual(cancelled);
    expect(await second).toEqual(cancelled);
    expect(ok(await app.api.network.analyseProgress({}))).toBeNull();
    expect(ok(await app.api.network.analyseCancel({}))).toEqual({ cancelled: false });
    const again = ok(await app.api.network.analyse({ today: testToday }));
    expect(again.structure.components.length).toBeGreaterThan(0);
  }, 120_000);

  it('cancelling while it still reads the network stops it there: it never reaches the thread', async () => {
    const asked = app.api.network.analyse({ today: testToday });
    const seen = await watchProgress((progress) => progress.length === 1);
    expect(seen[0]).toEqual({ phase: 'netwerk lezen', fraction: 0, waiting: 0 });
    expect(ok(await app.api.network.analyseCancel({}))).toEqual({ cancelled: true });
    expect(await asked).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'De analyse is afgebroken; er is niets gewijzigd.' } });
    // The read ends after the cancel; nothing is analysed with it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(ok(await app.api.network.analyseProgress({}))).toBeNull();
  }, 60_000);
});
