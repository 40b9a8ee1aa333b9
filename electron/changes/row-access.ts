import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema, TableName } from '../database/schema';
import type { Row, RowValue } from './row';

export type Executor = Kysely<Schema> | Transaction<Schema>;

// SQLite allows 32,766 bound values per statement; stay well below.
const MAX_VALUES_PER_STATEMENT = 30_000;

/** Chunks a list so each chunk fits in one statement with `width` values per item. */
export function chunked<Item>(items: readonly Item[], width: number): Item[][] {
  const size = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / Math.max(1, width)));
  const chunks: Item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Inserts rows with multi-row INSERT statements: with `sqlite3` every
 * statement is an async round trip, so one statement per row would be slow.
 * All rows must have the same columns.
 */
export async function insertRows(executor: Executor, table: TableName, rows: readonly Record<string, RowValue>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const chunk of chunked(rows, columns.length)) {
    const tuples = chunk.map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) values ${sql.join(tuples)}`.execute(executor);
  }
}

export async function updateRow(executor: Executor, table: TableName, id: string, values: Record<string, RowValue>): Promise<void> {
  const assignments = Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  if (assignments.length === 0) return;
  await sql`update ${sql.table(table)} set ${sql.join(assignments)} where id = ${id}`.execute(executor);
}

export async function deleteRow(executor: Executor, table: TableName, id: string): Promise<void> {
  await sql`delete from ${sql.table(table)} where id = ${id}`.execute(executor);
}

/** Deletes the rows with these ids, a statement per batch: an undo of a large import removes hundreds of thousands. */
export async function deleteRows(executor: Executor, table: TableName, ids: readonly string[]): Promise<void> {
  for (const chunk of chunked(ids, 1)) await sql`delete from ${sql.table(table)} where id in (${sql.join(chunk)})`.execute(executor);
}

export async function selectRowsById(executor: Executor, table: TableName, ids: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunked(ids, 1)) {
    const result = await sql<Row>`select * from ${sql.table(table)} where id in (${sql.join(chunk)})`.execute(executor);
    rows.push(...result.rows);
  }
  return rows;
}

export async function selectRowById(executor: Executor, table: TableName, id: string): Promise<Row | undefined> {
  const [row] = await selectRowsById(executor, table, [id]);
  return row;
}

export async function selectAllRows(executor: Executor, table: TableName, orderBy = 'id'): Promise<Row[]> {
  const result = await sql<Row>`select * from ${sql.table(table)} order by ${sql.ref(orderBy)}`.execute(executor);
  return result.rows;
}
