// Page arithmetic shared by the cases table and the activities pane. `count` is the total number of
// records (D1), but a short page or an empty next page ends the results whatever `count` says, so
// the screen never shows "page 3 of 2".
import { t } from './i18n';

export interface PageWindow {
  page: number;
  pageSize: number;
  /** Never smaller than `page`. */
  totalPages: number;
  /** Total records, corrected when the pages seen contradict `count`. */
  total: number;
  /** 1-based index of the first and last record on this page. */
  first: number;
  last: number;
}

export interface PageWindowInput {
  page: number;
  pageSize: number;
  /** paginationInfo.count; undefined when the server sent none. */
  count: number | undefined;
  /** Records on this page. */
  rows: number;
  /** The next page came back empty (204), so this page is the last one. */
  nextIsEmpty?: boolean;
}

/** Pages needed for `count` records (at least 1). */
export function totalPagesFor(count: number, pageSize: number): number {
  if (pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(count / pageSize));
}

/** The window shown for a page with rows; null for a page without any (204). */
export function pageWindow(input: PageWindowInput): PageWindow | null {
  const { page, pageSize, rows } = input;
  if (rows <= 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = first + rows - 1;
  const count = input.count ?? last;
  const isLastPage = rows < pageSize || input.nextIsEmpty === true || count <= last;
  return {
    page,
    pageSize,
    totalPages: isLastPage ? page : Math.max(page + 1, totalPagesFor(count, pageSize)),
    total: isLastPage ? last : Math.max(count, last + 1),
    first,
    last,
  };
}

/** What a paged list holds: the messages that count its records. */
export type RecordKind = 'cases' | 'activities';

/**
 * `Showing 1–25 of 312 cases` (en dash), in the UI language, plural as the language has it. The
 * counts stay plain digits in every language (strings: Lingui would group them), as published.
 */
export function rangeText(window: PageWindow, kind: RecordKind): string {
  const values = {
    first: String(window.first),
    last: String(window.last),
    total: String(window.total),
  };
  return kind === 'cases' ? t('paging.rangeCases', values) : t('paging.rangeActivities', values);
}
