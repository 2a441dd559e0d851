// The Cases table: server-sorted (manualSorting), sort state read from and written to the URL.
// Without an explicit sort the server's default order applies, Case ID ascending (D6).
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { Activity, memo, useMemo, useState } from 'react';
import { useT } from '../../../lib/i18n';
import { useDateLocale } from '../../../lib/language';
import type { CaseSummary } from '../api/case-schemas';
import { withPane, type Pane, type Sort } from '../search-state';
import { caseColumns, caseTableFeatures, isSortField, type CaseCellContext } from './case-columns';
import { PaneLinksContext, usePaneLinks, type PaneLinks } from './pane-links';

export const DEFAULT_SORT: Sort = { field: 'id', order: 'asc' };

/**
 * The body on screen. The table also holds the next page's rows, rendered ahead in a hidden body,
 * so a look-up of a row or link by case must leave that body out.
 */
export const ROWS_ON_SCREEN = 'tbody:not([hidden])';

interface CasesTableProps {
  cases: CaseSummary[];
  /**
   * The next page's cases, once they are in the cache: rendered ahead in a hidden body, so Next
   * page only has to show it.
   */
  nextCases?: CaseSummary[] | undefined;
  /**
   * The URL state of the rows on screen without a pane (`department=Service&page=2`): their pane
   * links add the pane to it. `nextLinkBase` is the same for the next page's rows.
   */
  linkBase: string;
  nextLinkBase?: string | undefined;
  /** A pane link was clicked (a plain click; other clicks are left to the browser). */
  onOpenPane: PaneLinks['open'];
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

interface BodyKeys {
  cases: CaseSummary[];
  nextCases: CaseSummary[] | undefined;
  key: number;
  nextKey: number;
  /** The last key handed out. */
  last: number;
}

/**
 * Keys for the table's bodies, the page on screen and the next one rendered ahead. The next page's
 * body keeps its key when it comes on screen (Next page), and the page on screen keeps its key when
 * it becomes the next one (Previous page), so React only shows or hides a body it already built.
 * A page that shares rows with the one before it (a re-sort, a refetch) keeps the key, and with it
 * its rows' elements and focus. Any other page gets a new key: React then swaps one `<tbody>`
 * instead of removing and inserting every row one by one in the live table.
 */
function useBodyKeys(
  cases: CaseSummary[],
  nextCases: CaseSummary[] | undefined,
): { key: number; nextKey: number } {
  const [keys, setKeys] = useState<BodyKeys>({ cases, nextCases, key: 0, nextKey: 1, last: 1 });
  if (keys.cases === cases && keys.nextCases === nextCases) return keys;
  let last = keys.last;
  let key: number;
  if (cases === keys.cases) key = keys.key;
  else if (cases === keys.nextCases) key = keys.nextKey;
  else {
    const before = new Set(keys.cases.map((summary) => summary.id));
    key = cases.some((summary) => before.has(summary.id)) ? keys.key : ++last;
  }
  let nextKey: number;
  if (nextCases !== undefined && nextCases === keys.nextCases && keys.nextKey !== key)
    nextKey = keys.nextKey;
  else if (nextCases !== undefined && nextCases === keys.cases && keys.key !== key)
    nextKey = keys.key;
  else nextKey = ++last;
  // Adjusting state while rendering (React's pattern for information from earlier renders).
  setKeys({ cases, nextCases, key, nextKey, last });
  return { key, nextKey };
}

export function CasesTable({
  cases,
  nextCases,
  linkBase,
  nextLinkBase,
  onOpenPane,
  sort,
  onSort,
  labelledBy,
  busy,
  currentId = null,
  onRowActivate,
}: CasesTableProps) {
  const active = sort ?? DEFAULT_SORT;
  const sorting: SortingState = [{ id: active.field, desc: active.order === 'desc' }];
  const bodyKeys = useBodyKeys(cases, nextCases);
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
      <Activity key={bodyKeys.key} mode="visible">
        <CaseRows
          cases={cases}
          linkBase={linkBase}
          onOpenPane={onOpenPane}
          currentId={currentId}
          onRowActivate={onRowActivate}
        />
      </Activity>
      {nextCases !== undefined && nextLinkBase !== undefined ? (
        // Rendered while the page is idle (React renders a hidden Activity after everything
        // visible), so Next page shows rows whose elements already exist: a page change then costs
        // about the plain page's time, not a render of 25 to 75 rows (docs/performance.md).
        <Activity key={bodyKeys.nextKey} mode="hidden">
          <CaseRows
            cases={nextCases}
            linkBase={nextLinkBase}
            onOpenPane={onOpenPane}
            currentId={null}
            onRowActivate={undefined}
            prerendered
          />
        </Activity>
      ) : null}
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
    cases,
    linkBase,
    onOpenPane,
    currentId,
    onRowActivate,
    prerendered = false,
  }: {
    cases: CaseSummary[];
    linkBase: string;
    onOpenPane: PaneLinks['open'];
    currentId: string | null;
    onRowActivate: ((id: string) => void) | undefined;
    /** The hidden body of the next page (see ROWS_ON_SCREEN). */
    prerendered?: boolean;
  }) {
    const rows = useCaseRowModel(cases);
    // One links object per body and link base: the next page's rows, once on screen, keep theirs
    // and are not rendered again.
    const links = useMemo<PaneLinks>(
      () => ({ href: (pane: Pane) => `#${withPane(linkBase, pane)}`, open: onOpenPane }),
      [linkBase, onOpenPane],
    );
    const activate = (target: EventTarget): void => {
      const row = target instanceof Element ? target.closest<HTMLElement>('tr[data-row-id]') : null;
      const id = row?.dataset.rowId;
      if (id && id !== currentId) onRowActivate?.(id);
    };
    return (
      // Focus and clicks inside a row make it the current row; the links stay the controls.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
      <tbody
        hidden={prerendered}
        onFocus={(event) => activate(event.target)}
        onClick={(event) => activate(event.target)}
      >
        <PaneLinksContext value={links}>
          {rows.map((row) => (
            <CaseRow key={row.id} row={row} current={row.id === currentId} />
          ))}
        </PaneLinksContext>
      </tbody>
    );
  },
  (previous, next) =>
    previous.cases === next.cases &&
    // onRowActivate only selects a row by id, so a newer copy of it changes nothing.
    previous.currentId === next.currentId &&
    previous.prerendered === next.prerendered &&
    previous.linkBase === next.linkBase &&
    previous.onOpenPane === next.onOpenPane,
);

/**
 * The rows of one body: each body has its own table instance, so the next page's hidden body keeps
 * its row objects when it comes on screen. Sorting is the server's (manualSorting): the rows keep
 * the answer's order, and the header's instance is the one that sorts.
 */
function useCaseRowModel(cases: CaseSummary[]) {
  const table = useCasesTable(cases, NO_SORTING, ignoreSorting);
  return table.getRowModel().rows;
}
const NO_SORTING: SortingState = [];
const ignoreSorting = (): void => undefined;

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
