// GET /v20/interaction/case/{id} (§4.1): one case read by its number, for Quick lookup's `#1000`.
// The answer has the lookup's shape, so the Cases table shows it as its one row; an unknown id
// (404, D16) is "no cases", not an error.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiJson } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { useLanguage, type LanguageTag } from '../../../lib/language';
import { caseKeys, type LookupResult } from './lookup-cases';
import { lookupResponseSchema } from './case-schemas';

export function caseApiPath(caseId: string): string {
  return `/v20/interaction/case/${encodeURIComponent(caseId)}`;
}

export async function getCaseById(caseId: string, signal?: AbortSignal): Promise<LookupResult> {
  try {
    const data = await apiJson(caseApiPath(caseId), lookupResponseSchema, { signal });
    const found = data?.case.filter((row) => row.id === caseId) ?? [];
    // A row that could not be read still says so (D10), as on a lookup page.
    const skipped = data?.skipped ?? [];
    return { cases: found, skipped, count: found.length + skipped.length, page: 1, pageSize: 25 };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return { cases: [], skipped: [], count: 0, page: 1, pageSize: 25 };
    }
    throw error;
  }
}

export function caseByIdQueryOptions(caseId: string, language: LanguageTag) {
  return queryOptions({
    queryKey: [...caseKeys.all, 'byId', { caseId, language }] as const,
    queryFn: ({ signal }) => getCaseById(caseId, signal),
  });
}

export function useCaseById(caseId: string | undefined) {
  const language = useLanguage();
  return useQuery({
    ...caseByIdQueryOptions(caseId ?? '', language),
    enabled: caseId !== undefined,
  });
}
