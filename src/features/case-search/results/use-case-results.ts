// Everything the results area reads about the lookup: the page on screen (the current one, the
// previous one while the next loads, or the last good one after an error), its page window, and
// the background load of the next page.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLanguage, type LanguageTag } from '../../../lib/language';
import { pageWindow, type PageWindow } from '../../../lib/paging';
import {
  lookupCasesQueryOptions,
  usePrefetchNextLookupPage,
  type LookupResult,
} from '../api/lookup-cases';
import type { LookupBody, LookupQuery } from '../lookup-request';

interface LookupParams {
  body: LookupBody;
  query: LookupQuery;
  language: LanguageTag;
}

const sameParams = (a: LookupParams, b: LookupParams): boolean =>
  a.language === b.language &&
  JSON.stringify([a.body, a.query]) === JSON.stringify([b.body, b.query]);

export function useCaseResults(body: LookupBody, query: LookupQuery, enabled: boolean) {
  const language = useLanguage();
  const params: LookupParams = { body, query, language };
  const current = useQuery({ ...lookupCasesQueryOptions(body, query, language), enabled });

  // Which lookup was last shown successfully: only its parameters are kept, the rows stay in the
  // query cache, so after a failed page change the previous page can stay on screen.
  const [lastShown, setLastShown] = useState<LookupParams | null>(null);
  if (
    current.isSuccess &&
    !current.isPlaceholderData &&
    (lastShown === null || !sameParams(lastShown, params))
  ) {
    setLastShown(params);
  }
  const previous = lastShown ?? params;
  const lastGood = useQuery({
    ...lookupCasesQueryOptions(previous.body, previous.query, previous.language),
    enabled: false,
    notifyOnChangeProps: ['data'],
  });

  const shown: LookupResult | undefined =
    current.data ?? (current.isError && enabled ? lastGood.data : undefined);
  const isCurrent = current.isSuccess && !current.isPlaceholderData;

  const windowFor = (nextIsEmpty: boolean): PageWindow | null =>
    shown
      ? pageWindow({
          page: shown.page,
          pageSize: shown.pageSize,
          count: shown.count,
          // Unreadable cases still take their place on the page (paging stays right).
          rows: shown.cases.length + shown.skipped.length,
          nextIsEmpty,
        })
      : null;
  const beforePrefetch = windowFor(false);
  const nextIsEmpty = usePrefetchNextLookupPage(
    body,
    query,
    enabled &&
      isCurrent &&
      beforePrefetch !== null &&
      beforePrefetch.page < beforePrefetch.totalPages,
  );

  return {
    current,
    shown,
    window: nextIsEmpty ? windowFor(true) : beforePrefetch,
    /** A lookup is on its way while older rows (or none) are on screen. */
    busy: enabled && current.isFetching,
  };
}
