import { sql } from 'kysely';
import { z } from 'zod';
import type { EntityKind, RecordMeta } from '../../shared/domain/record';
import { entityRegistry, type FieldReference } from '../../shared/domain/entity-registry';
import type { TaxonomyKind } from '../../shared/taxonomies/taxonomy';
import type { EntityTable, LinkTable } from '../database/schema';
import type { Row, RowValue } from '../changes/row';
import { chunked, selectAllRows, selectRowsById, type Executor } from '../changes/row-access';

/** A list field of an entity stored as rows of a link table (many-to-many). */
export interface LinkSpec<Fields> {
  field: keyof Fields & string;
  table: LinkTable;
  ownerColumn: string;
  valueColumn: string;
}

/** Ids a record points at, checked before a write so errors name the field. */
export interface Reference {
  field: string;
  table: EntityTable;
  ids: readonly (string | null)[];
  /** For taxonomy terms: the list the term must belong to. */
  taxonomy?: TaxonomyKind;
}

export type LinkValues = Record<string, string[]>;

/**
 * How one entity is stored: its table, the mapping between its domain
 * record and its row, its link tables and the records it refers to.
 * Each entity has one of these in its own file; the generic entity service
 * does the reading and writing.
 */
export interface EntityRepository<Fields, Rec extends Fields & RecordMeta, TableRow extends Row> {
  kind: EntityKind;
  table: EntityTable;
  /** Column that orders lists. */
  orderBy: string;
  toRow(fields: Fields, meta: RecordMeta): TableRow;
  fromRow(row: TableRow, links: LinkValues): Rec;
  links: readonly LinkSpec<Fields>[];
  /** A short label for the change log, e.g. the organisation's name. */
  describe(fields: Fields): string;
}

export function metaColumns(meta: RecordMeta) {
  return { id: meta.id, created_at: meta.createdAt, updated_at: meta.updatedAt, archived_at: meta.archivedAt };
}

export function metaFromRow(row: { id: string; created_at: string; updated_at: string; archived_at: string | null }): RecordMeta {
  return { id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, archivedAt: row.archived_at };
}

export function jsonList<Item>(text: string): Item[] {
  return JSON.parse(text) as Item[];
}

/** A code list of the vocabulary (`offerStatus`, `warmth`, ...): its schema parses what a column holds. */
interface Vocabulary<Code extends string> {
  schema: z.ZodType<Code>;
}

/** Parses a column's value with a schema; a value that fails names the record's field, as the API would. */
function parseStored<Value>(schema: z.ZodType<Value>, value: unknown, field: string): Value {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] })));
  return parsed.data;
}

/**
 * A code column read back through its vocabulary's schema: a value the app
 * never writes (a file edited by hand, a newer version's code) is an error
 * that names the field, instead of a cast that lets it travel on.
 */
export function code<Code extends string>(vocabulary: Vocabulary<Code>, value: string, field: string): Code {
  return parseStored(vocabulary.schema, value, field);
}

export function optionalCode<Code extends string>(vocabulary: Vocabulary<Code>, value: string | null, field: string): Code | null {
  return value === null ? null : code(vocabulary, value, field);
}

/** A JSON list of codes (`["ochtend","middag"]`). */
export function codeList<Code extends string>(vocabulary: Vocabulary<Code>, json: string, field: string): Code[] {
  return storedList(vocabulary.schema, json, field);
}

/** A JSON list of structured values (an offer's sessions), each parsed with its schema. */
export function storedList<Value>(schema: z.ZodType<Value>, json: string, field: string): Value[] {
  return parseStored(z.array(schema), JSON.parse(json), field);
}

export function flag(value: boolean): number {
  return value ? 1 : 0;
}

export function optionalFlag(value: boolean | null): number | null {
  return value === null ? null : flag(value);
}

export function linkRowId(ownerId: string, valueId: string): string {
  return `${ownerId}:${valueId}`;
}

/** The owner of a link row, from its id (`linkRowId`): record ids hold no colon. */
export function ownerOfLinkRow(rowId: string): string {
  const colon = rowId.indexOf(':');
  return colon < 0 ? rowId : rowId.slice(0, colon);
}

/** The rows of a link table that hold `values` for `ownerId`, in order. */
export function linkRows(spec: { ownerColumn: string; valueColumn: string }, ownerId: string, values: readonly string[]): Row[] {
  return values.map((value, position) => ({ id: linkRowId(ownerId, value), [spec.ownerColumn]: ownerId, [spec.valueColumn]: value, position }));
}

async function readLinks(executor: Executor, spec: { table: LinkTable; ownerColumn: string; valueColumn: string }, ownerIds: readonly string[] | 'all') {
  const byOwner = new Map<string, string[]>();
  const owner = sql.ref(spec.ownerColumn);
  const value = sql.ref(spec.valueColumn);
  const batches = ownerIds === 'all' ? [null] : chunked(ownerIds, 1);
  for (const batch of batches) {
    const where = batch === null ? sql`` : sql`where ${owner} in (${sql.join(batch)})`;
    const { rows } = await sql<{ owner: string; value: string }>`
      select ${owner} as owner, ${value} as value from ${sql.table(spec.table)} ${where} order by ${owner}, position`.execute(executor);
    for (const row of rows) {
      const list = byOwner.get(row.owner) ?? [];
      list.push(row.value);
      byOwner.set(row.owner, list);
    }
  }
  return byOwner;
}

/**
 * Reads records with their link fields: the given ids, or all of them.
 * Archived records are left out unless `includeArchived`.
 */
export async function readRecords<Fields, Rec extends Fields & RecordMeta, TableRow extends Row>(
  executor: Executor,
  repository: EntityRepository<Fields, Rec, TableRow>,
  ids: readonly string[] | 'all',
  includeArchived: boolean,
): Promise<Rec[]> {
  const rows = ids === 'all' ? await selectAllRows(executor, repository.table, repository.orderBy) : await selectRowsById(executor, repository.table, ids);
  const kept = includeArchived ? rows : rows.filter((row) => row.archived_at === null);
  const ownerIds = ids === 'all' ? 'all' : kept.map((row) => row.id);
  const linkMaps = await Promise.all(repository.links.map(async (spec) => [spec.field, await readLinks(executor, spec, ownerIds)] as const));
  return kept.map((row) => {
    const links: LinkValues = {};
    for (const [field, byOwner] of linkMaps) links[field] = byOwner.get(row.id) ?? [];
    return repository.fromRow(row as TableRow, links);
  });
}

export type { RowValue };

/**
 * The ids a record points at, as the entity registry describes its
 * references, for the check before a write (so an error names the field).
 */
export function referencesOf(kind: EntityKind, fields: object): Reference[] {
  const record = fields as Record<string, unknown>;
  const references: readonly FieldReference[] = entityRegistry[kind].references;
  return references.map((reference): Reference => {
    if ('end' in reference) {
      const end = record[reference.field] as { kind: 'person' | 'organisation'; id: string };
      return { field: `${reference.field}.id`, table: end.kind, ids: [end.id] };
    }
    const value = record[reference.field];
    const ids = reference.many ? (value as string[]) : [value as string | null];
    const table: EntityTable = entityRegistry[reference.to].table;
    const taxonomy = 'taxonomy' in reference ? (reference.taxonomy === 'own' ? (record.taxonomy as TaxonomyKind) : reference.taxonomy) : undefined;
    return { field: reference.field, table, ids, ...(taxonomy ? { taxonomy } : {}) };
  });
}
