import { useMemo, useState, type ReactNode } from 'react';
import { dutchCollator } from '../strings/dutch';
import { strings } from '../strings';

export interface Column<Row> {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** Absent: the column cannot be sorted. */
  sortValue?: (row: Row) => string | number | null;
  className?: string;
}

interface Props<Row> {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  initialSort: string;
  rowClassName?: (row: Row) => string;
}

function compare(left: string | number | null, right: string | number | null): number {
  if (left === right) return 0;
  if (left === null || left === '') return 1;
  if (right === null || right === '') return -1;
  return typeof left === 'number' && typeof right === 'number' ? left - right : dutchCollator.compare(String(left), String(right));
}

/** A table whose column headers sort it (click or Enter), with aria-sort for screen readers. */
export function SortableTable<Row>({ caption, rows, columns, rowKey, initialSort, rowClassName }: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: initialSort, descending: false });
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key);
    if (!column?.sortValue) return rows;
    const value = column.sortValue;
    const result = [...rows].sort((left, right) => compare(value(left), value(right)));
    return sort.descending ? result.reverse() : result;
  }, [rows, columns, sort]);
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.className}
              aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {column.sortValue ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort((current) => ({ key: column.key, descending: current.key === column.key ? !current.descending : false }))}
                  title={strings.addressBook.sortBy(column.label)}
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === column.key ? (sort.descending ? '▼' : '▲') : '↕'}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column) => (
              <td key={column.key} className={column.className}>
                {column.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
