// Netwerk screen figures for `npm run bench`: time to the first stable view
// in Chromium (browser mode), for the demo network and a generated one of
// about 5,000 nodes and 20,000 edges.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { SeededRandom } from '../../electron/demo/random';
import { runChange } from '../../electron/changes/run-change';
import { openDatabase, type SpinwebDatabase } from '../../electron/database/open-database';
import { entityServices } from '../../electron/services/entity-services';
import { createServiceContext } from '../../electron/services/service-context';
import { launchChromium, serveForTest } from '../support/browser';
import { testRendererDir } from '../support/build-renderer';

/** Adds organisations, people and ties until the graph has about `nodes` nodes and `edges` edges. */
async function growNetwork(network: SpinwebDatabase, nodes: number, edges: number): Promise<void> {
  const random = new SeededRandom(99);
  const context = createServiceContext(network.db, 'bench');
  const organisationIds = Array.from({ length: Math.round(nodes * 0.2) }, () => random.uuid());
  const personIds = Array.from({ length: nodes - organisationIds.length }, () => random.uuid());
  await runChange(network.db, new Date().toISOString(), { actor: 'bench', action: 'bulk', summary: 'Groot netwerk voor de benchmark' }, async (recorder) => {
    await entityServices.organisation.createMany(context, recorder, organisationIds.map((id, index) => ({ id, name: `Organisatie ${index}`, kindId: random.pick(['kind-welzijn', 'kind-sport', 'kind-cultuur', 'kind-zorg']), neighbourhoodIds: ['wijk-oude-noorden'] })));
    await entityServices.person.createMany(context, recorder, personIds.map((id, index) => ({ id, name: `Persoon ${index}` })));
    await entityServices.affiliation.createMany(context, recorder, personIds.map((personId) => ({ personId, organisationId: random.pick(organisationIds) })));
    const seen = new Set<string>();
    const ties: { from: { kind: 'person'; id: string }; to: { kind: 'person'; id: string }; kind: 'kent' }[] = [];
    while (ties.length < edges - personIds.length) {
      const a = random.pick(personIds);
      const b = random.pick(personIds);
      const pair = [a, b].sort().join('|');
      if (a === b || seen.has(pair)) continue;
      seen.add(pair);
      ties.push({ from: { kind: 'person', id: a }, to: { kind: 'person', id: b }, kind: 'kent' });
    }
    await entityServices.tie.createMany(context, recorder, ties);
  });
}

export interface NetworkViewFigures {
  label: string;
  nodes: number;
  edges: number;
  firstStableMs: number;
  layoutMs: number;
}

async function measure(label: string, network: SpinwebDatabase): Promise<NetworkViewFigures> {
  const browser = await launchChromium();
  const bridge = await serveForTest(network);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(bridge.url);
    await page.waitForSelector('.data-table, .empty-state');
    const started = Date.now();
    await page.evaluate(() => (window.location.hash = '#/netwerk'));
    await page.waitForFunction(() => performance.getEntriesByName('spinweb:network-stable').length > 0, undefined, { timeout: 120_000 });
    const elapsed = Date.now() - started;
    const detail = await page.evaluate(() => (performance.getEntriesByName('spinweb:network-stable')[0] as PerformanceMark).detail as { nodes: number; edges: number; layoutMs: number });
    return { label, nodes: detail.nodes, edges: detail.edges, firstStableMs: elapsed, layoutMs: detail.layoutMs };
  } finally {
    await bridge.close();
    await browser.close();
  }
}

export async function benchNetworkView(): Promise<NetworkViewFigures[]> {
  await build({ configFile: 'renderer/vite.config.ts', logLevel: 'error', build: { outDir: testRendererDir, emptyOutDir: true } });
  const dir = mkdtempSync(join(tmpdir(), 'spinweb-network-bench-'));
  try {
    const demo = await openDatabase(join(dir, 'demo.sqlite'));
    await buildDemoNetwork(demo.db, { seed: 2026, today: '2026-11-23' });
    const demoFigures = await measure('demonetwerk', demo);
    await growNetwork(demo, 5_000, 20_000);
    const largeFigures = await measure('5.000 knopen', demo);
    await demo.close();
    return [demoFigures, largeFigures];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
