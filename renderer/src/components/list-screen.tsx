import { useMemo, useState } from 'react';
import { foldText } from '../../../shared/normalise/name';
import { FilterSelect } from './filter-select';
import { SortableTable, type Column } from './sortable-table';
import { strings } from '../strings';
import type { Option } from './form-fields';

export interface ListFilter<Row> {
  key: string;
  label: string;
  options: readonly Option[];
  matches: (row: Row, value: string) => boolean;
}

interface Props<Row extends { id: string; archivedAt: string | null }> {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  filters: readonly ListFilter<Row>[];
  searchText: (row: Row) => string;
  initialSort: string;
}

/** A list of records with a text filter, select filters and sortable columns; archived records on request. */
export function ListScreen<Row extends { id: string; archivedAt: string | null }>({ caption, rows, columns, filters, searchText, initialSort }: Props<Row>) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Record<string, string>>({});
  const [showArchived, setShowArchived] = useState(false);
  const visible = useMemo(() => {
    const words = foldText(query).split(' ').filter(Boolean);
    return rows.filter((row) => {
      if (!showArchived && row.archivedAt !== null) return false;
      if (filters.some((filter) => { const chosen = selected[filter.key]; return chosen !== undefined && chosen !== '' && !filter.matches(row, chosen); })) return false;
      if (words.length === 0) return true;
      const text = foldText(searchText(row));
      return words.every((word) => text.includes(word));
    });
  }, [rows, filters, selected, showArchived, query, searchText]);
  const total = rows.filter((row) => showArchived || row.archivedAt === null).length;

  return (
    <>
      <div className="filter-bar" role="search" aria-label={`${strings.addressBook.filters}: ${caption}`}>
        <div className="field filter-search">
          <label htmlFor="list-search">{strings.addressBook.search}</label>
          <input id="list-search" type="search" value={query} placeholder={strings.addressBook.searchPlaceholder} onChange={(event) => setQuery(event.target.value)} />
        </div>
        {filters.map((filter) => (
          <FilterSelect key={filter.key} id={`filter-${filter.key}`} label={filter.label} value={selected[filter.key] ?? ''} options={filter.options} onChange={(value) => setSelected((current) => ({ ...current, [filter.key]: value }))} />
        ))}
        <label className="checkbox filter-archived">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {strings.addressBook.showArchived}
        </label>
      </div>
      <p className="list-count" aria-live="polite">
        {strings.addressBook.count(visible.length, total)}
      </p>
      {visible.length === 0 ? (
        <p className="empty-state">{strings.addressBook.empty}</p>
      ) : (
        <SortableTable caption={caption} rows={visible} columns={columns} rowKey={(row) => row.id} initialSort={initialSort} rowClassName={(row) => (row.archivedAt ? 'is-archived' : '')} />
      )}
    </>
  );
}
