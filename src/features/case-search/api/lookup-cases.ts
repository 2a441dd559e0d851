// POST /v20/interaction/case/lookup (§3): fetcher, query keys and query options. A 204 is "no
// cases", not an error. The body, page, page size, sort and language form the key.
import { apiJson } from '../../../lib/api-client';
import type { LanguageTag } from '../../../lib/language';
import type { SkippedRow } from '../../../lib/response-schemas';
import { pageQueryOptions } from '../../../lib/use-paged-query';
import { lookupResponseSchema, type CaseSummary } from './case-schemas';
import {
  buildLookupQuery,
  LOOKUP_PATH,
  type LookupBody,
  type LookupRequest,
} from './lookup-request';

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
  page: (request: LookupRequest, language: LanguageTag) =>
    [...caseKeys.search(request.body, language), buildLookupQuery(request)] as const,
};

/**
 * One page of a lookup. `background` loads (prefetches) never ask the user to sign in again: a
 * 401 there just fails, and the page is asked for again when the user actually goes to it.
 */
export async function lookupCases(
  request: LookupRequest,
  signal?: AbortSignal,
  { background = false }: { background?: boolean } = {},
): Promise<LookupResult> {
  const data = await apiJson(LOOKUP_PATH, lookupResponseSchema, {
    method: 'POST',
    body: request.body,
    query: buildLookupQuery(request),
    signal,
    recoverSession: !background,
  });
  const { page, pageSize } = request;
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

/** One page of a lookup, for the screen or (`background`) loaded ahead. */
export function lookupCasesQueryOptions(
  request: LookupRequest,
  language: LanguageTag,
  options: { background?: boolean } = {},
) {
  return pageQueryOptions(
    caseKeys.page(request, language),
    (signal, load) => lookupCases(request, signal, load),
    options,
  );
}
