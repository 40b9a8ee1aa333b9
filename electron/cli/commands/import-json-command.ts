import { readFile } from 'node:fs/promises';
import { importNetwork, parseNetworkFile } from '../../transfer/import-network';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withNetworkToWrite } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const importJsonUsage = 'import-json --db FILE NETWERK.json                        leest een geëxporteerd netwerk in een leeg bestand';

export async function importJsonCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 1, max: 1 });
  const file = requireOption(values.db, 'db');
  const source = requireExistingFile(positionals[0] ?? '');
  // Parse before opening the database: a bad file must not even create one.
  const network = parseNetworkFile(await readFile(source, 'utf8'));
  const stats = await withNetworkToWrite(file, io, async (opened) => {
    await importNetwork(opened.db, network);
    return answered(await cliApi(opened).network.stats({}));
  });
  return { json: stats, text: `Netwerk ingelezen in ${file}: ${countOf(stats.organisations.total, 'organisatie', 'organisaties')}, ${countOf(stats.persons.total, 'contactpersoon', 'contactpersonen')}, ${countOf(stats.changeSets, 'wijziging', 'wijzigingen')} in de historie.` };
}
