// A network grown past the demo, for the benches and the tests that need a
// city-sized graph: generated organisations, people and ties.
import { runChange } from '../../electron/changes/run-change';
import type { SpinwebDatabase } from '../../electron/database/open-database';
import { SeededRandom } from '../../electron/demo/random';
import { firstNames, surnames } from '../../electron/demo/fictional-names';
import { entityServices } from '../../electron/services/entity-services';
import { createServiceContext } from '../../electron/services/service-context';
import { testClock } from './test-clock';

/**
 * Adds organisations, people and ties until the graph has about `nodes`
 * nodes and `edges` edges. People get names as the demo's (so at city size
 * every first name and surname recurs, as in a city).
 */
export async function growNetwork(network: SpinwebDatabase, nodes: number, edges: number): Promise<void> {
  const random = new SeededRandom(99);
  const context = createServiceContext(network.db, 'bench', testClock);
  const organisationIds = Array.from({ length: Math.round(nodes * 0.2) }, () => random.uuid());
  const personIds = Array.from({ length: nodes - organisationIds.length }, () => random.uuid());
  await runChange(network.db, context.clock.now().toISOString(), { actor: 'bench', action: 'bulk', summary: 'Groot netwerk voor de benchmark' }, async (recorder) => {
    await entityServices.organisation.createMany(context, recorder, organisationIds.map((id, index) => ({ id, name: `Organisatie ${index}`, kindId: random.pick(['kind-welzijn', 'kind-sport', 'kind-cultuur', 'kind-zorg']), neighbourhoodIds: ['wijk-oude-noorden'] })));
    await entityServices.person.createMany(context, recorder, personIds.map((id) => ({ id, name: `${random.pick(firstNames)} ${random.pick(surnames)}` })));
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

