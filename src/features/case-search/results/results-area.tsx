// The results of the search in the URL: active criteria as chips, the Cases table with sorting and
// pagination, a polite status line, keyboard triage, and the detail pane beside (wide, with a
// handle that sets its width) or over (narrow) the table.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SplitHandle } from '../../../components/split-handle';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationNav } from '../../../components/pagination-nav';
import { SectionBoundary } from '../../../components/section-boundary';
import { t, useT } from '../../../lib/i18n';
import { showHashAfterPaint, type NavigateOptions } from '../../../lib/url-state';
import { caseApiPath } from '../api/get-case';
import type { CaseSummary } from '../api/case-schemas';
import { buildLookupQuery, type LookupBody } from '../api/lookup-request';
import { screenLookupRequest } from './use-case-results';
import { readRequestText, ShowRequest } from '../show-request';
import { serializeSearchState, type Pane, type SearchState } from '../search-state';
import { CasesTable, ROWS_ON_SCREEN } from './cases-table';
import { CriteriaChips } from './criteria-chips';
import { describeCriteria } from './criteria-chips-model';
import { ExportControl } from './export/export-control';
import { PageSizeSelect } from './page-size-select';
import { paneKey, type PaneLinks } from './pane-links';
import { PaneSlot } from './pane-slot';
import { resultsStatusText } from './results-status';
import { SortRejectionAlert, useSortRejection } from './sort-rejection';
import { useResultsSource } from './results-source';
import { useCurrentRow } from './use-current-row';
import { usePaneWidth } from './use-pane-width';
import { useTriageShortcuts } from './use-triage-shortcuts';
import { usePaneFocus } from './use-pane-focus';

export interface ResultsAreaProps {
  state: SearchState;
  update: (change: Partial<Omit<SearchState, 'hasCriteria'>>, options?: NavigateOptions) => void;
  /** The checked criteria as sent; page, page size and sort come from `state`. */
  body: LookupBody;
  /** A case read by its number instead of the lookup (Quick lookup's `#1000`). */
  caseId?: string | undefined;
}

/** What screen readers hear when the current row moves: `Row 3 of 25: case 1002, Subject`. */
function rowAnnouncement(row: CaseSummary, index: number, total: number): string {
  return t('results.rowAnnouncement', { row: index + 1, total, id: row.id, subject: row.subject });
}

