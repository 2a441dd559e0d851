// The Cases table: server-sorted (manualSorting), sort state read from and written to the URL.
// Without an explicit sort the server's default order applies, Case ID ascending (D6).
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { memo, useState } from 'react';
import { useT } from '../../../lib/i18n';
import { useDateLocale } from '../../../lib/language';
import type { CaseSummary } from '../api/case-schemas';
import type { Sort } from '../search-state';
import { caseColumns, caseTableFeatures, isSortField, type CaseCellContext } from './case-columns';
import { usePaneLinks } from './pane-links';

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

/**
 * A key for the table's body that changes when a page shares no row with the page before it (a new
 * search, another page): React then swaps one `<tbody>` instead of removing and inserting every row
 * one by one in the live table. Pages that share rows (a re-sort, a refetch) keep their rows'
 * elements, and with them focus.
 */
function useBodyKey(cases: CaseSummary[]): number {
  const [last, setLast] = useState({ cases, key: 0 });
  if (last.cases === cases) return last.key;
  const before = new Set(last.cases.map((summary) => summary.id));
  const key = cases.some((summary) => before.has(summary.id)) ? last.key : last.key + 1;
  // Adjusting state while rendering (React's pattern for information from earlier renders).
  setLast({ cases, key });
  return key;
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
  const bodyKey = useBodyKey(cases);
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
      <CaseRows
        key={bodyKey}
        cases={cases}
        table={table}
        currentId={currentId}
        onRowActivate={onRowActivate}
      />
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
          <CaseRow key={row.id} row={row} current={row.id === currentId} />
        ))}
      </tbody>
    );
  },
  (previous, next) =>
    previous.cases === next.cases &&
    // onRowActivate only selects a row by id, so a newer copy of it changes nothing.
    previous.currentId === next.currentId,
);

type CaseTableRow = ReturnType<CasesTableInstance['getRowModel']>['rows'][number];

/**
 * One row, re-rendered only when its case or its being the current row changes: moving the current
 * row (a click, `j` / `k`, opening a pane from a row) renders two rows instead of the whole page.
 * The table's row model is memoised on the cases, so an unchanged case keeps its row object. The
 * row renders its cells' content itself (`renderCell` of each column): a page of rows is one
 * component per row, not one per cell, badge and link.
 */
const CaseRow = memo(function CaseRow({ row, current }: { row: CaseTableRow; current: boolean }) {
  // The words and dates of the cells follow the UI language.
  useT();
  const context: CaseCellContext = { dateLocale: useDateLocale(), links: usePaneLinks() };
  return (
    <tr
      data-row-id={row.id}
      aria-current={current ? 'true' : undefined}
      className={current ? 'current-row' : undefined}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={`cell-${cell.column.id}`}>
          {cell.column.columnDef.meta?.renderCell(row.original, context)}
        </td>
      ))}
    </tr>
  );
});
