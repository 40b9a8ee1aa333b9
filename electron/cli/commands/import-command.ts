import { readFileSync, statSync } from 'node:fs';
import { maxImportFileBytes } from '../../../shared/import/zip-size';
import { importFieldLabels, mappingFile, type ImportField } from '../../../shared/import/column-mapping';
import { describeIssues } from '../../../shared/contract/describe-issues';
import { AppError } from '../../../shared/contract/result';
import { makeBackup } from '../../database/backups';
import { importQueueFor } from '../../services/import-queue';
import { describeImportProgress } from '../../../shared/import/describe-progress';
import { parseCommandArguments, requireExistingFile, requireOption } from '../arguments';
import { UsageError } from '../cli-error';
import { answered, cliApi, withNetworkToWrite } from '../with-database';
import type { ImportPreview } from '../../../shared/contract/api';
import { basename } from 'node:path';
import { systemClock } from '../../../shared/dates/clock';
import type { CliIo, CommandOutput } from './command';
import { countOf, forCount } from '../../../shared/text/plural';

export const importUsage = 'import FILE --db FILE [--mapping FILE] [--dry-run] [--json]   organisaties, contactpersonen en aanbod uit CSV of XLSX';

function readMapping(file: string): Partial<Record<ImportField, string>> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Het mappingbestand ${file} is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) throw new UsageError(`Het mappingbestand klopt niet: ${describeIssues(parsed.error.issues)}. Voorbeeld: {"organisation": "Naam instelling", "phone": "Tel"}`);
  return parsed.data;
}

/** How often a running import prints its progress. */
const progressEveryMs = 3_000;

export async function importCommand(args: string[], io: CliIo): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArguments(args, { db: { type: 'string' }, mapping: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, { min: 1, max: 1 });
  const source = requireExistingFile(positionals[0] ?? '');
  const file = requireOption(values.db, 'db');
  const dryRun = values['dry-run'] === true;
  // Refused before it is read: a 200 MB sheet once ran Node out of memory.
  const size = statSync(source).size;
  if (size > maxImportFileBytes) {
    throw new AppError('INVALID_INPUT', `${source} is ${Math.round(size / 1024 / 1024)} MB; Spinweb leest een spreadsheet tot ${maxImportFileBytes / 1024 / 1024} MB in één keer (ongeveer 100.000 regels). Verdeel het over meer bestanden.`);
  }
  const mapping = values.mapping ? readMapping(requireExistingFile(values.mapping)) : undefined;
  return withNetworkToWrite(
    file,
    io,
    async (network, newNetwork) => {
      // A copy of the file as it was, in the backup folder, before anything is written (a new network has nothing to keep).
      const made: { backup: string | null } = { backup: null };
      const api = cliApi(network, systemClock, {
        actor: 'import',
        ...(newNetwork ? {} : { backup: async (reason) => void (made.backup = (await makeBackup(network, reason, systemClock.now())).file) }),
      });
      // A long import says how far it is, every few seconds, on stderr (the report itself goes to stdout).
      const queue = importQueueFor(network.db);
      const progressLines = setInterval(() => {
        const progress = queue.progress();
        if (progress) io.stderr(describeImportProgress(progress));
      }, progressEveryMs);
      let report: ImportPreview;
      try {
        const upload = { fileName: basename(source), contentBase64: readFileSync(source).toString('base64'), ...(mapping ? { mapping } : {}) };
        report = answered(await (dryRun ? api.importFile.preview(upload) : api.importFile.apply(upload)));
      } finally {
        clearInterval(progressLines);
      }
      const json = {
        dryRun,
        encoding: report.encoding,
        delimiter: report.delimiter,
        mapping: report.mapping,
        unknownColumns: report.unknownColumns,
        rowsRead: report.rowsRead,
        created: report.created,
        existingOrganisations: report.existingOrganisations,
        problems: report.problems,
        duplicateCandidates: report.duplicateCandidates,
        backup: made.backup,
        changeSetId: report.changeSetId,
      };
      const { created } = report;
      const text = [
        `${dryRun ? 'Proefimport (er is niets geschreven)' : 'Geïmporteerd'} uit ${source}: ${countOf(report.rowsRead, 'regel', 'regels')} (${report.encoding}${report.delimiter ? `, scheidingsteken "${report.delimiter === '\t' ? 'tab' : report.delimiter}"` : ''}).`,
        `Kolommen: ${Object.entries(report.mapping).map(([field, header]) => `${header} -> ${importFieldLabels[field as ImportField]}`).join(', ')}${report.unknownColumns.length > 0 ? `; niet gebruikt: ${report.unknownColumns.join(', ')}` : ''}.`,
        `Nieuw: ${countOf(created.organisations, 'organisatie', 'organisaties')}, ${countOf(created.persons, 'contactpersoon', 'contactpersonen')}, ${countOf(created.offers, 'aanbod', 'aanbod')}, ${countOf(created.neighbourhoods, 'wijk', 'wijken')}; ${countOf(report.existingOrganisations.length, 'organisatie', 'organisaties')} ${forCount(report.existingOrganisations.length, 'bestond', 'bestonden')} al.`,
        ...report.problems.map((problem) => `  regel ${problem.line}: ${problem.message}`),
        ...(report.duplicateCandidates.length > 0 ? ['Mogelijke dubbelen (samenvoegen met "merge"):', ...report.duplicateCandidates.map((pair) => `  ${pair.labels[0]} ~ ${pair.labels[1]} (${pair.reasons.join(', ')})`)] : []),
        ...(made.backup ? [`Reservekopie van vóór de import: ${made.backup}. Ongedaan maken kan ook in de app (Ctrl+Z).`] : []),
      ].join('\n');
      return { json, text };
    },
    { dryRun },
  );
}
