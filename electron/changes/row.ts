/** A stored row as the generic layers see it: column -> SQLite value. */
export type RowValue = string | number | null;
export type Row = { id: string } & Record<string, RowValue>;

/** Columns whose value differs between two versions of a row. */
export function changedColumns(before: Row, after: Row): string[] {
  return Object.keys(after).filter((column) => before[column] !== after[column]);
}

/** Same columns, same values, whatever the key order. */
export function sameRow(left: Row, right: Row): boolean {
  const leftKeys = Object.keys(left);
  return leftKeys.length === Object.keys(right).length && leftKeys.every((column) => left[column] === right[column]);
}
