import { describeKeyedCounts } from '../../../shared/domain/entity-registry';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const mergeUsage = 'merge --db FILE --kind organisation|person HOUDEN_ID WEG_ID  voegt een dubbel record samen (ongedaan te maken)';

export async function mergeCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(args, { db: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } }, { min: 2, max: 2 });
  const kind = requireOption(values.kind, 'kind');
  if (kind !== 'organisation' && kind !== 'person') throw new UsageError(`--kind moet organisation of person zijn, niet "${kind}".`);
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const [keepId, dropId] = positionals as [string, string];
  const outcome = answered(await withDatabase(file, (network) => cliApi(network).network.merge({ kind, keepId, dropId })));
  const moved = describeKeyedCounts(outcome.moved);
  return { json: outcome, text: `Samengevoegd: ${dropId} in ${keepId} (verplaatst: ${moved || 'niets'}). Ongedaan maken kan in de app of met de historie.` };
}
