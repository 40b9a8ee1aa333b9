import { buildDemoNetwork } from '../../demo/build-demo-network';
import { commandClock, parseCommandArguments, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withNetworkToWrite } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const demoUsage = 'demo --db FILE [--seed N] [--today JJJJ-MM-DD] [--json]   bouwt het demonetwerk Rotterdam Noord';

export async function demoCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireOption(values.db, 'db');
  const seed = values.seed === undefined ? 2026 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed moet een geheel getal zijn, niet "${values.seed}".`);
  const { today } = commandClock(values.today);
  return withNetworkToWrite(file, io, async (network) => {
    await buildDemoNetwork(network.db, { seed, today });
    const stats = answered(await cliApi(network).network.stats({}));
    return {
      json: stats,
      text: `Demonetwerk aangemaakt in ${file}: ${countOf(stats.organisations.total, 'organisatie', 'organisaties')}, ${countOf(stats.persons.total, 'contactpersoon', 'contactpersonen')}, ${countOf(stats.offers.total, 'aanbod', 'aanbod')}, ${countOf(stats.ties.total, 'verbinding', 'verbindingen')}, ${countOf(stats.logEntries.total, 'logboekregel', 'logboekregels')}, ${countOf(stats.casussen.total, 'casus', 'casussen')}.`,
    };
  });
}
