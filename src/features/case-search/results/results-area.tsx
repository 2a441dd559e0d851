// The results of the search in the URL: active criteria as chips, the Cases table with sorting and
// pagination, a polite status line, and the detail pane beside (wide) or over (narrow) the table.
import { useId, useRef } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { PaginationNav } from '../../../components/pagination-nav';
import { SectionBoundary } from '../../../components/section-boundary';
import { useT } from '../../../lib/i18n';
import type { LookupBody, LookupRequest } from '../api/lookup-request';
import { serializeSearchState, type Pane, type SearchState } from '../search-state';
import { CasesTable } from './cases-table';
import { CriteriaChips } from './criteria-chips';
import { describeCriteria } from './criteria-chips-model';
import { ExportControl } from './export/export-control';
import { PageSizeSelect } from './page-size-select';
import { PaneLinksContext, type PaneLinks } from './pane-links';
import { PaneSlot } from './pane-slot';
import { resultsStatusText } from './results-status';
import { SortRejectionAlert, useSortRejection } from './sort-rejection';
import { useCaseResults } from './use-case-results';
import { usePaneFocus } from './use-pane-focus';

export interface ResultsAreaProps {
  state: SearchState;
  update: (
    change: Partial<Omit<SearchState, 'hasCriteria'>>,
    options?: { replace?: boolean },
  ) => void;
  /** The checked criteria as sent; page, page size and sort come from `state`. */
  body: LookupBody;
}

export function ResultsArea({ state, update, body }: ResultsAreaProps) {
  const t = useT();
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const paneFocus = usePaneFocus(rootRef, headingRef);
  const request: LookupRequest = {
    body,
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort,
  };
  const { current, shown, window, busy } = useCaseResults(request, state.hasCriteria);
  const searchKey = JSON.stringify(body);
  const sortRejection = useSortRejection({
    sort: state.sort,
    error: current.error,
    searchKey,
    update,
  });

  const paneLinks: PaneLinks = {
    href: (pane: Pane) => `#${serializeSearchState({ ...state, pane }).toString()}`,
    open: (pane: Pane, opener: HTMLElement) => {
      paneFocus.remember(pane, opener);
      update({ pane });
    },
  };
  const closePane = (): void => {
    if (!state.pane) return;
    update({ pane: undefined });
    paneFocus.returnFocus(state.pane);
  };

  const empty = shown !== undefined && shown.cases.length === 0 && shown.skipped.length === 0;
  const pastTheEnd = empty && shown.page > 1;
  const status = resultsStatusText({
    hasCriteria: state.hasCriteria,
    loading: current.isPending && current.isFetching,
    window,
    empty,
    page: shown?.page ?? state.page,
    criteriaText: describeCriteria(state.criteria),
    earlierResults: current.isError && current.data === undefined && shown !== undefined,
    skipped: shown?.skipped,
  });

  return (
    <div className="results-area" ref={rootRef}>
      {state.hasCriteria ? (
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="results-heading">
          {t('results.heading')}
        </h2>
      ) : null}
      {/* Always rendered, so screen readers already watch it when the first result arrives. */}
      <p role="status" aria-live="polite" className="results-status">
        {status}
      </p>
      {state.hasCriteria ? (
        <div className={state.pane ? 'results-layout has-pane' : 'results-layout'}>
          <div className="results-main">
            <CriteriaChips
              criteria={state.criteria}
              onChange={(criteria) => update({ criteria, page: 1 })}
              onEmpty={() => document.getElementById('main')?.focus()}
            />
            <ExportControl
              body={body}
              sort={state.sort}
              available={window !== null}
              total={window?.total}
            />
            {sortRejection.notice ? (
              <SortRejectionAlert
                rejection={sortRejection.notice}
                onDismiss={sortRejection.dismiss}
              />
            ) : null}
            {current.isError && !sortRejection.isRejecting ? (
              <ErrorAlert
                error={current.error}
                title={t('results.failed')}
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
              <PaneLinksContext value={paneLinks}>
                <div className="table-scroll" aria-busy={busy}>
                  {shown && shown.cases.length > 0 ? (
                    <CasesTable
                      cases={shown.cases}
                      sort={state.sort}
                      labelledBy={headingId}
                      busy={busy}
                      onSort={(sort) => {
                        sortRejection.dismiss();
                        update({ sort, page: 1 });
                      }}
                    />
                  ) : null}
                </div>
              </PaneLinksContext>
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
            <PaneSlot
              pane={state.pane}
              cases={shown?.cases ?? []}
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
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
