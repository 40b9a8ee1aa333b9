import { z } from 'zod';
import { describeIssues } from '../../shared/contract/describe-issues';
import { AppError } from '../../shared/contract/result';
import { recordMeta } from '../../shared/domain/primitives';
import type { EntityKind, RecordMeta } from '../../shared/domain/record';
import { entityLabels } from '../../shared/domain/entity-registry';
import type { EntityTable, LinkTable } from '../database/schema';
import type { Row } from '../changes/row';
import type { ChangeDescription, ChangeRecorder } from '../changes/change-recorder';
import { runChange } from '../changes/run-change';
import { linkRows, readRecords, referencesOf, type EntityRepository, type Reference } from '../repositories/entity-repository';
import { checkReferences } from './check-references';
import type { ServiceContext } from './service-context';

export interface EntityRules<Fields> {
  /** The fields as the API parses them: stored records read from elsewhere (a network file) must pass it too. */
  schema: z.ZodObject;
  /** Values for the fields a create input may leave out. */
  defaults: Partial<Fields>;
  /** Cross-field rules, as Dutch sentences; empty when the record is fine. */
  problems?: (fields: Fields) => string[];
  /**
   * Rules across records (a neighbourhood may not lie within itself), checked inside
   * the write's transaction once the written records are in place, so a
   * batch is checked as a whole; a problem rolls the whole write back.
   */
  problemsAfterWrite?: (trx: ChangeRecorder['trx'], writtenIds: readonly string[]) => Promise<string[]>;
}

/** Create, read, update, archive and restore for one entity. */
export interface EntityService<Fields, Rec> {
  /** Where and how the entity is stored: its kind, table and link tables. */
  storage: { kind: EntityKind; table: EntityTable; links: readonly { field: string; table: LinkTable; ownerColumn: string; valueColumn: string }[] };
  create(context: ServiceContext, input: Partial<Fields>): Promise<Rec>;
  /** Many records in one change set, with multi-row inserts (demo, imports). */
  createMany(context: ServiceContext, recorder: ChangeRecorder, inputs: readonly (Partial<Fields> & { id?: string })[]): Promise<string[]>;
  /**
   * Records from outside (a handover bundle): each is parsed with the
   * entity's own schema first, so what another network sends is checked
   * like anything typed in; a record that fails is named.
   */
  createManyFrom(context: ServiceContext, recorder: ChangeRecorder, records: readonly Record<string, unknown>[]): Promise<string[]>;
  /** A patch from outside (a newer version in a bundle), parsed with the entity's schema once applied. */
  updateFrom(context: ServiceContext, recorder: ChangeRecorder, id: string, patch: Record<string, unknown>): Promise<Rec>;
  get(context: ServiceContext, id: string): Promise<Rec>;
  /** The records with these ids that exist, archived ones included, in no particular order. */
  readMany(executor: ChangeRecorder['trx'] | ServiceContext['db'], ids: readonly string[]): Promise<Rec[]>;
  list(context: ServiceContext, options: { includeArchived?: boolean | undefined }): Promise<Rec[]>;
  update(context: ServiceContext, id: string, patch: Partial<Fields>): Promise<Rec>;
  /** The same update as part of a larger change set (a logbook round, a merge). */
  updateWithin(context: ServiceContext, recorder: ChangeRecorder, id: string, patch: Partial<Fields>): Promise<Rec>;
  archive(context: ServiceContext, id: string): Promise<Rec>;
  restore(context: ServiceContext, id: string): Promise<Rec>;
  /**
   * Problems of records written without the service (a network file read in
   * as rows): each is read back as the app reads it and must pass the API's
   * schema. Empty when all is well.
   */
  problemsInStored(executor: ChangeRecorder['trx']): Promise<string[]>;
}

function withoutUndefined<Value extends object>(value: Value): Partial<Value> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<Value>;
}

