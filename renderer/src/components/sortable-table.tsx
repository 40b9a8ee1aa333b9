import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
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

/**
 * From this many rows on, only the rows in and near the window are drawn:
 * the demo's lists (a few hundred) stay whole, a city's (tens of thousands)
 * open at once instead of drawing every row first.
 */
export const VIRTUAL_ROWS_FROM = 1_000;
/** A row's height before it is measured: one line of text with the cell padding. */
const estimatedRowHeight = 41;

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
  const body = useRef<HTMLTableSectionElement>(null);
  const virtual = sorted.length >= VIRTUAL_ROWS_FROM;
  const renderRow = (row: Row, index: number, measure?: (element: HTMLTableRowElement | null) => void) => (
    <tr key={rowKey(row)} className={rowClassName?.(row)} ref={measure} data-index={index} aria-rowindex={virtual ? index + 2 : undefined}>
      {columns.map((column) => (
        <td key={column.key} className={column.className}>
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
  return (
    // aria-rowcount: a screen reader says how many rows there are, also when only some are drawn.
    <table className="data-table" aria-rowcount={virtual ? sorted.length + 1 : undefined}>
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
      <tbody ref={body}>
        {virtual ? (
          <WindowedRows count={sorted.length} columns={columns.length} body={body} render={(index, measure) => renderRow(sorted[index] as Row, index, measure)} />
        ) : (
          sorted.map((row, index) => renderRow(row, index))
        )}
      </tbody>
    </table>
  );
}

/**
 * The rows in and near the window, between two spacer rows that keep the
 * table as tall as all its rows (so the scroll bar and the page stay true).
 * Tabbing on from the last drawn row scrolls it into view, which draws the
 * next ones: the keyboard reaches every row.
 */
function WindowedRows({ count, columns, body, render }: { count: number; columns: number; body: RefObject<HTMLTableSectionElement | null>; render: (index: number, measure: (element: HTMLTableRowElement | null) => void) => ReactNode }) {
  const [tableTop, setTableTop] = useState(0);
  // Where the rows begin on the page: below the filters, which wrap on a narrower window. Read when the
  // table appears and when the window is resized, not on every scroll (each read forces a layout).
  useLayoutEffect(() => {
    const measure = () => setTableTop((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [body]);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => estimatedRowHeight, overscan: 12, scrollMargin: tableTop });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - tableTop : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - tableTop) : 0;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" className="table-spacer" style={{ height }}>
        <td colSpan={columns} />
      </tr>
    );
  return (
    <>
      {spacer(before, 'before')}
      {items.map((item) => render(item.index, virtualizer.measureElement))}
      {spacer(after, 'after')}
    </>
  );
}
