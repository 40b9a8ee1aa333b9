import type { NetworkAnalysis } from '../../shared/analysis/analyse-network';
import { analysisRunnerFor } from './analysis-runner';
import { entityServices } from './entity-services';
import { loadNetwork } from './load-network';
import type { ServiceContext } from './service-context';

/**
 * Every finding of the analysis, computed where the casussen are (their
 * unmet needs count as gaps). Read here, analysed on the runner's thread.
 */
export function analyseStoredNetwork(context: ServiceContext, today: string): Promise<NetworkAnalysis> {
  return analysisRunnerFor(context.db).run(async () => {
    const [data, casussen, matches] = await Promise.all([
      loadNetwork(context),
      entityServices.casus.list(context, { includeArchived: false }),
      entityServices.casusMatch.list(context, { includeArchived: false }),
    ]);
    return { data, casussen, matches };
  }, today);
}
