// Everything the results area reads about the lookup: the page on screen (the current one, the
// previous one while the next loads, or the last good one after an error), its page window, and
// the background load of the next page.
import { useLanguage } from '../../../lib/language';
import { usePagedQuery } from '../../../lib/use-paged-query';
import { lookupCasesQueryOptions } from '../api/lookup-cases';
import type { LookupBody, LookupRequest } from '../api/lookup-request';
import type { SearchState } from '../search-state';

/** The lookup the results area sends for the screen state `state` and its checked criteria. */
export function screenLookupRequest(
  state: Pick<SearchState, 'page' | 'pageSize' | 'sort'>,
  body: LookupBody,
): LookupRequest {
  return { body, page: state.page, pageSize: state.pageSize, sort: state.sort };
}

export function useCaseResults(request: LookupRequest, enabled: boolean) {
  const language = useLanguage();
  const { current, shown, next, window } = usePagedQuery({
    pageQuery: (page, options) => lookupCasesQueryOptions({ ...request, page }, language, options),
    page: request.page,
    // Unreadable cases still take their place on the page (paging stays right).
    rows: (result) => result.cases.length + result.skipped.length,
    enabled,
    keepLastGood: true,
  });
  return {
    current,
    shown,
    next,
    window,
    /** A lookup is on its way while older rows (or none) are on screen. */
    busy: enabled && current.isFetching,
  };
}
