// The Cases table: server-sorted (manualSorting), sort state read from and written to the URL.
// Without an explicit sort the server's default order applies, Case ID ascending (D6).
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { memo } from 'react';
import type { CaseSummary } from '../api/case-schemas';
import type { Sort } from '../search-state';
import { caseColumns, caseTableFeatures, isSortField } from './case-columns';

export const DEFAULT_SORT: Sort = { field: 'id', order: 'asc' };

interface CasesTableProps {
  cases: CaseSummary[];
  sort: Sort | undefined;
  onSort: (sort: Sort) => void;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** A new page or search is loading; these rows are the previous ones. */
  busy: boolean;
  /** The row keyboard triage acts on (`aria-current`), if any. */
  currentId?: string | null;
  /** Focus or a click landed inside a row: it becomes the current one. */
  onRowActivate?: (id: string) => void;
}

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

type CasesTableInstance = ReturnType<typeof useCasesTable>;

function useCasesTable(
  cases: CaseSummary[],
  sorting: SortingState,
  onSortingChange: (sorting: SortingState) => void,
) {
  return useTable({
    features: caseTableFeatures,
    columns: caseColumns,
    data: cases,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
  });
}

export function CasesTable({
  cases,
  sort,
  onSort,
  labelledBy,
  busy,
  currentId = null,
  onRowActivate,
}: CasesTableProps) {
  const active = sort ?? DEFAULT_SORT;
  const sorting: SortingState = [{ id: active.field, desc: active.order === 'desc' }];
  const table = useCasesTable(cases, sorting, (next) => {
    const first = next[0];
    if (first && isSortField(first.id))
      onSort({ field: first.id, order: first.desc ? 'desc' : 'asc' });
  });

  return (
    <table className="data-table cases-table" aria-labelledby={labelledBy} aria-busy={busy}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = header.column;
              if (!column.getCanSort()) {
                return (
                  <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                    <table.FlexRender header={header} />
                  </th>
                );
              }
              const direction = column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.column.id}`}
                  aria-sort={ariaSort(direction)}
                >
                  <button
                    type="button"
                    className="sort-button"
                    // Ascending first; a sorted column flips between ascending and descending.
                    onClick={() => column.toggleSorting(direction === 'asc')}
                  >
                    <table.FlexRender header={header} />
                    <span className="sort-indicator" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <CaseRows cases={cases} table={table} currentId={currentId} onRowActivate={onRowActivate} />
    </table>
  );
}

/**
 * The body re-renders only when the rows change: marking the table busy, a click on a sort header
 * or a new search in flight leave up to 75 rows of cells untouched, which keeps the click → request
 * path short.
 */
const CaseRows = memo(
  function CaseRows({
    table,
    currentId,
    onRowActivate,
  }: {
    cases: CaseSummary[];
    table: CasesTableInstance;
    currentId: string | null;
    onRowActivate: ((id: string) => void) | undefined;
  }) {
    const activate = (target: EventTarget): void => {
      const row = target instanceof Element ? target.closest<HTMLElement>('tr[data-row-id]') : null;
      const id = row?.dataset.rowId;
      if (id && id !== currentId) onRowActivate?.(id);
    };
    return (
      // Focus and clicks inside a row make it the current row; the links stay the controls.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
      <tbody
        onFocus={(event) => activate(event.target)}
        onClick={(event) => activate(event.target)}
      >
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            data-row-id={row.id}
            aria-current={row.id === currentId ? 'true' : undefined}
            className={row.id === currentId ? 'current-row' : undefined}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={`cell-${cell.column.id}`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    );
  },
  (previous, next) =>
    previous.cases === next.cases &&
    // onRowActivate only selects a row by id, so a newer copy of it changes nothing.
    previous.currentId === next.currentId,
);
