// Where the rows of the Cases table come from: the lookup of the criteria in the URL, or a case
// read by its number (Quick lookup's `#1000`), in the same shape for the results area.
import { pageWindow } from '../../../lib/paging';
import { useCaseById } from '../api/get-case';
import type { LookupRequest } from '../api/lookup-request';
import { useCaseResults } from './use-case-results';

export function useResultsSource(
  request: LookupRequest,
  hasCriteria: boolean,
  caseId: string | undefined,
) {
  const lookup = useCaseResults(request, hasCriteria && caseId === undefined);
  const byId = useCaseById(caseId);
  if (caseId === undefined) return lookup;
  const shown = byId.data;
  return {
    current: byId,
    shown,
    next: undefined,
    window: shown
      ? pageWindow({
          page: 1,
          pageSize: shown.pageSize,
          count: shown.count,
          rows: shown.cases.length,
        })
      : null,
    busy: byId.isFetching,
  };
}
