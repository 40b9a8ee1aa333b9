import { entityRegistry } from '../../../shared/domain/entity-registry';
import { entityKinds } from '../../../shared/domain/record';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';

export const statsUsage = 'stats --db FILE [--json]                                  telt de gegevens per soort';


export async function statsCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const stats = answered(await withDatabase(file, (network) => cliApi(network).network.stats({})));
  const lines = entityKinds.map((kind) => {
    const { key, plural: label } = entityRegistry[kind];
    const count = stats[key];
    return `${label.padEnd(18)} ${String(count.active).padStart(6)}${count.total !== count.active ? ` (+${count.total - count.active} gearchiveerd)` : ''}`;
  });
  return { json: stats, text: [...lines, `${'wijzigingen'.padEnd(18)} ${String(stats.changeSets).padStart(6)}`].join('\n') };
}
