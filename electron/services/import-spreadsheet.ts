import type { z } from 'zod';
import { describeIssues } from '../../shared/contract/describe-issues';
import { AppError } from '../../shared/contract/result';
import { affiliationCreate } from '../../shared/domain/affiliation';
import { neighbourhoodCreate } from '../../shared/domain/neighbourhood';
import { offerCreate } from '../../shared/domain/offer';
import { organisationCreate } from '../../shared/domain/organisation';
import { personCreate } from '../../shared/domain/person';
import { taxonomyTermCreate } from '../../shared/domain/taxonomy-term';
import type { TermDecision } from '../../shared/import/term-proposals';
import readExcelFile from 'read-excel-file/node';
import { guessMapping, mappingFromNames, type ImportField } from '../../shared/import/column-mapping';
import { ImportError } from '../../shared/import/import-error';
import { createdCounts, planImport, type CreatedCounts, type ImportPlan } from '../../shared/import/plan-import';
import { readTableFile } from '../../shared/import/read-table-file';
import type { ImportPreview, ImportReading } from '../../shared/contract/api';
import type { NetworkData } from '../../shared/network/network-data';
import { loadNetwork } from './load-network';
import { runChange } from '../changes/run-change';
import { entityServices } from './entity-services';
import { importQueueFor, type ImportSteps } from './import-queue';
import { isBusyError } from '../database/open-sqlite3';
import type { ServiceContext } from './service-context';
import { countOf } from '../../shared/text/plural';

export interface ImportOutcome {
  changeSetId: number | null;
  created: CreatedCounts;
}

