// GET /v20/interaction/activity?case={id} (§6.1, D17): through the case's activities link when the
// link policy allows it (D10), else built from the id; paged with $pagenum/$pagesize; 204 = none.
import { apiJson } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import type { LanguageTag } from '../../../lib/language';
import { pageQueryOptions } from '../../../lib/use-paged-query';
import { followableLink, type Link } from '../../../lib/links';
import type { SkippedRow } from '../../../lib/response-schemas';
import { activitiesResponseSchema, type ActivitySummary } from './activity-schemas';

export interface ActivitiesPage {
  activities: ActivitySummary[];
  /** Activities of this page that could not be read and are not in `activities`. */
  skipped: SkippedRow[];
  /** Total activities of the case (D1); 0 on 204, undefined when not sent. */
  count: number | undefined;
  page: number;
  pageSize: number;
}

export interface ActivitiesRequest {
  caseId: string;
  /** API path with its own query (from the link), e.g. `/v20/interaction/activity?case=1000`. */
  path: string;
  page: number;
  pageSize: number;
}

export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  forCase: (caseId: string, language: LanguageTag, path: string) =>
    [...activityKeys.lists(), { caseId, language, path }] as const,
  page: (request: ActivitiesRequest, language: LanguageTag) =>
    [
      ...activityKeys.forCase(request.caseId, language, request.path),
      { page: request.page, pageSize: request.pageSize },
    ] as const,
};

/** The activities of one case: the server's link if followable, else built from the id. */
export function activitiesApiPath(caseId: string, links: Link[] = []): string {
  return (
    followableLink(links, 'activity') ??
    `/v20/interaction/activity?case=${encodeURIComponent(caseId)}`
  );
}

/**
 * Attributes the Activities table shows that are not in the default (summary) set: without
 * `created` a real server may leave the Created column empty (§6.1, docs/decisions/024).
 */
export const ACTIVITY_ATTRIBUTES = 'created';

/**
 * One page; a `background` load (prefetch) never asks the user to sign in again on 401. A server
 * that refuses `$attribute` (400) is asked once more without it: the rows matter more than a column.
 */
export async function getActivities(
  request: ActivitiesRequest,
  signal?: AbortSignal,
  { background = false }: { background?: boolean } = {},
): Promise<ActivitiesPage> {
  const load = (attributes: string | undefined) =>
    apiJson(request.path, activitiesResponseSchema, {
      query: { $pagenum: request.page, $pagesize: request.pageSize, $attribute: attributes },
      signal,
      recoverSession: !background,
    });
  const data = await load(ACTIVITY_ATTRIBUTES).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 400) return load(undefined);
    throw error;
  });
  if (data === null || (data.activity.length === 0 && data.skipped.length === 0)) {
    return { activities: [], skipped: [], count: 0, page: request.page, pageSize: request.pageSize };
  }
  return {
    activities: data.activity,
    skipped: data.skipped,
    count: data.paginationInfo?.count,
    page: data.paginationInfo?.pagenum ?? request.page,
    pageSize: data.paginationInfo?.pagesize ?? request.pageSize,
  };
}

/** One page of activities, for the screen or (`background`) loaded ahead. */
export function activitiesQueryOptions(
  request: ActivitiesRequest,
  language: LanguageTag,
  options: { background?: boolean } = {},
) {
  return pageQueryOptions(
    activityKeys.page(request, language),
    (signal, load) => getActivities(request, signal, load),
    options,
  );
}
