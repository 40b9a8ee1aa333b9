import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describeCollectionCounts } from '../../../shared/domain/entity-registry';
import { parseBundleText } from '../../../shared/transfer/handover-bundle';
import { neighbourhoodNamed, parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withDatabase, withNetworkToWrite } from '../with-database';
import { systemClock } from '../../../shared/dates/clock';
import type { CliIo, CommandOutput } from './command';
import { countOf } from '../../../shared/text/plural';

export const handoverExportUsage = 'handover-export --db FILE --out FILE [--wijk NAAM] [--met-casussen]  overdracht voor een opvolger (casussen gepseudonimiseerd)';
export const handoverImportUsage = 'handover-import FILE --db FILE [--dry-run] [--json]        overdracht inlezen: toevoegen, herkennen, tonen wat blijft';

export async function handoverExportCommand(args: string[], _io: CliIo): Promise<CommandOutput> {
  const { values } = parseCommandArguments(args, { db: { type: 'string' }, out: { type: 'string' }, wijk: { type: 'string' }, 'met-casussen': { type: 'boolean' }, json: { type: 'boolean' } }, { min: 0, max: 0 });
  const file = requireExistingFile(requireOption(values.db, 'db'));
  const out = requireOption(values.out, 'out');
  if (existsSync(out)) throw new UsageError(`${out} bestaat al; kies een nieuwe naam (er wordt niets overschreven).`);
  const { text } = await withDatabase(file, async (network) => {
    const api = cliApi(network);
    const neighbourhoodId = values.wijk === undefined ? null : neighbourhoodNamed(answered(await api.neighbourhood.list({})), values.wijk);
    return answered(await api.handover.exportBundle({ neighbourhoodId, includeCasussen: values['met-casussen'] === true }));
  });
  const bundle = parseBundleText(text);
  writeFileSync(out, text, { flag: 'wx' });
  const summary = { out, wijk: bundle.wijk, organisations: bundle.organisations.length, persons: bundle.persons.length, offers: bundle.offers.length, ties: bundle.ties.length, logEntries: bundle.logEntries.length, casussen: bundle.casussen.length };
  return { json: summary, text: `Overdracht${bundle.wijk ? ` voor ${bundle.wijk}` : ''} geschreven naar ${out}: ${countOf(summary.organisations, 'organisatie', 'organisaties')}, ${countOf(summary.persons, 'persoon', 'personen')}, ${countOf(summary.offers, 'aanbod', 'aanbod')}, ${countOf(summary.ties, 'verbinding', 'verbindingen')}, ${countOf(summary.logEntries, 'logboekregel', 'logboekregels')}${bundle.casussenIncluded ? `, ${countOf(summary.casussen, 'casus', 'casussen')} (gepseudonimiseerd)` : ''}.` };
}

export async function handoverImportCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(args, { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, { min: 1, max: 1 });
  const source = requireExistingFile(positionals[0] ?? '');
  const file = requireOption(values.db, 'db');
  const bundleText = readFileSync(source, 'utf8');
  // Checked before a network is opened: a bad file must not even create one.
  parseBundleText(bundleText);
  const dryRun = values['dry-run'] === true;
  const preview = await withNetworkToWrite(
    file,
    io,
    async (network) => {
      const api = cliApi(network, systemClock, { actor: 'overdracht' });
      return answered(await (dryRun ? api.handover.preview({ text: bundleText }) : api.handover.apply({ text: bundleText })));
    },
    { dryRun },
  );
  const added = describeCollectionCounts(preview.added);
  const text = [
    `${dryRun ? 'Voorbeeld (er is niets geschreven)' : 'Ingelezen'}: nieuw ${added || 'niets'}.`,
    `Herkend (al bekend): ${preview.matched.length}${preview.matched.length ? ` (${preview.matched.slice(0, 5).map((match) => `${match.name}: ${match.how}`).join('; ')}${preview.matched.length > 5 ? '; ...' : ''})` : ''}.`,
    ...preview.updated.map((update) => `  bijgewerkt uit de overdracht: ${update.name} (${update.fields.join(', ')})`),
    ...preview.left.map((left) => `  jouw versie blijft (recenter): ${left.name} (${left.fields.join(', ')})`),
  ].join('\n');
  return { json: preview, text };
}
