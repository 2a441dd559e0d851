// One paged list from the API, as the cases table and the activities pane show it: the page asked
// for (the previous rows stay on screen until it arrives), its page window, and a background load
// of the next page once this one has loaded, so paging forward is instant. An empty next page
// (204) makes this page the last one, whatever `count` said (D1).
import {
  hashKey,
  keepPreviousData,
  useQuery,
  useQueryClient,
  type DefaultError,
  type QueryFunction,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { whenIdleAfterPaint } from './after-paint';
import { pageWindow, type PageWindow } from './paging';

/** What every page of a paged answer says about itself. */
export interface PageOfRecords {
  page: number;
  pageSize: number;
  /** paginationInfo.count; undefined when the server sent none. */
  count: number | undefined;
}

export interface PageQuery<T, K extends QueryKey> {
  queryKey: K;
  queryFn?: QueryFunction<T, K>;
}

/**
 * The query of one page from its key and its loader: a background load fills the same cache entry
 * as a load for the screen; only how a 401 is handled differs.
 */
export function pageQueryOptions<T, K extends QueryKey>(
  queryKey: K,
  load: (signal: AbortSignal, options: { background: boolean }) => Promise<T>,
  { background = false }: { background?: boolean } = {},
): PageQuery<T, K> {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- `background` shares the entry on purpose
  return { queryKey, queryFn: ({ signal }) => load(signal, { background }) };
}

export interface PagedQueryOptions<T extends PageOfRecords, K extends QueryKey> {
  /**
   * The query of one page. `background` is true for the next-page load, which must never ask the
   * user to sign in again (a 401 there just fails; the page is asked for again when shown).
   */
  pageQuery: (page: number, options: { background: boolean }) => PageQuery<T, K>;
  page: number;
  /** Records on a page. */
  rows: (data: T) => number;
  enabled?: boolean;
  /**
   * After a failed page change, keep the last page that loaded on screen (its rows stay in the
   * query cache) rather than an empty list.
   */
  keepLastGood?: boolean;
}

export interface PagedQuery<T> {
  current: UseQueryResult<T>;
  /** The page on screen: the current one, the previous one while it loads, or the last good one. */
  shown: T | undefined;
  /**
   * The next page, once its background load is in the cache and this page is the one asked for:
   * what Next page will show at once.
   */
  next: T | undefined;
  window: PageWindow | null;
}

export function usePagedQuery<T extends PageOfRecords, K extends QueryKey>({
  pageQuery,
  page,
  rows,
  enabled = true,
  keepLastGood = false,
}: PagedQueryOptions<T, K>): PagedQuery<T> {
  const asked = pageQuery(page, { background: false });
  const current = useQuery<T, DefaultError, T, K>({
    ...asked,
    placeholderData: keepPreviousData,
    enabled,
  });

  // Which page was last shown successfully: only its query is kept, the rows stay in the cache.
  const [lastShown, setLastShown] = useState<PageQuery<T, K> | null>(null);
  if (
    keepLastGood &&
    current.isSuccess &&
    !current.isPlaceholderData &&
    (lastShown === null || hashKey(lastShown.queryKey) !== hashKey(asked.queryKey))
  ) {
    setLastShown(asked);
  }
  const lastGood = useQuery<T, DefaultError, T, K>({
    ...(lastShown ?? asked),
    enabled: false,
    notifyOnChangeProps: ['data'],
  });

  const shown =
    current.data ?? (keepLastGood && current.isError && enabled ? lastGood.data : undefined);
  const windowFor = (nextIsEmpty: boolean): PageWindow | null =>
    shown
      ? pageWindow({
          page: shown.page,
          pageSize: shown.pageSize,
          count: shown.count,
          rows: rows(shown),
          nextIsEmpty,
        })
      : null;
  const beforeNext = windowFor(false);
  const prefetch =
    enabled &&
    current.isSuccess &&
    !current.isPlaceholderData &&
    beforeNext !== null &&
    beforeNext.page < beforeNext.totalPages;
  // The next page is read from the cache here and loaded by the effect below, once this page is
  // on screen and the page is idle: its request, and its answer being parsed, then never delay the
  // frame that shows this page (a click's render flushes its effects before that frame is painted),
  // nor a task already waiting behind that frame.
  const nextQuery = pageQuery(page + 1, { background: true });
  const next = useQuery<T, DefaultError, T, K>({
    ...nextQuery,
    enabled: false,
    notifyOnChangeProps: ['data'],
  });
  const queryClient = useQueryClient();
  const latestNextQuery = useRef(nextQuery);
  useLayoutEffect(() => {
    latestNextQuery.current = nextQuery;
  });
  const nextHash = hashKey(nextQuery.queryKey);
  // dataUpdatedAt: after a refetch of this page (Search again, a retry) the next one is loaded
  // again too, as far as it is stale.
  const loadedAt = current.isPlaceholderData ? 0 : current.dataUpdatedAt;
  useEffect(() => {
    if (!prefetch) return;
    return whenIdleAfterPaint(() => void queryClient.prefetchQuery(latestNextQuery.current));
  }, [prefetch, nextHash, loadedAt, queryClient]);
  const nextIsEmpty = prefetch && next.data !== undefined && rows(next.data) === 0;

  return {
    current,
    shown,
    next: prefetch && !nextIsEmpty ? next.data : undefined,
    window: nextIsEmpty ? windowFor(true) : beforeNext,
  };
}
