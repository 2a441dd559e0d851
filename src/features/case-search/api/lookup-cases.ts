// POST /v20/interaction/case/lookup (§3): fetcher, query keys, query options and thin hooks.
// A 204 is "no cases", not an error. Criteria, page, page size, sort and language form the key.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiJson } from '../../../lib/api-client';
import { useLanguage, type LanguageTag } from '../../../lib/language';
import type { SkippedRow } from '../../../lib/response-schemas';
import { LOOKUP_PATH, type LookupBody, type LookupQuery } from '../lookup-request';
import { lookupResponseSchema, type CaseSummary } from './case-schemas';

export interface LookupResult {
  cases: CaseSummary[];
  /** Cases of this page that could not be read and are not in `cases`. */
  skipped: SkippedRow[];
  /** paginationInfo.count: total matches across all pages (D1); 0 on 204, undefined if not sent. */
  count: number | undefined;
  page: number;
  pageSize: number;
}

/** Query keys from generic to specific: every lookup, one search (all its pages), one page. */
export const caseKeys = {
  all: ['cases'] as const,
  lookups: () => [...caseKeys.all, 'lookup'] as const,
  search: (body: LookupBody, language: LanguageTag) =>
    [...caseKeys.lookups(), { language, body }] as const,
  page: (body: LookupBody, query: LookupQuery, language: LanguageTag) =>
    [...caseKeys.search(body, language), query] as const,
};

function requestedNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * One page of a lookup. `background` loads (prefetches) never ask the user to sign in again: a
 * 401 there just fails, and the page is asked for again when the user actually goes to it.
 */
export async function lookupCases(
  body: LookupBody,
  query: LookupQuery,
  signal?: AbortSignal,
  { background = false }: { background?: boolean } = {},
): Promise<LookupResult> {
  const data = await apiJson(LOOKUP_PATH, lookupResponseSchema, {
    method: 'POST',
    body,
    query,
    signal,
    recoverSession: !background,
  });
  const page = requestedNumber(query.$pagenum, 1);
  const pageSize = requestedNumber(query.$pagesize, 25);
  if (data === null || (data.case.length === 0 && data.skipped.length === 0)) {
    return { cases: [], skipped: [], count: 0, page, pageSize };
  }
  return {
    cases: data.case,
    skipped: data.skipped,
    count: data.paginationInfo?.count,
    // The server echoes the effective values; trust them over what was asked for.
    page: data.paginationInfo?.pagenum ?? page,
    pageSize: data.paginationInfo?.pagesize ?? pageSize,
  };
}

export function lookupCasesQueryOptions(
  body: LookupBody,
  query: LookupQuery,
  language: LanguageTag,
) {
  return queryOptions({
    queryKey: caseKeys.page(body, query, language),
    queryFn: ({ signal }) => lookupCases(body, query, signal),
    // Paging, sorting and a new search keep the previous rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** The query parameters of the page after the one `query` asks for. */
export function nextPageQuery(query: LookupQuery): LookupQuery {
  return { ...query, $pagenum: String(requestedNumber(query.$pagenum, 1) + 1) };
}

export function useLookupCases(body: LookupBody, query: LookupQuery) {
  return useQuery(lookupCasesQueryOptions(body, query, useLanguage()));
}

/**
 * Loads the next page in the background once `enabled` (the current page has loaded and has a
 * successor), so paging forward is instant. Returns true when that page turned out empty (204):
 * the current page is then the last one, whatever `count` said (D1).
 */
export function usePrefetchNextLookupPage(
  body: LookupBody,
  query: LookupQuery,
  enabled: boolean,
): boolean {
  const nextQuery = nextPageQuery(query);
  const next = useQuery({
    ...lookupCasesQueryOptions(body, nextQuery, useLanguage()),
    queryFn: ({ signal }) => lookupCases(body, nextQuery, signal, { background: true }),
    placeholderData: undefined,
    enabled,
    notifyOnChangeProps: ['data'],
  });
  return enabled && next.data !== undefined && next.data.cases.length === 0;
}