/** Checks a planned record with the API's own schema; a record that fails names its line. */
function checked<Schema extends z.ZodType>(schema: Schema, input: unknown, line: number | null): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `${line === null ? '' : `Regel ${line}: `}${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/** Records written per step: enough to keep SQLite busy, few enough to keep memory flat and progress moving. */
const recordsPerBatch = 5_000;

function* batches<Item>(items: readonly Item[]): Generator<Item[]> {
  for (let start = 0; start < items.length; start += recordsPerBatch) yield items.slice(start, start + recordsPerBatch);
}

/** How long an import waits for another program's write (a CLI import beside the app) before it gives up. */
const lockWaitLimitMs = 15 * 60 * 1000;

/**
 * Plans and writes an import as one change set: it lands completely or not
 * at all, and one undo takes the whole import back. The plan is made inside
 * the write transaction (BEGIN IMMEDIATE), against the network as it is once
 * this import holds the write lock: a second import waits its turn (in this
 * process through the import queue, from another process through SQLite's
 * lock) and then recognises what the first one added, instead of adding it again.
 */
export async function applyImport(context: ServiceContext, makePlan: (network: NetworkData) => ImportPlan, source: string): Promise<ImportOutcome & { plan: ImportPlan }> {
  return importQueueFor(context.db).run(source, async (steps) => {
    // A stopwatch, not the calendar: the service clock is fixed in tests.
    const waitUntil = performance.now() + lockWaitLimitMs;
    for (;;) {
      const attempt = { started: false };
      try {
        return await writeImport(context, makePlan, source, steps, () => (attempt.started = true));
      } catch (error) {
        // Busy before anything was read: another program is writing. Wait for it rather than fail.
        if (attempt.started || !isBusyError(error) || performance.now() > waitUntil) throw error;
        steps.waitingForLock();
      }
    }
  });
}

async function writeImport(context: ServiceContext, makePlan: (network: NetworkData) => ImportPlan, source: string, steps: ImportSteps, onStart: () => void): Promise<ImportOutcome & { plan: ImportPlan }> {
  const { result: plan, changeSetId } = await runChange(
    context.db,
    context.clock.now().toISOString(),
    (planned: ImportPlan) => ({ actor: context.actor, action: 'bulk', summary: `Import uit ${source}: ${countOf(planned.organisations.length, 'organisatie', 'organisaties')}, ${countOf(planned.persons.length, 'contactpersoon', 'contactpersonen')}, ${countOf(planned.offers.length, 'aanbod', 'aanbod')}` }),
    async (recorder) => {
      onStart();
      steps.planning();
      const plan = makePlan(await loadNetwork({ ...context, db: recorder.trx }));
      const total = plan.terms.length + plan.neighbourhoods.length + plan.organisations.length + plan.persons.length + plan.affiliations.length + plan.offers.length;
      let done = 0;
      // Written in batches, each checked against the API's schema as it goes: a large sheet never holds all its records twice.
      const write = async <Item>(items: readonly Item[], createBatch: (batch: Item[]) => Promise<unknown>) => {
        for (const batch of batches(items)) {
          steps.stopIfCancelled();
          steps.saving(done, total);
          await createBatch(batch);
          done += batch.length;
        }
      };
      await write(plan.neighbourhoods, (batch) => entityServices.neighbourhood.createMany(context, recorder, batch.map(({ id, name }) => ({ id, ...checked(neighbourhoodCreate, { name }, null) }))));
      await write(plan.terms, (batch) => entityServices.taxonomyTerm.createMany(context, recorder, batch.map(({ id, taxonomy, label }) => ({ id, ...checked(taxonomyTermCreate, { taxonomy, label }, null) }))));
      await write(plan.organisations, (batch) => entityServices.organisation.createMany(context, recorder, batch.map(({ id, line, kindFrom: _from, ...fields }) => ({ id, ...checked(organisationCreate, fields, line) }))));
      await write(plan.persons, (batch) => entityServices.person.createMany(context, recorder, batch.map(({ id, line, ...fields }) => ({ id, ...checked(personCreate, fields, line) }))));
      await write(plan.affiliations, (batch) => entityServices.affiliation.createMany(context, recorder, batch.map((affiliation) => checked(affiliationCreate, affiliation, null))));
      await write(plan.offers, (batch) => entityServices.offer.createMany(context, recorder, batch.map(({ id, line, ...fields }) => ({ id, ...checked(offerCreate, fields, line) }))));
      steps.stopIfCancelled();
      steps.saving(total, total);
      return plan;
    },
  );
  return { changeSetId, created: createdCounts(plan), plan };
}

export interface SpreadsheetImportReport extends ImportReading {
  dryRun: boolean;
  plan: ImportPlan;
  changeSetId: number | null;
}

/**
 * Reads a CSV or XLSX file, maps its columns (guessed from the headers
 * unless given by name), plans the records and, unless it is a dry run,
 * writes them as one change set. The same path for the CLI and the app.
 */
export async function importSpreadsheet(
  context: ServiceContext,
  bytes: Uint8Array,
  options: { source: string; dryRun: boolean; mappingByName?: Partial<Record<ImportField, string>> | undefined; termDecisions?: readonly TermDecision[] | undefined; takeProposals?: boolean | undefined },
): Promise<SpreadsheetImportReport> {
  const table = await readTableFile(bytes, async (data) => readExcelFile(Buffer.from(data)));
  const guessed = guessMapping(table.header);
  const mapping = options.mappingByName ? mappingFromNames(table.header, options.mappingByName) : guessed.mapping;
  const unmapped = mapping.organisation === undefined && mapping.person === undefined;
  const missingColumns = `Geen kolom voor organisatie of contactpersoon gevonden. Kolommen: ${table.header.join(', ')}. Geef aan welke kolom wat is.`;
  // A preview still shows the columns, so the broker can say which is which.
  if (unmapped && !options.dryRun) throw new ImportError(missingColumns);
  const makePlan = (network: NetworkData): ImportPlan =>
    unmapped ? { ...planImport({ ...table, rows: [] }, mapping, network, context.newId), rowsRead: table.rows.length, problems: [{ line: 1, message: missingColumns }] } : planImport(table, mapping, network, context.newId, { termDecisions: options.termDecisions ?? [], takeProposals: options.takeProposals ?? false });
  let plan: ImportPlan;
  let changeSetId: number | null = null;
  if (options.dryRun) {
    plan = makePlan(await loadNetwork(context));
  } else {
    await context.backup?.('voor-import');
    ({ plan, changeSetId } = await applyImport(context, makePlan, options.source));
  }
  return {
    dryRun: options.dryRun,
    encoding: table.encoding,
    delimiter: table.delimiter,
    header: table.header,
    mapping: Object.fromEntries(Object.entries(mapping).map(([field, index]) => [field, table.header[index] ?? ''])),
    unknownColumns: options.mappingByName ? [] : guessed.unknown,
    sample: table.rows.slice(0, 5).map((row) => row.cells),
    plan,
    changeSetId,
  };
}

/** An import report as the API returns it: counts, the first rows, problems and duplicate candidates. */
export function importPreview(report: SpreadsheetImportReport): ImportPreview {
  const { plan } = report;
  return {
    encoding: report.encoding,
    delimiter: report.delimiter,
    header: report.header,
    mapping: report.mapping,
    unknownColumns: report.unknownColumns,
    sample: report.sample,
    rowsRead: plan.rowsRead,
    created: createdCounts(plan),
    existingOrganisations: plan.existingOrganisations.map(({ line, name }) => ({ line, name })),
    problems: plan.problems,
    unknownTerms: plan.unknownTerms,
    kindGuesses: plan.organisations.flatMap((organisation) => (organisation.kindFrom ? [{ line: organisation.line, name: organisation.name, kindId: organisation.kindId, from: organisation.kindFrom }] : [])),
    duplicateCandidates: plan.duplicateCandidates.map(({ kind, keepId, dropId, labels, reasons }) => ({ kind, keepId, dropId, labels, reasons })),
    changeSetId: report.changeSetId,
  };
}

/** An import from the app: the file's bytes arrive as base64. */
export async function importUpload(
  context: ServiceContext,
  upload: { fileName: string; contentBase64: string; mapping?: Partial<Record<ImportField, string>> | undefined; termDecisions?: readonly TermDecision[] | undefined; takeProposals?: boolean | undefined },
  dryRun: boolean,
): Promise<ImportPreview> {
  return importPreview(await importSpreadsheet(context, new Uint8Array(Buffer.from(upload.contentBase64, 'base64')), { source: upload.fileName, dryRun, mappingByName: upload.mapping, termDecisions: upload.termDecisions, takeProposals: upload.takeProposals }));
}
