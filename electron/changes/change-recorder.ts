import { present } from '../../shared/invariants/present';
import type { Transaction } from 'kysely';
import type { ChangeSetSummary } from '../../shared/domain/change';
import type { EntityKind } from '../../shared/domain/record';
import type { Schema, TableName } from '../database/schema';
import { changedColumns, type Row, type RowValue } from './row';
import { deleteRow, deleteRows, insertRows, selectRowById, updateRow } from './row-access';

interface PendingChange {
  table: TableName;
  rowId: string;
  before: Row | null;
  after: Row | null;
}

/** What a change set says about itself in the log (who, what, which record). */
export interface ChangeDescription {
  actor: string;
  action: ChangeSetSummary['action'];
  summary: string;
  entityKind?: EntityKind;
  entityId?: string;
  undoes?: number;
}

/**
 * Changes kept in memory before they are written to the log. A large import
 * writes hundreds of thousands of rows; holding the before and after of each
 * until the end once took a gigabyte, so the log is written as it goes, in
 * the same transaction (a rollback still takes it all back).
 */
const changesHeldAtMost = 2_000;

/**
 * Writes rows inside one transaction and records each write (the row
 * before and after) in the change log, so the change can be audited and
 * undone. Every mutation in Spinweb goes through one of these.
 */
export class ChangeRecorder {
  #pending: PendingChange[] = [];
  #count = 0;
  /** The change set's row, made when the first batch of changes is written. */
  #changeSetId: number | null = null;

  constructor(
    readonly trx: Transaction<Schema>,
    readonly at: string,
  ) {}

  get changeCount(): number {
    return this.#count;
  }

  async insert(table: TableName, rows: readonly Row[]): Promise<void> {
    await insertRows(this.trx, table, rows);
    for (const row of rows) await this.#record({ table, rowId: row.id, before: null, after: row });
  }

  /** Updates the given columns; records nothing when no value differs. */
  async update(table: TableName, id: string, values: Record<string, RowValue>): Promise<Row> {
    const before = await selectRowById(this.trx, table, id);
    if (!before) throw new Error(`Row ${table}/${id} vanished inside its transaction.`);
    const after: Row = { ...before, ...values, id };
    const changed = changedColumns(before, after);
    if (changed.length === 0) return before;
    await updateRow(this.trx, table, id, Object.fromEntries(changed.map((column) => [column, after[column] ?? null])));
    await this.#record({ table, rowId: id, before, after });
    return after;
  }

  async remove(table: TableName, id: string): Promise<void> {
    const before = await selectRowById(this.trx, table, id);
    if (!before) return;
    await deleteRow(this.trx, table, id);
    await this.#record({ table, rowId: id, before, after: null });
  }

  /** Deletes rows read just before (`rows`: each as it is now), in batches, recording each. */
  async removeRows(table: TableName, rows: readonly Row[]): Promise<void> {
    await deleteRows(this.trx, table, rows.map((row) => row.id));
    for (const row of rows) await this.#record({ table, rowId: row.id, before: row, after: null });
  }

  /**
   * Completes the change set's log entry and returns its id, or null when
   * nothing was written (then nothing is logged).
   */
  async finish(description: ChangeDescription): Promise<number | null> {
    if (this.#count === 0) return null;
    const values = {
      at: this.at,
      actor: description.actor,
      action: description.action,
      summary: description.summary,
      entity_kind: description.entityKind ?? null,
      entity_id: description.entityId ?? null,
      undone_by: null,
      undoes: description.undoes ?? null,
    };
    if (this.#changeSetId === null) {
      this.#changeSetId = (await this.trx.insertInto('change_set').values(values).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await this.trx.updateTable('change_set').set(values).where('id', '=', this.#changeSetId).execute();
    }
    await this.#writePending();
    return this.#changeSetId;
  }

  async #record(change: PendingChange): Promise<void> {
    this.#pending.push(change);
    this.#count++;
    if (this.#pending.length < changesHeldAtMost) return;
    // The description is known only at the end; the entry is completed by `finish`.
    this.#changeSetId ??= (
      await this.trx
        .insertInto('change_set')
        .values({ at: this.at, actor: '', action: 'bulk', summary: '', entity_kind: null, entity_id: null, undone_by: null, undoes: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await this.#writePending();
  }

  async #writePending(): Promise<void> {
    const changeSetId = present(this.#changeSetId, 'the change set being written');
    const firstSeq = this.#count - this.#pending.length;
    const rows = this.#pending.map((change, index) => ({
      change_set_id: changeSetId,
      seq: firstSeq + index,
      table_name: change.table,
      row_id: change.rowId,
      before: change.before ? JSON.stringify(change.before) : null,
      after: change.after ? JSON.stringify(change.after) : null,
    }));
    this.#pending = [];
    await insertRows(this.trx, 'change', rows);
  }
}