/** One check per field for a whole batch, instead of one per record. */
function mergeReferences(references: readonly Reference[]): Reference[] {
  const merged = new Map<string, Reference & { ids: (string | null)[] }>();
  for (const reference of references) {
    const key = `${reference.field}|${reference.table}|${reference.taxonomy ?? ''}`;
    const entry = merged.get(key) ?? { ...reference, ids: [] };
    entry.ids.push(...reference.ids);
    merged.set(key, entry);
  }
  return [...merged.values()];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sameList(left: readonly unknown[], right: readonly unknown[]): boolean {
  return left.length === right.length && left.every((item, index) => item === right[index]);
}

export function createEntityService<Fields extends object, Rec extends Fields & RecordMeta, TableRow extends Row>(
  repository: EntityRepository<Fields, Rec, TableRow>,
  rules: EntityRules<Fields>,
): EntityService<Fields, Rec> {
  const label = entityLabels[repository.kind];

  function validate(fields: Fields): void {
    const problems = rules.problems?.(fields) ?? [];
    if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join(' '));
  }

  async function validateAfterWrite(recorder: ChangeRecorder, ids: readonly string[]): Promise<void> {
    const problems = (await rules.problemsAfterWrite?.(recorder.trx, ids)) ?? [];
    if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join(' '));
  }

  function describe(context: ServiceContext, action: ChangeDescription['action'], verb: string, fields: Fields, id: string): ChangeDescription {
    return { actor: context.actor, action, summary: `${capitalise(label)} '${repository.describe(fields)}' ${verb}`, entityKind: repository.kind, entityId: id };
  }

  async function readOne(executor: ServiceContext['db'] | ChangeRecorder['trx'], id: string): Promise<Rec> {
    const [record] = await readRecords(executor, repository, [id], true);
    if (!record) throw new AppError('NOT_FOUND', `Deze ${label} bestaat niet (meer): "${id}".`);
    return record;
  }

  async function insertRecords(recorder: ChangeRecorder, records: readonly { fields: Fields; meta: RecordMeta }[]): Promise<void> {
    await recorder.insert(repository.table, records.map(({ fields, meta }) => repository.toRow(fields, meta)));
    for (const spec of repository.links) {
      const rows = records.flatMap(({ fields, meta }) => linkRows(spec, meta.id, fields[spec.field] as readonly string[]));
      await recorder.insert(spec.table, rows);
    }
  }

  function prepare(context: ServiceContext, input: Partial<Fields> & { id?: string }, at: string) {
    const { id, ...rest } = input;
    const fields = { ...rules.defaults, ...withoutUndefined(rest) } as Fields;
    validate(fields);
    const meta: RecordMeta = { id: id ?? context.newId(), createdAt: at, updatedAt: at, archivedAt: null };
    return { fields, meta };
  }

  async function setArchived(context: ServiceContext, id: string, archived: boolean): Promise<Rec> {
    const at = context.clock.now().toISOString();
    const { result } = await runChange(
      context.db,
      at,
      (record: Rec) => describe(context, archived ? 'archive' : 'restore', archived ? 'gearchiveerd' : 'teruggezet', record, id),
      async (recorder) => {
        const current = await readOne(recorder.trx, id);
        if ((current.archivedAt !== null) === archived) return current;
        await recorder.update(repository.table, id, { archived_at: archived ? at : null, updated_at: at });
        return readOne(recorder.trx, id);
      },
    );
    return result;
  }

  async function updateWithin(context: ServiceContext, recorder: ChangeRecorder, id: string, patch: Partial<Fields>): Promise<Rec> {
    const at = context.clock.now().toISOString();
    const changes = withoutUndefined(patch);
    const current = await readOne(recorder.trx, id);
    const merged: Fields = { ...current, ...changes };
    validate(merged);
    await checkReferences(recorder.trx, referencesOf(repository.kind, merged));
    const meta: RecordMeta = { id, createdAt: current.createdAt, updatedAt: current.updatedAt, archivedAt: current.archivedAt };
    const before = repository.toRow(current, meta);
    const after = repository.toRow(merged, meta);
    const changedLinks = repository.links.filter((spec) => !sameList(current[spec.field] as readonly string[], merged[spec.field] as readonly string[]));
    const changedColumns = Object.keys(after).filter((column) => after[column] !== before[column]);
    if (changedColumns.length === 0 && changedLinks.length === 0) return current;
    await recorder.update(repository.table, id, { ...Object.fromEntries(changedColumns.map((column) => [column, after[column] ?? null])), updated_at: at });
    for (const spec of changedLinks) {
      for (const row of linkRows(spec, id, current[spec.field] as readonly string[])) await recorder.remove(spec.table, row.id);
      await recorder.insert(spec.table, linkRows(spec, id, merged[spec.field] as readonly string[]));
    }
    await validateAfterWrite(recorder, [id]);
    return readOne(recorder.trx, id);
  }

  /** Fields from outside, parsed with the schema; the error names the record by what it is called. */
  function parsedFields(fields: Record<string, unknown>): Fields {
    const parsed = rules.schema.safeParse(fields);
    if (parsed.success) return parsed.data as Fields;
    throw new AppError('INVALID_INPUT', `${capitalise(label)} '${repository.describe({ ...rules.defaults, ...fields } as Fields)}': ${describeIssues(parsed.error.issues)}`);
  }

  const service: EntityService<Fields, Rec> = {
    storage: repository,
    async create(context, input) {
      const at = context.clock.now().toISOString();
      const prepared = prepare(context, input, at);
      const { result } = await runChange(context.db, at, describe(context, 'create', 'aangemaakt', prepared.fields, prepared.meta.id), async (recorder) => {
        await checkReferences(recorder.trx, referencesOf(repository.kind, prepared.fields));
        await insertRecords(recorder, [prepared]);
        await validateAfterWrite(recorder, [prepared.meta.id]);
        return readOne(recorder.trx, prepared.meta.id);
      });
      return result;
    },

    async createMany(context, recorder, inputs) {
      const at = context.clock.now().toISOString();
      const prepared = inputs.map((input) => {
        try {
          return prepare(context, input, at);
        } catch (error) {
          // In a batch (an import, a handover) the message names the record that fails.
          if (error instanceof AppError) throw new AppError(error.code, `${capitalise(label)} '${repository.describe({ ...rules.defaults, ...withoutUndefined(input) } as Fields)}': ${error.message}`);
          throw error;
        }
      });
      // A batch may refer to its own records (a buurt to its neighbourhood): those are not looked up.
      const batchIds = new Set(prepared.map(({ meta }) => meta.id));
      const references = mergeReferences(prepared.flatMap(({ fields }) => referencesOf(repository.kind, fields))).map((reference) =>
        reference.table === repository.table ? { ...reference, ids: reference.ids.filter((id) => id === null || !batchIds.has(id)) } : reference,
      );
      await checkReferences(recorder.trx, references);
      await insertRecords(recorder, prepared);
      await validateAfterWrite(recorder, prepared.map(({ meta }) => meta.id));
      return prepared.map(({ meta }) => meta.id);
    },

    createManyFrom(context, recorder, records) {
      return service.createMany(
        context,
        recorder,
        records.map(({ id, ...fields }) => ({ ...parsedFields(fields), ...(typeof id === 'string' ? { id } : {}) })),
      );
    },

    async updateFrom(context, recorder, id, patch) {
      const { id: _id, createdAt: _created, updatedAt: _updated, archivedAt: _archived, ...current } = (await readOne(recorder.trx, id)) as Rec & Record<string, unknown>;
      return updateWithin(context, recorder, id, parsedFields({ ...current, ...patch }));
    },

    get: (context, id) => readOne(context.db, id),
    readMany: (executor, ids) => readRecords(executor, repository, ids, true),

    list: (context, options) => readRecords(context.db, repository, 'all', options.includeArchived ?? false),

    async update(context, id, patch) {
      const { result } = await runChange(
        context.db,
        context.clock.now().toISOString(),
        (record: Rec) => describe(context, 'update', 'gewijzigd', record, id),
        (recorder) => updateWithin(context, recorder, id, patch),
      );
      return result;
    },

    updateWithin,

    archive: (context, id) => setArchived(context, id, true),
    restore: (context, id) => setArchived(context, id, false),

    async problemsInStored(executor) {
      const stored = rules.schema.extend(recordMeta).strict();
      const ids = (await executor.selectFrom(repository.table).select('id').execute()).map((row) => row.id);
      const problems: string[] = [];
      for (let start = 0; start < ids.length && problems.length < 5; start += 500) {
        const batch = ids.slice(start, start + 500);
        const records = await readRecords(executor, repository, batch, true).catch(() => null);
        // A batch that does not even read is read record by record, to name the one that fails and why.
        for (const [index, id] of batch.entries()) {
          let readProblem = 'onleesbaar';
          const record = records
            ? records[index]
            : await readRecords(executor, repository, [id], true).then(
                (found) => found[0],
                (error: unknown) => void (readProblem = error instanceof z.ZodError ? describeIssues(error.issues) : readProblem),
              );
          const parsed = record ? stored.safeParse(record) : null;
          // The shape only: the entry rules ask things of the broker (a reason for "geen passend aanbod") that retention may since have blanked.
          const problem = parsed ? describeIssues(parsed.error?.issues ?? []) : readProblem;
          if (!parsed?.success) problems.push(`${capitalise(label)} ${id}: ${problem.endsWith('.') ? problem : `${problem}.`}`);
          if (problems.length >= 5) break;
        }
      }
      return problems;
    },
  };
  return service;
}