export function ResultsArea({ state, update, body, caseId }: ResultsAreaProps) {
  const t = useT();
  const headingId = useId();
  const paneId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const paneFocus = usePaneFocus(rootRef, headingRef);
  const request = screenLookupRequest(state, body);
  const active = state.hasCriteria || caseId !== undefined;
  const { current, shown, next, window, busy } = useResultsSource(
    request,
    state.hasCriteria,
    caseId,
  );
  const searchKey = caseId === undefined ? JSON.stringify(body) : `case:${caseId}`;
  const sortRejection = useSortRejection({
    sort: state.sort,
    error: current.error,
    searchKey,
    update,
  });
  const cases = shown?.cases ?? [];
  const row = useCurrentRow(cases, searchKey, shown?.page ?? state.page);
  const [announcement, setAnnouncement] = useState('');
  const paneWidth = usePaneWidth(layoutRef, state.pane !== undefined);

  // The address changes with the click or key; the pane renders once that input's own frame (focus,
  // the current row) is painted, so its render, layout and paint are not part of the input's
  // latency (decision 050).
  const showPane = (pane: Pane, options?: NavigateOptions): void => {
    update({ pane }, { ...options, held: true });
    showHashAfterPaint();
  };
  // The rows' pane links change only with the search state outside the pane: opening a pane or
  // moving the current row then re-renders no row of the table (every row's links read it).
  const openPane = (pane: Pane, opener: HTMLElement): void => {
    paneFocus.remember(pane, opener);
    showPane(pane);
  };
  const latestOpenPane = useRef(openPane);
  useLayoutEffect(() => {
    latestOpenPane.current = openPane;
  });
  const linkBase = serializeSearchState({ ...state, pane: undefined }).toString();
  // The links belong to the rows on screen: they change when the rows do. While a new search or
  // page loads, the old rows keep theirs, so the busy state re-renders none of the 150 links and
  // the table is not repainted before the answer is in.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rowsLinkBase = useMemo(() => linkBase, [shown]);
  // The same URL state on the next page: the links of its rows, rendered ahead, are already the
  // ones they will have once Next page shows them.
  const nextLinkBase = useMemo(
    () => next && serializeSearchState({ ...state, page: next.page, pane: undefined }).toString(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [next],
  );
  const openPaneLink = useCallback<PaneLinks['open']>(
    (pane, opener) => latestOpenPane.current(pane, opener),
    [],
  );
  const closePane = (): void => {
    if (!state.pane) return;
    update({ pane: undefined });
    paneFocus.returnFocus(state.pane);
  };

  /**
   * Shows another pane in place of the open one. Focus inside the old pane moves to the heading
   * first: otherwise the old pane, going away with focus, would hand it back to its opener's row.
   */
  const switchPane = (next: Pane, options?: NavigateOptions): void => {
    const slot = document.getElementById(paneId);
    if (slot?.contains(document.activeElement)) headingRef.current?.focus();
    showPane(next, options);
  };

  /** The pane of `kind` for a row (null: the row has no customer to show). */
  const paneFor = (kind: Pane['kind'], target: CaseSummary): Pane | null => {
    if (kind === 'activities') return { kind: 'activities', caseId: target.id, page: 1 };
    return target.customer?.id ? { kind: 'customer', id: target.customer.id } : null;
  };
  const showRow = (target: CaseSummary, index: number): void => {
    rootRef.current
      ?.querySelector(`${ROWS_ON_SCREEN} tr[data-row-id="${target.id}"]`)
      ?.scrollIntoView({ block: 'nearest' });
    setAnnouncement(rowAnnouncement(target, index, cases.length));
  };

  // A move onto another page lands on its first or last row; an open pane follows it there.
  const arrived = cases.find((candidate) => candidate.id === row.arrivedId);
  const followed = useRef<string | null>(null);
  const followArrival = (): void => {
    if (!arrived || followed.current === `${searchKey}:${arrived.id}`) return;
    followed.current = `${searchKey}:${arrived.id}`;
    showRow(arrived, cases.indexOf(arrived));
    const next = state.pane ? paneFor(state.pane.kind, arrived) : null;
    if (next && paneKey(next) !== (state.pane && paneKey(state.pane)))
      switchPane(next, { replace: true });
  };
  useEffect(followArrival);

  useTriageShortcuts({
    enabled: active,
    cases,
    index: row.index,
    page: shown?.page ?? state.page,
    totalPages: window?.totalPages,
    onMove: (target, index) => {
      row.select(target.id);
      showRow(target, index);
      // An open pane shows the new row's customer or activities (one history entry, not one a key).
      const next = state.pane ? paneFor(state.pane.kind, target) : null;
      if (next) switchPane(next, { replace: true });
    },
    onPage: (page, edge) => {
      row.awaitPage(page, edge);
      update({ page });
    },
    onOpen: (kind, target) => {
      row.select(target.id);
      const next = paneFor(kind, target);
      if (next) switchPane(next);
      else setAnnouncement(`Case ${target.id} has no customer to show.`);
    },
    onEscape: state.pane ? closePane : undefined,
  });

  const empty = shown !== undefined && shown.cases.length === 0 && shown.skipped.length === 0;
  const pastTheEnd = empty && shown.page > 1;
  const criteriaText =
    caseId === undefined ? describeCriteria(state.criteria) : `Case ID: ${caseId}`;
  const status = resultsStatusText({
    hasCriteria: active,
    loading: current.isPending && current.isFetching,
    window,
    empty,
    page: shown?.page ?? state.page,
    criteriaText,
    earlierResults: current.isError && current.data === undefined && shown !== undefined,
    skipped: shown?.skipped,
  });

  return (
    <div className="results-area" ref={rootRef} id="results" tabIndex={-1}>
      <div className="results-header">
        {active ? (
          <h2
            id={headingId}
            ref={headingRef}
            tabIndex={-1}
            className="results-heading"
            data-results-heading=""
          >
            {t('results.heading')}
          </h2>
        ) : null}
        {/* Always rendered, so screen readers already watch it when the first result arrives. */}
        <p role="status" aria-live="polite" className="results-status">
          {status}
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {active ? (
        <div ref={layoutRef} className={state.pane ? 'results-layout has-pane' : 'results-layout'}>
          <div className="results-main">
            <div className="results-toolbar">
              {caseId === undefined ? (
                <CriteriaChips
                  criteria={state.criteria}
                  onChange={(criteria) => update({ criteria, page: 1 })}
                  onEmpty={() => document.getElementById('main')?.focus()}
                />
              ) : (
                <ul className="criteria-chips" aria-label={t('chips.list')}>
                  <li className="chip">
                    <span className="chip-text">
                      <span className="chip-label">
                        {t('chips.label', { label: t('cases.column.id') })}
                      </span>{' '}
                      {caseId}
                    </span>
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('chips.remove', { label: t('cases.column.id') })}
                      title={t('chips.remove', { label: t('cases.column.id') })}
                      onClick={() => {
                        update({ criteria: {}, page: 1, pane: undefined });
                        document.getElementById('main')?.focus();
                      }}
                    />
                  </li>
                </ul>
              )}
              {caseId === undefined ? (
                <ShowRequest body={body} query={buildLookupQuery(request)} />
              ) : (
                <ShowRequest
                  body={body}
                  query={buildLookupQuery(request)}
                  text={readRequestText(caseApiPath(caseId))}
                />
              )}
              {caseId === undefined ? (
                <ExportControl
                  body={body}
                  sort={state.sort}
                  available={window !== null}
                  total={window?.total}
                />
              ) : null}
            </div>
            {sortRejection.notice ? (
              <SortRejectionAlert
                rejection={sortRejection.notice}
                onDismiss={sortRejection.dismiss}
              />
            ) : null}
            {current.isError && !sortRejection.isRejecting ? (
              <ErrorAlert
                error={current.error}
                title={
                  caseId === undefined
                    ? t('results.failed')
                    : t('results.caseFailed', { id: caseId })
                }
                onRetry={() => void current.refetch()}
              />
            ) : null}
            <SectionBoundary
              title={t('results.tableFailed')}
              resetKeys={[
                searchKey,
                state.page,
                state.pageSize,
                state.sort?.field,
                state.sort?.order,
              ]}
            >
              <div className="table-scroll" aria-busy={busy}>
                {shown && shown.cases.length > 0 ? (
                  <CasesTable
                    cases={shown.cases}
                    nextCases={next?.cases}
                    linkBase={rowsLinkBase}
                    nextLinkBase={nextLinkBase}
                    onOpenPane={openPaneLink}
                    sort={state.sort}
                    labelledBy={headingId}
                    busy={busy}
                    currentId={row.currentId}
                    onRowActivate={row.select}
                    onSort={(sort) => {
                      sortRejection.dismiss();
                      update({ sort, page: 1 });
                    }}
                  />
                ) : null}
              </div>
              {window || pastTheEnd ? (
                <PaginationNav
                  label={t('results.pagination')}
                  page={window?.page ?? shown?.page ?? state.page}
                  totalPages={window?.totalPages}
                  onPageChange={(page) => update({ page })}
                >
                  <PageSizeSelect
                    value={state.pageSize}
                    onChange={(size) => update({ pageSize: size, page: 1 })}
                  />
                </PaginationNav>
              ) : null}
            </SectionBoundary>
          </div>
          {state.pane ? (
            <>
              <SplitHandle
                label={t('pane.resize')}
                controls={paneId}
                value={paneWidth.width}
                min={paneWidth.min}
                max={paneWidth.max}
                onChange={paneWidth.set}
              />
              <PaneSlot
                id={paneId}
                width={paneWidth.width}
                pane={state.pane}
                cases={cases}
                onClose={closePane}
                onFocusLost={() => {
                  if (state.pane) paneFocus.returnFocus(state.pane);
                }}
                onShowCustomerCases={(customerId) => {
                  update({ criteria: { customerId }, page: 1, pane: undefined });
                  headingRef.current?.focus();
                }}
                onActivitiesPage={(page) => {
                  if (state.pane?.kind === 'activities') update({ pane: { ...state.pane, page } });
                }}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
