import type { Transaction } from 'kysely';
import type { Schema, TableName } from '../database/schema';
import { changedColumns, type Row, type RowValue } from './row';
import { deleteRow, insertRows, selectRowById, updateRow } from './row-access';

interface PendingChange {
  table: TableName;
  rowId: string;
  before: Row | null;
  after: Row | null;
}

/**
 * Writes rows inside one transaction and records each write (the row
 * before and after) in the change log, so the change can be audited and
 * undone. Every mutation in Spinweb goes through one of these.
 */
export class ChangeRecorder {
  readonly #changes: PendingChange[] = [];

  constructor(readonly trx: Transaction<Schema>) {}

  get changeCount(): number {
    return this.#changes.length;
  }

  get changes(): readonly PendingChange[] {
    return this.#changes;
  }

  async insert(table: TableName, rows: readonly Row[]): Promise<void> {
    await insertRows(this.trx, table, rows);
    for (const row of rows) this.#changes.push({ table, rowId: row.id, before: null, after: row });
  }

  /** Updates the given columns; records nothing when no value differs. */
  async update(table: TableName, id: string, values: Record<string, RowValue>): Promise<Row> {
    const before = await selectRowById(this.trx, table, id);
    if (!before) throw new Error(`Row ${table}/${id} vanished inside its transaction.`);
    const after: Row = { ...before, ...values, id };
    const changed = changedColumns(before, after);
    if (changed.length === 0) return before;
    await updateRow(this.trx, table, id, Object.fromEntries(changed.map((column) => [column, after[column] ?? null])));
    this.#changes.push({ table, rowId: id, before, after });
    return after;
  }

  async remove(table: TableName, id: string): Promise<void> {
    const before = await selectRowById(this.trx, table, id);
    if (!before) return;
    await deleteRow(this.trx, table, id);
    this.#changes.push({ table, rowId: id, before, after: null });
  }
}
