// Each saved view's number of cases: a `$pagesize=1` lookup read for `paginationInfo.count`, at most
// two at once, behind the user's own lookups, cached for a minute. A count that fails is unknown.
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLanguage, type LanguageTag } from '../../../lib/language';
import { caseKeys, lookupCases } from '../api/lookup-cases';
import type { LookupBody, LookupRequest } from '../api/lookup-request';
import { browserTimeZone } from '../date-bounds';
import { parseCriteria } from '../form/criteria-schema';
import { createLowPriorityQueue, type LowPriorityQueue } from './low-priority-queue';
import { searchFromView, type SavedView } from './view-model';

export const COUNT_CONCURRENCY = 2;
export const COUNT_STALE_MS = 60_000;

/** A count is the first page of one case: `$pagesize=1`, read for `paginationInfo.count`. */
export function countRequest(body: LookupBody): LookupRequest {
  return { body, page: 1, pageSize: 1, sort: undefined };
}

export const viewCountKeys = {
  all: ['saved-views', 'count'] as const,
  one: (server: string, language: LanguageTag, body: LookupBody) =>
    [...viewCountKeys.all, server, language, body] as const,
};

const queues = new WeakMap<QueryClient, LowPriorityQueue>();

/** One queue per QueryClient; it waits while any of the user's case lookups is loading. */
export function countQueueFor(queryClient: QueryClient): LowPriorityQueue {
  let queue = queues.get(queryClient);
  if (!queue) {
    queue = createLowPriorityQueue({
      concurrency: COUNT_CONCURRENCY,
      isBlocked: () => queryClient.isFetching({ queryKey: caseKeys.lookups() }) > 0,
      subscribe: (listener) => queryClient.getQueryCache().subscribe(listener),
    });
    queues.set(queryClient, queue);
  }
  return queue;
}

export type ViewCount =
  { state: 'loading' } | { state: 'known'; count: number } | { state: 'unknown' };

export function useViewCounts(
  views: readonly SavedView[],
  server: string,
  enabled: boolean,
  /** `hold`: not yet: the counts show as loading and nothing is sent. */
  { hold = false }: { hold?: boolean } = {},
): Map<string, ViewCount> {
  const queryClient = useQueryClient();
  const language = useLanguage();
  const queue = countQueueFor(queryClient);
  const now = new Date();
  const timeZone = browserTimeZone();
  const bodies = views.map((view) => {
    const check = parseCriteria(searchFromView(view, now, timeZone).criteria, timeZone);
    return check.ok ? check.body : null;
  });
  const results = useQueries({
    queries: views.map((view, index) => {
      const body = bodies[index] ?? {};
      return {
        queryKey: viewCountKeys.one(server, language, body),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          queue.run(() => lookupCases(countRequest(body), signal, { background: true }), signal),
        enabled: enabled && !hold && bodies[index] !== null,
        staleTime: COUNT_STALE_MS,
        gcTime: COUNT_STALE_MS,
        retry: false,
      };
    }),
  });
  const counts = new Map<string, ViewCount>();
  views.forEach((view, index) => {
    const result = results[index];
    const count = result?.data?.count;
    counts.set(
      view.id,
      !enabled || result?.isError
        ? { state: 'unknown' }
        : hold && bodies[index] !== null
          ? { state: 'loading' }
          : result?.isPending && result.fetchStatus !== 'idle'
            ? { state: 'loading' }
            : count !== undefined
              ? { state: 'known', count }
              : { state: 'unknown' },
    );
  });
  return counts;
}
