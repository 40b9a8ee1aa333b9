import { existsSync, writeFileSync } from 'node:fs';
import { serialiseNetwork } from '../../transfer/export-network';
import { describeLoss, rescueNetwork } from '../../transfer/rescue-network';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const rescueUsage = 'rescue --db FILE --out NETWERK.json                       redt wat leesbaar is uit een beschadigd netwerk (alleen-lezen)';

export async function rescueCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  if (existsSync(out)) throw new UsageError(`${out} bestaat al; kies een nieuwe naam (er wordt niets overschreven).`);
  const { file: rescued, rows, losses } = await rescueNetwork(file);
  writeFileSync(out, serialiseNetwork(rescued), { flag: 'wx' });
  const text = [
    `Gered uit ${file}: ${countOf(rows, 'rij', 'rijen')}, geschreven naar ${out}. Lees het in een nieuw bestand in met: npm run cli -- import-json --db NIEUW.sqlite ${out}`,
    losses.length === 0 ? 'Er ging niets verloren.' : `Verloren:\n${losses.map((loss) => `  ${describeLoss(loss)}`).join('\n')}`,
  ].join('\n');
  return { json: { out, rows, losses }, text };
}
