import { commandClock, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { answered, cliApi, withDatabase } from '../with-database';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const retentionUsage = 'retention --db FILE [--dry-run] [--json] [--today JJJJ-MM-DD]  anonimiseert afgesloten casussen na de bewaartermijn';

export async function retentionCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, today: { type: 'string' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const { clock, today } = commandClock(values.today);
  const dryRun = values['dry-run'] === true;
  const outcome = answered(await withDatabase(file, (network) => cliApi(network, clock).casus.applyRetention({ today, dryRun })));
  const list = outcome.anonymised.map((casus) => `  ${casus.code}: afgesloten ${casus.closedOn}, termijn verstreken ${casus.dueOn}`);
  const text =
    outcome.anonymised.length === 0
      ? `Geen afgesloten casussen voorbij de bewaartermijn van ${countOf(outcome.months, 'maand', 'maanden')}.`
      : [`${dryRun ? 'Zou anonimiseren' : 'Geanonimiseerd'} (bewaartermijn ${countOf(outcome.months, 'maand', 'maanden')}): ${countOf(outcome.anonymised.length, 'casus', 'casussen')}`, ...list].join('\n');
  return { json: outcome, text };
}
